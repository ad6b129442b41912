import { createToken } from "@consortia/auth";
import type { Db, ProjectRole } from "@consortia/db";
import type { ApiDeps } from "../context";
import { invitationMail } from "../mail/templates";
import type { AuthedCtx } from "../shared/service-context";

export type NewInvitation = {
  projectId: string;
  partnerId: string | null;
  role: ProjectRole;
  email: string;
  invitedBy: string;
};

/** Inserts the invitation (inside the caller's transaction) and returns the one-time link token. */
export async function insertInvitation(trx: Db, deps: ApiDeps, inv: NewInvitation) {
  const { token, tokenHash } = createToken();
  const expiresAt = new Date(Date.now() + deps.config.invitationTtlHours * 3600 * 1000);
  const row = await trx
    .insertInto("invitations")
    .values({
      project_id: inv.projectId,
      partner_id: inv.partnerId,
      role: inv.role,
      email: inv.email,
      token_hash: tokenHash,
      invited_by: inv.invitedBy,
      expires_at: expiresAt,
    })
    .returning(["id", "expires_at"])
    .executeTakeFirstOrThrow();
  return { id: row.id, token, expiresAt: row.expires_at };
}

/**
 * Mails the caller's invitation. Sent after the transaction commits, so a rolled-back
 * invitation never mails a link.
 */
export async function sendInvitation(
  ctx: AuthedCtx,
  p: { id: string; token: string; expiresAt: Date },
) {
  const inv = await ctx.db
    .selectFrom("invitations")
    .innerJoin("projects", "projects.id", "invitations.project_id")
    .leftJoin("partners", "partners.id", "invitations.partner_id")
    .where("invitations.id", "=", p.id)
    .select([
      "invitations.email",
      "invitations.role",
      "projects.acronym",
      "projects.title",
      "partners.name as partner_name",
    ])
    .executeTakeFirstOrThrow();
  await ctx.mailer.send(
    invitationMail({
      to: inv.email,
      inviterName: ctx.actor.name,
      projectAcronym: inv.acronym,
      projectTitle: inv.title,
      partnerName: inv.partner_name,
      role: inv.role as ProjectRole,
      link: `${ctx.config.appUrl}/invite/${p.token}`,
      expiresAt: p.expiresAt,
    }),
  );
}
