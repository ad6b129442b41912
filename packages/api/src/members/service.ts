import { revokeAllSessions } from "@consortia/auth";
import type { Db, ProjectRole } from "@consortia/db";
import { conflict, invalid, notFound, staleVersion } from "../errors";
import { ROLE_LABELS } from "../mail/templates";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { insertInvitation, sendInvitation } from "./invitations";

export async function listMembers(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const members = await ctx.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("partners", "partners.id", "memberships.partner_id")
    .where("memberships.project_id", "=", projectId)
    .select([
      "memberships.id",
      "memberships.role",
      "memberships.partner_id as partnerId",
      "memberships.is_active as isActive",
      "memberships.version",
      "memberships.created_at as createdAt",
      "users.id as userId",
      "users.name",
      "users.email",
      "users.is_active as accountActive",
      "partners.short_name as partnerName",
    ])
    .orderBy("users.name")
    .execute();
  const invitations = await ctx.db
    .selectFrom("invitations")
    .leftJoin("partners", "partners.id", "invitations.partner_id")
    .where("invitations.project_id", "=", projectId)
    .where("invitations.accepted_at", "is", null)
    .where("invitations.revoked_at", "is", null)
    .select([
      "invitations.id",
      "invitations.email",
      "invitations.role",
      "invitations.partner_id as partnerId",
      "invitations.created_at as createdAt",
      "invitations.expires_at as expiresAt",
      "partners.short_name as partnerName",
    ])
    .orderBy("invitations.created_at", "desc")
    .execute();
  const now = Date.now();
  return {
    members,
    invitations: invitations.map((i) => ({ ...i, expired: i.expiresAt.getTime() <= now })),
  };
}

async function assertPartnerInProject(db: Db, projectId: string, partnerId: string | null) {
  if (!partnerId) return;
  const p = await db
    .selectFrom("partners")
    .select("id")
    .where("id", "=", partnerId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!p)
    throw invalid("Unknown partner", { partnerId: ["This partner is not part of the project"] });
}

/**
 * Revokes a project's open invitations (narrowed by the caller: one address or one
 * invitation), returning what they were.
 */
function revokeOpenInvitations(db: Db, projectId: string) {
  return db
    .updateTable("invitations")
    .set({ revoked_at: new Date() })
    .where("project_id", "=", projectId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null);
}

/** Writes a new invitation in one transaction, then mails its link once that has committed. */
async function issueInvitation(
  ctx: ProjectCtx,
  write: (trx: Db) => Promise<{ id: string; token: string; expiresAt: Date }>,
) {
  const created = await ctx.db.transaction().execute(write);
  await sendInvitation(ctx, created);
  return { id: created.id, expiresAt: created.expiresAt };
}

export async function inviteMember(
  ctx: ProjectCtx,
  input: { email: string; role: ProjectRole; partnerId: string | null },
) {
  const projectId = ctx.access.projectId;
  return issueInvitation(ctx, async (trx) => {
    await assertPartnerInProject(trx, projectId, input.partnerId);
    const existing = await trx
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .where("memberships.project_id", "=", projectId)
      .where("users.email", "=", input.email)
      .select("memberships.id")
      .executeTakeFirst();
    if (existing) throw conflict(`${input.email} is already a member of this project`);
    // A newer invitation replaces any open one for the same address.
    await revokeOpenInvitations(trx, projectId).where("email", "=", input.email).execute();
    const inv = await insertInvitation(trx, ctx, {
      projectId,
      ...input,
      invitedBy: ctx.actor.userId,
    });
    await auditChange(trx, ctx, {
      entity: "invitation",
      entityId: inv.id,
      action: "create",
      summary: `Invited ${input.email} as ${ROLE_LABELS[input.role]}`,
      data: { email: input.email, role: input.role, partnerId: input.partnerId },
    });
    return inv;
  });
}

