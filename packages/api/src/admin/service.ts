import { revokeAllSessions } from "@consortia/auth";
import { insertStandardCatalogue } from "@consortia/db";
import { recordAudit } from "../audit";
import { conflict, notFound } from "../errors";
import { insertInvitation, sendInvitation } from "../members";
import { type PartnerInput, partnerRow } from "../partners";
import {
  acronymTaken,
  assertAcronymFree,
  PROJECT_FIELDS,
  type ProjectInput,
  projectRow,
} from "../projects";
import { orTaken } from "../shared/db-errors";
import type { AuthedCtx } from "../shared/service-context";

/** A new project starts with its lead partner and an invitation to its first lead coordinator. */
export async function createProject(
  ctx: AuthedCtx,
  input: ProjectInput & { leadPartner: PartnerInput; leadCoordinatorEmail: string },
) {
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      await assertAcronymFree(trx, input.acronym);
      const project = await trx
        .insertInto("projects")
        .values(projectRow(input))
        .returning(PROJECT_FIELDS)
        .executeTakeFirstOrThrow();
      const p = input.leadPartner;
      const partner = await trx
        .insertInto("partners")
        .values({ ...partnerRow(p), project_id: project.id, role: "lead" })
        .returning("id")
        .executeTakeFirstOrThrow();
      const inv = await insertInvitation(trx, ctx, {
        projectId: project.id,
        partnerId: partner.id,
        role: "lead_coordinator",
        email: input.leadCoordinatorEmail,
        invitedBy: ctx.actor.userId,
      });
      await recordAudit(trx, {
        projectId: project.id,
        actorId: ctx.actor.userId,
        entity: "project",
        entityId: project.id,
        action: "create",
        summary: `Project ${project.acronym} created; ${input.leadCoordinatorEmail} invited as lead coordinator`,
      });
      // A project always has its indicator catalogue: the targets live there.
      await insertStandardCatalogue(trx, project.id, {
        demoTargets: false,
        actorId: ctx.actor.userId,
      });
      return { project, inv };
    });
  const created = await orTaken(write, () => acronymTaken(input.acronym));
  await sendInvitation(ctx, created.inv);
  return created.project;
}

export async function listUsers(ctx: AuthedCtx) {
  return ctx.db
    .selectFrom("users")
    .leftJoin("memberships", (j) =>
      j.onRef("memberships.user_id", "=", "users.id").on("memberships.is_active", "=", true),
    )
    .groupBy("users.id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.is_admin as isAdmin",
      "users.is_active as isActive",
      "users.created_at as createdAt",
      (eb) => eb.fn.count<number>("memberships.id").as("projectCount"),
    ])
    .orderBy("users.name")
    .execute();
}

/** Deactivating an account ends all its sessions on the very next request. */
export async function setUserActive(ctx: AuthedCtx, input: { userId: string; active: boolean }) {
  if (input.userId === ctx.actor.userId && !input.active)
    throw conflict("You cannot deactivate your own account");
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("users")
      .set({ is_active: input.active, updated_at: new Date() })
      .where("id", "=", input.userId)
      .returning(["id", "email", "is_active as isActive"])
      .executeTakeFirst();
    if (!row) throw notFound("User");
    if (!input.active) await revokeAllSessions(trx, row.id);
    await recordAudit(trx, {
      projectId: null,
      actorId: ctx.actor.userId,
      entity: "user",
      entityId: row.id,
      action: input.active ? "reactivate" : "deactivate",
      summary: `Account ${row.email} ${input.active ? "reactivated" : "deactivated"}`,
    });
    return row;
  });
}

export async function listOutbox(ctx: AuthedCtx, input: { limit: number }) {
  return ctx.db
    .selectFrom("mail_outbox")
    .select([
      "id",
      "to_address as toAddress",
      "subject",
      "text_body as textBody",
      "transport",
      "created_at as createdAt",
      "sent_at as sentAt",
      "error",
    ])
    .orderBy("created_at", "desc")
    .limit(input.limit)
    .execute();
}
