import type { DbHandle } from "@consortia/db";
import { createTestDb } from "@consortia/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";
import { resolveActor, revokeAllSessions, revokeSession } from "./session";

let h: DbHandle;
let userId: string;
const limits = { windowSeconds: 900, perAccount: 3, perAddress: 10 };
const attempt = (email: string, password: string, address = "10.0.0.1") => ({
  email,
  password,
  address,
  userAgent: "vitest",
});

beforeAll(async () => {
  h = await createTestDb();
  const u = await h.db
    .insertInto("users")
    .values({
      email: "ines@example.org",
      name: "Ines",
      password_hash: await hashPassword("correct horse battery"),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  userId = u.id;
});
afterAll(async () => h.close());

describe("authenticate", () => {
  it("stores an argon2id hash with at least the OWASP parameters", async () => {
    const u = await h.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", userId)
      .executeTakeFirstOrThrow();
    expect(u.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    const wrong = await authenticate(h.db, attempt("ines@example.org", "nope"), limits);
    const unknown = await authenticate(h.db, attempt("nobody@example.org", "nope"), limits);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("signs in case-insensitively and the session resolves to the person", async () => {
    const r = await authenticate(
      h.db,
      attempt(" INES@example.org", "correct horse battery", "10.0.0.2"),
      limits,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const actor = await resolveActor(h.db, r.sessionId);
    expect(actor?.email).toBe("ines@example.org");
    await revokeSession(h.db, r.sessionId);
    expect(await resolveActor(h.db, r.sessionId)).toBeNull();
  });

  it("ends every session when the session version is bumped or the account deactivated", async () => {
    const a = await authenticate(
      h.db,
      attempt("ines@example.org", "correct horse battery", "10.0.0.3"),
      limits,
    );
    if (!a.ok) throw new Error("sign-in failed");
    await revokeAllSessions(h.db, userId);
    expect(await resolveActor(h.db, a.sessionId)).toBeNull();
    const b = await authenticate(
      h.db,
      attempt("ines@example.org", "correct horse battery", "10.0.0.3"),
      limits,
    );
    if (!b.ok) throw new Error("sign-in failed");
    expect(await resolveActor(h.db, b.sessionId)).not.toBeNull();
    await h.db.updateTable("users").set({ is_active: false }).where("id", "=", userId).execute();
    expect(await resolveActor(h.db, b.sessionId)).toBeNull();
    const c = await authenticate(
      h.db,
      attempt("ines@example.org", "correct horse battery", "10.0.0.3"),
      limits,
    );
    expect(c).toEqual({ ok: false, reason: "invalid" });
    await h.db.updateTable("users").set({ is_active: true }).where("id", "=", userId).execute();
  });

  it("throttles an account after repeated failures, even with the right password", async () => {
    for (let i = 0; i < 3; i++)
      await authenticate(h.db, attempt("ines@example.org", "bad", `10.1.0.${i}`), limits);
    const r = await authenticate(
      h.db,
      attempt("ines@example.org", "correct horse battery", "10.1.1.1"),
      limits,
    );
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== "throttled") throw new Error("expected throttled");
    expect(r.retryAfterSeconds).toBeGreaterThan(0);
    expect(r.retryAfterSeconds).toBeLessThanOrEqual(900);
  });

  it("throttles a client address that tries many accounts", async () => {
    for (let i = 0; i < 10; i++)
      await authenticate(h.db, attempt(`guess${i}@example.org`, "x", "10.9.9.9"), limits);
    const r = await authenticate(h.db, attempt("someone@example.org", "x", "10.9.9.9"), limits);
    expect(r).toMatchObject({ ok: false, reason: "throttled" });
    const other = await authenticate(h.db, attempt("someone@example.org", "x", "10.9.9.8"), limits);
    expect(other).toEqual({ ok: false, reason: "invalid" });
  });
});
