import type { DbHandle } from "@consortia/db";
import { createTestDb } from "@consortia/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "./authenticate";
import { clearLoginLocks, SIGN_IN_POLICY, type SignInPolicy } from "./login-throttle";
import { hashPassword } from "./password";
import { resolveActor, revokeAllSessions, revokeSession } from "./session";

let h: DbHandle;
let userId: string;
// Small numbers so a test needs few argon2 checks; the defaults are tested where it matters.
const limits: SignInPolicy = {
  windowSeconds: 900,
  perAccountAndAddress: 2,
  perAddress: 10,
  perAccount: 4,
  accountLockSeconds: 60,
};
const PASSWORD = "correct horse battery";
let passwordHash: string;
let accounts = 0;
async function newAccount(): Promise<string> {
  const email = `owner${++accounts}@example.org`;
  await h.db
    .insertInto("users")
    .values({ email, name: email, password_hash: passwordHash })
    .execute();
  return email;
}
const attempt = (email: string, password: string, address = "10.0.0.1") => ({
  email,
  password,
  address,
  userAgent: "vitest",
});

beforeAll(async () => {
  h = await createTestDb();
  passwordHash = await hashPassword(PASSWORD);
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

  it("locks an account for the address that failed, not for its owner elsewhere", async () => {
    const email = await newAccount();
    const from = (address: string, password: string) =>
      authenticate(h.db, attempt(email, password, address));
    for (let i = 0; i < SIGN_IN_POLICY.perAccountAndAddress; i++)
      expect(await from("10.2.0.1", `guess-${i}`)).toEqual({ ok: false, reason: "invalid" });
    const stranger = await from("10.2.0.1", PASSWORD);
    if (stranger.ok || stranger.reason !== "throttled") throw new Error("expected throttled");
    expect(stranger.retryAfterSeconds).toBeGreaterThan(0);
    expect(stranger.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_POLICY.windowSeconds);
    expect((await from("10.2.0.2", PASSWORD)).ok).toBe(true);
  });

  it("locks the account alone only after many failures from many addresses, briefly", async () => {
    const email = await newAccount();
    const t0 = new Date();
    for (let i = 0; i < limits.perAccount; i++)
      await authenticate(h.db, attempt(email, "bad", `10.1.0.${i}`), limits, t0);
    const locked = await authenticate(h.db, attempt(email, PASSWORD, "10.1.1.1"), limits, t0);
    if (locked.ok || locked.reason !== "throttled") throw new Error("expected throttled");
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(limits.accountLockSeconds);
    const later = new Date(t0.getTime() + (limits.accountLockSeconds + 1) * 1000);
    expect((await authenticate(h.db, attempt(email, PASSWORD, "10.1.1.1"), limits, later)).ok).toBe(
      true,
    );
  });

  it("counts guesses sent in parallel: no more than the limit get a password check", async () => {
    const email = await newAccount();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        authenticate(h.db, attempt(email, `parallel-${i}`, "10.3.0.1"), limits),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid");
    expect(checked.length).toBeLessThanOrEqual(limits.perAccountAndAddress);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThan(0);
  });

  it("counts guesses stamped by servers whose clocks differ (a later stamp is not missed)", async () => {
    const email = await newAccount();
    const t0 = Date.now();
    // Each guess is recorded before the next is sent, but each server's clock is a little
    // behind the last one's: the earlier guesses carry later times than the newest.
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(
        await authenticate(
          h.db,
          attempt(email, `skew-${i}`, "10.4.0.1"),
          limits,
          new Date(t0 - i * 2000),
        ),
      );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(
      limits.perAccountAndAddress,
    );
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(2);
  });

  it("a successful sign-in forgets that address's failures; refusals are not counted", async () => {
    const email = await newAccount();
    const t0 = new Date();
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    await authenticate(h.db, attempt(email, "bad", "10.4.0.1"), limits, at(0));
    expect((await authenticate(h.db, attempt(email, PASSWORD, "10.4.0.1"), limits, at(1))).ok).toBe(
      true,
    );
    for (const s of [2, 3])
      expect(await authenticate(h.db, attempt(email, "bad", "10.4.0.1"), limits, at(s))).toEqual({
        ok: false,
        reason: "invalid",
      });
    // Locked now; hammering while locked must not push the end of the lock further out.
    for (let i = 0; i < 5; i++)
      expect(
        await authenticate(h.db, attempt(email, "bad", "10.4.0.1"), limits, at(800)),
      ).toMatchObject({ reason: "throttled" });
    expect(
      (await authenticate(h.db, attempt(email, PASSWORD, "10.4.0.1"), limits, at(903))).ok,
    ).toBe(true);
  });

  it("clearLoginLocks (a password reset) unlocks the account from every address", async () => {
    const email = await newAccount();
    for (const address of ["10.5.0.1", "10.5.0.2"])
      for (let i = 0; i < limits.perAccountAndAddress; i++)
        await authenticate(h.db, attempt(email, "bad", address), limits);
    expect(await authenticate(h.db, attempt(email, PASSWORD, "10.5.0.1"), limits)).toMatchObject({
      reason: "throttled",
    });
    await clearLoginLocks(h.db, ` ${email.toUpperCase()}`);
    for (const address of ["10.5.0.1", "10.5.0.2"])
      expect((await authenticate(h.db, attempt(email, PASSWORD, address), limits)).ok).toBe(true);
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
