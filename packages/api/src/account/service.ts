import { hashPassword, hashToken, revokeAllSessions, verifyPassword } from "@consortia/auth";
import type { Db } from "@consortia/db";
import { recordAudit } from "../audit";
import type { Context } from "../context";
import { DomainError, invalid } from "../errors";
import { ROLE_LABELS } from "../mail/templates";
import type { AuthedCtx } from "../shared/service-context";
import { newPassword } from "./schemas";

const linkGone = () =>
  new DomainError(
    "NOT_FOUND",
    "This invitation link is no longer valid. Ask your lead coordinator for a new one.",
  );

async function openInvitation(db: Db, token: string) {
  return db
    .selectFrom("invitations")
    .innerJoin("projects", "projects.id", "invitations.project_id")
    .leftJoin("partners", "partners.id", "invitations.partner_id")
    .leftJoin("users", "users.email", "invitations.email")
    .where("invitations.token_hash", "=", hashToken(token))
    .where("invitations.accepted_at", "is", null)
    .where("invitations.revoked_at", "is", null)
    .where("invitations.expires_at", ">", new Date())
    .select([
      "invitations.id",
      "invitations.email",
      "invitations.role",
      "invitations.partner_id",
      "invitations.project_id",
      "invitations.expires_at",
      "projects.acronym",
      "projects.title",
      "partners.name as partner_name",
      "users.id as user_id",
      "users.password_hash",
      "users.is_active as user_active",
    ])
    .executeTakeFirst();
}

export async function getInvitation(ctx: Context, input: { token: string }) {
  const inv = await openInvitation(ctx.db, input.token);
  if (!inv) throw linkGone();
  return {
    email: inv.email,
    role: inv.role,
    roleLabel: ROLE_LABELS[inv.role],
    projectAcronym: inv.acronym,
    projectTitle: inv.title,
    partnerName: inv.partner_name,
    accountExists: inv.user_id !== null,
    expiresAt: inv.expires_at,
  };
}

/**
 * Single use: the invitation row is claimed with a conditional update inside the transaction,
 * so two clicks on the same link cannot both succeed. A new person chooses name and password;
 * someone who already has an account proves it with their password.
 */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; name?: string | undefined; password: string },
) {
  const inv = await openInvitation(ctx.db, input.token);
  if (!inv) throw linkGone();
  if (inv.user_id) {
    if (!inv.user_active || !(await verifyPassword(inv.password_hash, input.password))) {
      throw invalid("Wrong password", {
        password: ["This is not the password of your existing account"],
      });
    }
  } else {
    if (!input.name) throw invalid("Tell us your name", { name: ["Required"] });
    const weak = newPassword.safeParse(input.password);
    if (!weak.success)
      throw invalid("Choose a longer password", {
        password: weak.error.issues.map((i) => i.message),
      });
  }
  const passwordHash = inv.user_id ? null : await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable("invitations")
      .set({ accepted_at: new Date() })
      .where("id", "=", inv.id)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", new Date())
      .returning("id")
      .executeTakeFirst();
    if (!claimed) throw linkGone();
    const userId =
      inv.user_id ??
      (
        await trx
          .insertInto("users")
          .values({ email: inv.email, name: input.name ?? inv.email, password_hash: passwordHash })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    await trx
      .insertInto("memberships")
      .values({
        user_id: userId,
        project_id: inv.project_id,
        partner_id: inv.partner_id,
        role: inv.role,
      })
      .onConflict((oc) =>
        oc.columns(["user_id", "project_id"]).doUpdateSet({
          role: inv.role,
          partner_id: inv.partner_id,
          is_active: true,
          updated_at: new Date(),
        }),
      )
      .execute();
    await recordAudit(trx, {
      projectId: inv.project_id,
      actorId: userId,
      entity: "invitation",
      entityId: inv.id,
      action: "accept",
      summary: `${input.name ?? inv.email} joined as ${ROLE_LABELS[inv.role]}`,
    });
    return { email: inv.email, projectId: inv.project_id };
  });
}

export async function getMe(ctx: AuthedCtx) {
  const u = await ctx.db
    .selectFrom("users")
    .select(["id", "email", "name", "is_admin", "created_at"])
    .where("id", "=", ctx.actor.userId)
    .executeTakeFirstOrThrow();
  return u;
}

export async function updateProfile(ctx: AuthedCtx, input: { name: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ name: input.name, updated_at: new Date() })
      .where("id", "=", ctx.actor.userId)
      .execute();
    await recordAudit(trx, {
      projectId: null,
      actorId: ctx.actor.userId,
      entity: "user",
      entityId: ctx.actor.userId,
      action: "update_profile",
      summary: `Name changed to ${input.name}`,
    });
    return { name: input.name };
  });
}

/** Ends every session of the person, this one included: they sign in again with the new password. */
export async function changePassword(
  ctx: AuthedCtx,
  input: { currentPassword: string; newPassword: string },
) {
  const u = await ctx.db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", ctx.actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(u.password_hash, input.currentPassword))) {
    throw invalid("Wrong password", { currentPassword: ["This is not your current password"] });
  }
  if (input.currentPassword === input.newPassword) {
    throw invalid("Choose a new password", {
      newPassword: ["The new password must differ from the current one"],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash })
      .where("id", "=", ctx.actor.userId)
      .execute();
    await revokeAllSessions(trx, ctx.actor.userId);
    await recordAudit(trx, {
      projectId: null,
      actorId: ctx.actor.userId,
      entity: "user",
      entityId: ctx.actor.userId,
      action: "change_password",
      summary: "Password changed; all sessions ended",
    });
    return { signedOut: true as const };
  });
}
