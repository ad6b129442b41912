import { authenticate } from "@consortia/auth";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { type Caller, type Harness, tokenFromMail, trpcError } from "../testing/harness";

const membership = (h: Harness, projectId: string, userId: string) =>
  h.db
    .selectFrom("memberships")
    .selectAll()
    .where("user_id", "=", userId)
    .where("project_id", "=", projectId)
    .executeTakeFirstOrThrow();

async function invite(
  h: Harness,
  lead: Caller,
  projectId: string,
  email: string,
  role: "partner_editor" | "observer" = "partner_editor",
) {
  await lead.members.invite({
    projectId,
    email,
    role,
    partnerId: role === "observer" ? null : h.f.partnersA.se,
  });
  const [mail] = await h.mailsTo(email.trim().toLowerCase());
  if (!mail) throw new Error(`no mail to ${email}`);
  return { mail, token: tokenFromMail(mail.text_body, "invite") };
}

describe("invitations", () => {
  it("invite → mail with a link → accept sets name and password → membership", async ({
    anonymous: anon,
    h,
    lead,
    projectId,
  }) => {
    const { mail, token } = await invite(h, lead, projectId, "  Karin.Holm@Example.org ");
    expect(mail.subject).toBe("Mette Lund invited you to MEDTECH-S3 on Consortia");
    expect(mail.text_body).toContain("partner editor for Region Stockholm");

    const preview = await anon.account.invitation({ token });
    expect(preview).toMatchObject({
      email: "karin.holm@example.org",
      role: "partner_editor",
      projectAcronym: "MEDTECH-S3",
      accountExists: false,
    });

    const result = await anon.account.acceptInvitation({
      token,
      name: "Karin Holm",
      password: "karins-long-password",
    });
    expect(result).toEqual({ email: "karin.holm@example.org", projectId });

    const user = await h.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "karin.holm@example.org")
      .executeTakeFirstOrThrow();
    expect(user.name).toBe("Karin Holm");
    const m = await membership(h, projectId, user.id);
    expect(m).toMatchObject({ role: "partner_editor", partner_id: h.f.partnersA.se });
    expect(m.is_active).toBe(true);

    const signIn = await authenticate(h.db, {
      email: "karin.holm@example.org",
      password: "karins-long-password",
      address: "10.0.0.1",
      userAgent: null,
    });
    if (!signIn.ok) throw new Error("the new member cannot sign in");
    const karin = await h.callerForSession(signIn.sessionId);
    const mine = await karin.projects.mine();
    expect(mine.map((p) => p.acronym)).toEqual(["MEDTECH-S3"]);
  });

  it("a link works once", async ({ anonymous: anon, h, lead, projectId }) => {
    const { token } = await invite(h, lead, projectId, "once@example.org");
    await anon.account.acceptInvitation({ token, name: "Once", password: "first-long-password" });
    const again = await trpcError(
      anon.account.acceptInvitation({ token, name: "Twice", password: "other-long-password" }),
    );
    expect(again.code).toBe("NOT_FOUND");
    expect((await trpcError(anon.account.invitation({ token }))).code).toBe("NOT_FOUND");
    const users = await h.db
      .selectFrom("users")
      .select("name")
      .where("email", "=", "once@example.org")
      .execute();
    expect(users).toEqual([{ name: "Once" }]);
  });

  it("an expired link is refused and creates nobody", async ({
    anonymous: anon,
    h,
    lead,
    projectId,
  }) => {
    const { token } = await invite(h, lead, projectId, "late@example.org");
    await h.db
      .updateTable("invitations")
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where("email", "=", "late@example.org")
      .execute();
    expect((await trpcError(anon.account.invitation({ token }))).code).toBe("NOT_FOUND");
    const err = await trpcError(
      anon.account.acceptInvitation({ token, name: "Late", password: "late-long-password" }),
    );
    expect(err.code).toBe("NOT_FOUND");
    const user = await h.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "late@example.org")
      .executeTakeFirst();
    expect(user).toBeUndefined();
    const list = await lead.members.list({ projectId });
    expect(list.invitations.find((i) => i.email === "late@example.org")?.expired).toBe(true);
  });

  it("resending replaces the link: the old one stops working, the new one works", async ({
    anonymous: anon,
    h,
    lead,
    projectId,
  }) => {
    const { token: oldToken } = await invite(h, lead, projectId, "resend@example.org");
    const open = (await lead.members.list({ projectId })).invitations.find(
      (i) => i.email === "resend@example.org",
    );
    if (!open) throw new Error("invitation not listed");
    await lead.members.resendInvitation({ projectId, invitationId: open.id });
    const mails = await h.mailsTo("resend@example.org");
    expect(mails).toHaveLength(2);
    const newToken = tokenFromMail(mails[0]?.text_body ?? "", "invite");
    expect(newToken).not.toBe(oldToken);

    expect((await trpcError(anon.account.invitation({ token: oldToken }))).code).toBe("NOT_FOUND");
    await anon.account.acceptInvitation({
      token: newToken,
      name: "Resent",
      password: "resent-long-password",
    });
    // The replaced invitation cannot be resent or revoked any more.
    const again = await trpcError(
      lead.members.resendInvitation({ projectId, invitationId: open.id }),
    );
    expect(again.code).toBe("NOT_FOUND");
  });

  it("a revoked invitation's link is dead and it leaves the list", async ({
    anonymous: anon,
    h,
    lead,
    projectId,
  }) => {
    const { token } = await invite(h, lead, projectId, "revoked@example.org", "observer");
    const open = (await lead.members.list({ projectId })).invitations.find(
      (i) => i.email === "revoked@example.org",
    );
    if (!open) throw new Error("invitation not listed");
    await lead.members.revokeInvitation({ projectId, invitationId: open.id });
    expect((await trpcError(anon.account.invitation({ token }))).code).toBe("NOT_FOUND");
    const list = await lead.members.list({ projectId });
    expect(list.invitations.some((i) => i.email === "revoked@example.org")).toBe(false);
    const twice = await trpcError(
      lead.members.revokeInvitation({ projectId, invitationId: open.id }),
    );
    expect(twice.code).toBe("NOT_FOUND");
  });

  it("an invitation of another project cannot be revoked through this one", async ({
    h,
    lead,
    projectId,
  }) => {
    const b = await h.callerFor(h.f.users.memberB.id);
    await b.members.invite({
      projectId: h.f.projectB.id,
      email: "b-guest@example.org",
      role: "observer",
      partnerId: null,
    });
    const inB = (await b.members.list({ projectId: h.f.projectB.id })).invitations[0];
    if (!inB) throw new Error("no invitation in B");
    const err = await trpcError(lead.members.revokeInvitation({ projectId, invitationId: inB.id }));
    expect(err.code).toBe("NOT_FOUND");
  });

  it("refuses to invite an existing member, or for a partner of another project", async ({
    h,
    lead,
    projectId,
  }) => {
    const dup = await trpcError(
      lead.members.invite({
        projectId,
        email: h.f.users.partner_editor.email,
        role: "partner_viewer",
        partnerId: h.f.partnersA.se,
      }),
    );
    expect(dup.code).toBe("CONFLICT");
    const foreign = await trpcError(
      lead.members.invite({
        projectId,
        email: "foreign@example.org",
        role: "partner_editor",
        partnerId: h.f.partnerB,
      }),
    );
    expect(foreign.code).toBe("BAD_REQUEST");
    expect(await h.mailsTo("foreign@example.org")).toEqual([]);
  });

  it("someone with an account joins with their existing password", async ({
    anonymous: anon,
    h,
    lead,
    projectId,
  }) => {
    const existing = await h.f.newUser();
    const { token } = await invite(h, lead, projectId, existing.email);
    expect((await anon.account.invitation({ token })).accountExists).toBe(true);
    const wrong = await trpcError(
      anon.account.acceptInvitation({ token, password: "not-it-at-all" }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    await anon.account.acceptInvitation({ token, password: h.f.password });
    expect((await membership(h, projectId, existing.id)).role).toBe("partner_editor");
    const count = await h.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("email", "=", existing.email)
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });
});

