import { authenticate } from "@consortia/auth";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { clientShape, type Harness, tokenFromMail, trpcError } from "../testing/harness";

const signIn = (h: Harness, email: string, password: string) =>
  authenticate(h.db, { email, password, address: "10.0.0.9", userAgent: null });

const resetRows = (h: Harness, userId: string) =>
  h.db.selectFrom("password_resets").selectAll().where("user_id", "=", userId).execute();

describe("profile", () => {
  it("me returns the signed-in person; updateProfile renames and is audited", async ({ h }) => {
    const u = await h.f.newUser();
    const me = await (await h.callerFor(u.id)).account.me();
    expect(me).toMatchObject({ id: u.id, email: u.email, is_admin: false });
    const before = await h.auditCount();
    await (await h.callerFor(u.id)).account.updateProfile({ name: "  Grete Nilsen " });
    expect((await (await h.callerFor(u.id)).account.me()).name).toBe("Grete Nilsen");
    expect(await h.auditCount()).toBe(before + 1);
  });
});

describe("changePassword", () => {
  it("a wrong current password is BAD_REQUEST with a field error, and nothing changes", async ({
    h,
  }) => {
    const u = await h.f.newUser();
    const session = await h.sessionFor(u.id);
    const err = await trpcError(
      (await h.callerForSession(session)).account.changePassword({
        currentPassword: "not-my-password",
        newPassword: "a-brand-new-password",
      }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(clientShape(err).data.fieldErrors).toEqual({
      currentPassword: ["This is not your current password"],
    });
    expect((await signIn(h, u.email, h.f.password)).ok).toBe(true);
    await expect((await h.callerForSession(session)).account.me()).resolves.toMatchObject({
      id: u.id,
    });
  });

  it("refuses a new password equal to the current one or too short", async ({ h }) => {
    const me = await h.callerFor((await h.f.newUser()).id);
    const same = await trpcError(
      me.account.changePassword({ currentPassword: h.f.password, newPassword: h.f.password }),
    );
    expect(clientShape(same).data.fieldErrors).toHaveProperty("newPassword");
    const short = await trpcError(
      me.account.changePassword({ currentPassword: h.f.password, newPassword: "short" }),
    );
    expect(short.code).toBe("BAD_REQUEST");
    expect(clientShape(short).data.fieldErrors).toHaveProperty("newPassword");
  });

  it("changes the password and ends every session, this one included", async ({ h }) => {
    const u = await h.f.newUser();
    const other = await h.sessionFor(u.id);
    const current = await h.sessionFor(u.id);
    const result = await (await h.callerForSession(current)).account.changePassword({
      currentPassword: h.f.password,
      newPassword: "my-new-long-password",
    });
    expect(result).toEqual({ signedOut: true });
    for (const sid of [other, current]) {
      const err = await trpcError((await h.callerForSession(sid)).account.me());
      expect(err.code).toBe("UNAUTHORIZED");
    }
    expect((await signIn(h, u.email, h.f.password)).ok).toBe(false);
    expect((await signIn(h, u.email, "my-new-long-password")).ok).toBe(true);
  });
});

describe("password reset", () => {
  it("an unknown address gets the same answer and no mail", async ({ anonymous: anon, h }) => {
    const mailsBefore = await h.db.selectFrom("mail_outbox").select("id").execute();
    const resetsBefore = await h.db.selectFrom("password_resets").select("id").execute();
    const auditBefore = await h.auditCount();
    const r = await anon.account.requestPasswordReset({ email: "nobody@example.org" });
    expect(r).toEqual({ ok: true });
    expect(await h.db.selectFrom("mail_outbox").select("id").execute()).toHaveLength(
      mailsBefore.length,
    );
    expect(await h.db.selectFrom("password_resets").select("id").execute()).toEqual(resetsBefore);
    expect(await h.auditCount()).toBe(auditBefore);
  });

  it("a deactivated account gets no mail either", async ({ anonymous: anon, h }) => {
    const r = await anon.account.requestPasswordReset({ email: h.f.users.deactivated.email });
    expect(r).toEqual({ ok: true });
    expect(await h.mailsTo(h.f.users.deactivated.email)).toEqual([]);
  });

  it("a known address gets a link that resets once and ends old sessions", async ({
    anonymous: anon,
    h,
  }) => {
    const u = await h.f.newUser();
    const oldSession = await h.sessionFor(u.id);
    const r = await anon.account.requestPasswordReset({ email: ` ${u.email.toUpperCase()} ` });
    expect(r).toEqual({ ok: true });
    const [mail] = await h.mailsTo(u.email);
    expect(mail?.subject).toBe("Reset your Consortia password");
    const token = tokenFromMail(mail?.text_body ?? "", "reset-password");

    await anon.account.resetPassword({ token, password: "reset-long-password" });
    expect((await trpcError((await h.callerForSession(oldSession)).account.me())).code).toBe(
      "UNAUTHORIZED",
    );
    expect((await signIn(h, u.email, "reset-long-password")).ok).toBe(true);
    expect((await signIn(h, u.email, h.f.password)).ok).toBe(false);

    const again = await trpcError(
      anon.account.resetPassword({ token, password: "third-password!" }),
    );
    expect(again.code).toBe("NOT_FOUND");
    expect((await signIn(h, u.email, "reset-long-password")).ok).toBe(true);
  });

  it("an expired link is refused and the password stays", async ({ anonymous: anon, h }) => {
    const u = await h.f.newUser();
    const token = await h.f.newResetToken(u.email);
    await h.db
      .updateTable("password_resets")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("user_id", "=", u.id)
      .execute();
    const err = await trpcError(
      anon.account.resetPassword({ token, password: "too-late-password" }),
    );
    expect(err.code).toBe("NOT_FOUND");
    expect((await signIn(h, u.email, h.f.password)).ok).toBe(true);
    expect((await resetRows(h, u.id))[0]?.used_at).toBeNull();
  });

  it("a malformed token is a validation error", async ({ anonymous: anon }) => {
    const err = await trpcError(
      anon.account.resetPassword({ token: "x", password: "long-enough-pw" }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(clientShape(err).data.fieldErrors).toHaveProperty("token");
  });
});

describe("invitation acceptance rules", () => {
  it("a new person must give a name and a long enough password", async ({ anonymous: anon, h }) => {
    const { token, email } = await h.f.newInvitation();
    const noName = await trpcError(
      anon.account.acceptInvitation({ token, password: "long-password-1" }),
    );
    expect(clientShape(noName).data.fieldErrors).toHaveProperty("name");
    const weak = await trpcError(
      anon.account.acceptInvitation({ token, name: "Weak", password: "short" }),
    );
    expect(clientShape(weak).data.fieldErrors).toHaveProperty("password");
    // The failed attempts did not use up the link.
    expect((await anon.account.invitation({ token })).email).toBe(email);
  });
});
