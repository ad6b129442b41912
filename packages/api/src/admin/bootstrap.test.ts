import { verifyPassword } from "@consortia/auth";
import { describe, expect } from "vitest";
import { resetPassword } from "../account/password-reset";
import { it } from "../testing/fixture";
import { grantPlatformAdmin } from "./bootstrap";

const config = { appUrl: "https://consortia.example.org", passwordResetTtlMinutes: 60 };

describe("grantPlatformAdmin (pnpm admin:create)", () => {
  it("creates an admin without a password and a one-time link to choose one", async ({
    emptyDb: handle,
  }) => {
    const result = await grantPlatformAdmin(handle.db, config, {
      email: "First.Admin@Example.org",
      name: "First Admin",
    });
    expect(result.created).toBe(true);
    expect(result.link).toMatch(/^https:\/\/consortia\.example\.org\/reset-password\/[\w-]{40,}$/);
    const user = await handle.db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", result.userId)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ email: "first.admin@example.org", is_admin: true });
    expect(user.password_hash).toBeNull();

    const token = result.link.split("/").pop() ?? "";
    const deps = { db: handle.db, config } as unknown as Parameters<typeof resetPassword>[0];
    await resetPassword(deps, { token, password: "a long enough password" });
    const after = await handle.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", result.userId)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(after.password_hash, "a long enough password")).toBe(true);
    await expect(resetPassword(deps, { token, password: "another password 123" })).rejects.toThrow(
      /no longer valid/,
    );
  });

  it("promotes an existing account and records it in the audit log", async ({
    emptyDb: handle,
  }) => {
    await handle.db
      .insertInto("users")
      .values({ email: "someone@example.org", name: "Someone", is_active: false })
      .execute();
    const result = await grantPlatformAdmin(handle.db, config, {
      email: "someone@example.org",
      name: "Ignored",
    });
    expect(result.created).toBe(false);
    const user = await handle.db
      .selectFrom("users")
      .select(["is_admin", "is_active", "name"])
      .where("id", "=", result.userId)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ is_admin: true, is_active: true, name: "Someone" });
    const audit = await handle.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", result.userId)
      .execute();
    expect(audit.map((a) => a.action)).toContain("admin_granted");
  });

  it("refuses a malformed e-mail and changes nothing", async ({ emptyDb: handle }) => {
    const before = await handle.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    await expect(
      grantPlatformAdmin(handle.db, config, { email: "not-an-email", name: "X Y" }),
    ).rejects.toThrow(/e-mail/);
    const after = await handle.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