/** Issues a fresh link (the old one stops working) with a new expiry. */
export async function resendInvitation(ctx: ProjectCtx, input: { invitationId: string }) {
  const projectId = ctx.access.projectId;
  return issueInvitation(ctx, async (trx) => {
    const old = await revokeOpenInvitations(trx, projectId)
      .where("id", "=", input.invitationId)
      .returning(["email", "role", "partner_id"])
      .executeTakeFirst();
    if (!old) throw notFound("Open invitation");
    const inv = await insertInvitation(trx, ctx, {
      projectId,
      email: old.email,
      role: old.role,
      partnerId: old.partner_id,
      invitedBy: ctx.actor.userId,
    });
    await auditChange(trx, ctx, {
      entity: "invitation",
      entityId: inv.id,
      action: "resend",
      summary: `Invitation to ${old.email} sent again`,
    });
    return inv;
  });
}

export async function revokeInvitation(ctx: ProjectCtx, input: { invitationId: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await revokeOpenInvitations(trx, ctx.access.projectId)
      .where("id", "=", input.invitationId)
      .returning(["id", "email"])
      .executeTakeFirst();
    if (!row) throw notFound("Open invitation");
    await auditChange(trx, ctx, {
      entity: "invitation",
      entityId: row.id,
      action: "revoke",
      summary: `Invitation to ${row.email} withdrawn`,
    });
    return { id: row.id };
  });
}

/** Refuses to take away the project's last active lead coordinator. */
async function assertAnotherLead(db: Db, projectId: string) {
  const r = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .where("memberships.project_id", "=", projectId)
    .where("memberships.role", "=", "lead_coordinator")
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(r.n) <= 1)
    throw conflict(
      "A project needs at least one active lead coordinator. Appoint another one first.",
    );
}

async function loadMembership(db: Db, projectId: string, membershipId: string) {
  const m = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .where("memberships.id", "=", membershipId)
    .where("memberships.project_id", "=", projectId)
    .select([
      "memberships.id",
      "memberships.role",
      "memberships.is_active",
      "memberships.version",
      "users.name",
      "users.id as user_id",
    ])
    .forUpdate()
    .executeTakeFirst();
  if (!m) throw notFound("Member");
  return m;
}

export async function changeMemberRole(
  ctx: ProjectCtx,
  input: { membershipId: string; role: ProjectRole; partnerId: string | null; version: number },
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await assertPartnerInProject(trx, projectId, input.partnerId);
    const m = await loadMembership(trx, projectId, input.membershipId);
    if (m.version !== input.version) throw staleVersion("This membership");
    if (m.role === "lead_coordinator" && input.role !== "lead_coordinator" && m.is_active)
      await assertAnotherLead(trx, projectId);
    const row = await trx
      .updateTable("memberships")
      .set((eb) => ({
        role: input.role,
        partner_id: input.partnerId,
        updated_at: new Date(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", m.id)
      .returning(["id", "role", "partner_id as partnerId", "version"])
      .executeTakeFirstOrThrow();
    // The person's open sessions were issued for the old role: they sign in again.
    await revokeAllSessions(trx, m.user_id);
    await auditChange(trx, ctx, {
      entity: "membership",
      entityId: m.id,
      action: "change_role",
      summary: `${m.name}: ${ROLE_LABELS[m.role]} → ${ROLE_LABELS[input.role]}`,
      data: { from: m.role, to: input.role, partnerId: input.partnerId },
    });
    return row;
  });
}

export async function setMemberActive(
  ctx: ProjectCtx,
  input: { membershipId: string; active: boolean; version: number },
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const m = await loadMembership(trx, projectId, input.membershipId);
    if (m.version !== input.version) throw staleVersion("This membership");
    if (!input.active && m.user_id === ctx.actor.userId)
      throw conflict("You cannot deactivate yourself");
    if (!input.active && m.role === "lead_coordinator") await assertAnotherLead(trx, projectId);
    const row = await trx
      .updateTable("memberships")
      .set((eb) => ({
        is_active: input.active,
        updated_at: new Date(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", m.id)
      .returning(["id", "is_active as isActive", "version"])
      .executeTakeFirstOrThrow();
    if (!input.active) await revokeAllSessions(trx, m.user_id);
    await auditChange(trx, ctx, {
      entity: "membership",
      entityId: m.id,
      action: input.active ? "reactivate" : "deactivate",
      summary: `${m.name} ${input.active ? "reactivated" : "deactivated"}`,
    });
    return row;
  });
}