describe("roles and deactivation", () => {
  it("changing a role ends the member's sessions; a new session has the new role", async ({
    h,
    lead,
    projectId,
  }) => {
    const m = await h.f.newMember({ role: "partner_viewer" });
    // Each request builds its context from the session id, as the route handler does.
    const oldSession = await h.sessionFor(m.id);
    const next = () => h.callerForSession(oldSession);
    expect((await (await next()).projects.overview({ projectId })).myRole).toBe("partner_viewer");
    const row = await lead.members.changeRole({
      projectId,
      membershipId: m.membershipId,
      role: "partner_editor",
      partnerId: h.f.partnersA.it,
      version: m.version,
    });
    expect(row).toMatchObject({ role: "partner_editor", version: m.version + 1 });
    const refused = await trpcError((await next()).projects.overview({ projectId }));
    expect(refused.code).toBe("UNAUTHORIZED");
    const fresh = await h.callerFor(m.id);
    expect((await fresh.projects.overview({ projectId })).myRole).toBe("partner_editor");
  });

  it("deactivating a member ends their sessions and closes the project to them", async ({
    h,
    lead,
    projectId,
  }) => {
    const m = await h.f.newMember({ role: "partner_editor" });
    const oldSession = await h.sessionFor(m.id);
    const next = () => h.callerForSession(oldSession);
    await (await next()).partners.list({ projectId });
    const row = await lead.members.setActive({
      projectId,
      membershipId: m.membershipId,
      active: false,
      version: m.version,
    });
    expect(row.isActive).toBe(false);
    expect((await trpcError((await next()).partners.list({ projectId }))).code).toBe(
      "UNAUTHORIZED",
    );
    const fresh = await h.sessionFor(m.id);
    const again = () => h.callerForSession(fresh);
    expect((await trpcError((await again()).partners.list({ projectId }))).code).toBe("NOT_FOUND");
    await lead.members.setActive({
      projectId,
      membershipId: m.membershipId,
      active: true,
      version: row.version,
    });
    expect((await (await again()).partners.list({ projectId })).length).toBeGreaterThan(0);
  });

  it("the last active lead coordinator can be neither demoted nor deactivated", async ({
    h,
    lead,
    projectId,
  }) => {
    const admin = await h.callerFor(h.f.users.admin.id);
    const leadM = await membership(h, projectId, h.f.users.lead_coordinator.id);
    const before = await h.auditCount();
    const demote = await trpcError(
      admin.members.changeRole({
        projectId,
        membershipId: leadM.id,
        role: "partner_editor",
        partnerId: h.f.partnersA.lead,
        version: leadM.version,
      }),
    );
    expect(demote.code).toBe("CONFLICT");
    const deactivate = await trpcError(
      admin.members.setActive({
        projectId,
        membershipId: leadM.id,
        active: false,
        version: leadM.version,
      }),
    );
    expect(deactivate.code).toBe("CONFLICT");
    const self = await trpcError(
      lead.members.setActive({
        projectId,
        membershipId: leadM.id,
        active: false,
        version: leadM.version,
      }),
    );
    expect(self.code).toBe("CONFLICT");
    expect(await membership(h, projectId, h.f.users.lead_coordinator.id)).toEqual(leadM);
    expect(await h.auditCount()).toBe(before);

    // A lead coordinator whose account is deactivated does not count as a second one.
    const idle = await h.f.newMember({ role: "lead_coordinator", partnerId: h.f.partnersA.lead });
    await admin.admin.setUserActive({ userId: idle.id, active: false });
    const still = await trpcError(
      admin.members.changeRole({
        projectId,
        membershipId: leadM.id,
        role: "partner_editor",
        partnerId: h.f.partnersA.lead,
        version: leadM.version,
      }),
    );
    expect(still.code).toBe("CONFLICT");

    // With a second active lead coordinator, the first may step down.
    const second = await h.f.newMember({ role: "lead_coordinator", partnerId: h.f.partnersA.lead });
    const demoted = await admin.members.changeRole({
      projectId,
      membershipId: leadM.id,
      role: "partner_editor",
      partnerId: h.f.partnersA.lead,
      version: leadM.version,
    });
    expect(demoted.role).toBe("partner_editor");
    // Restore the fixture: the original lead coordinator leads again.
    const second2 = await membership(h, projectId, second.id);
    await admin.members.changeRole({
      projectId,
      membershipId: leadM.id,
      role: "lead_coordinator",
      partnerId: h.f.partnersA.lead,
      version: demoted.version,
    });
    await admin.members.setActive({
      projectId,
      membershipId: second2.id,
      active: false,
      version: second2.version,
    });
  });

  it("a stale version gets CONFLICT and changes nothing", async ({ h, lead, projectId }) => {
    const m = await h.f.newMember({ role: "partner_viewer" });
    await lead.members.changeRole({
      projectId,
      membershipId: m.membershipId,
      role: "partner_editor",
      partnerId: h.f.partnersA.it,
      version: m.version,
    });
    const current = await membership(h, projectId, m.id);
    const before = await h.auditCount();
    const stale = await trpcError(
      lead.members.changeRole({
        projectId,
        membershipId: m.membershipId,
        role: "observer",
        partnerId: null,
        version: m.version,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    const staleActive = await trpcError(
      lead.members.setActive({
        projectId,
        membershipId: m.membershipId,
        active: false,
        version: m.version,
      }),
    );
    expect(staleActive.code).toBe("CONFLICT");
    expect(await membership(h, projectId, m.id)).toEqual(current);
    expect(await h.auditCount()).toBe(before);
  });

  it("a membership of another project is not found", async ({ h, lead, projectId }) => {
    const b = await h.f.newMember({
      projectId: h.f.projectB.id,
      role: "partner_editor",
      partnerId: h.f.partnerB,
    });
    const err = await trpcError(
      lead.members.setActive({
        projectId,
        membershipId: b.membershipId,
        active: false,
        version: 1,
      }),
    );
    expect(err.code).toBe("NOT_FOUND");
  });
});
