import type { Db } from "@consortia/db";
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { recordAudit } from "../audit";
import { notFound, taken } from "../errors";
import { orTaken } from "../shared/db-errors";
import { PARTNER_ORDER } from "../shared/project-partners";
import { projectCan } from "../shared/roles";
import type { AuthedCtx, ProjectCtx } from "../shared/service-context";
import { updateVersioned } from "../shared/versioned";
import { PROJECT_FIELDS, projectRow, withStanding } from "./project-fields";

export async function listMyProjects(ctx: AuthedCtx, now: Date) {
  let q = ctx.db
    .selectFrom("projects")
    .leftJoin("memberships", (j) =>
      j
        .onRef("memberships.project_id", "=", "projects.id")
        .on("memberships.user_id", "=", ctx.actor.userId)
        .on("memberships.is_active", "=", true),
    )
    .leftJoin("partners", "partners.id", "memberships.partner_id")
    .select([...PROJECT_FIELDS, "memberships.role", "partners.name as partnerName"])
    .orderBy("projects.acronym");
  if (!ctx.actor.isAdmin) q = q.where("memberships.id", "is not", null);
  return (await q.execute()).map((p) => withStanding(p, now));
}

/**
 * The project's home page data in one statement: the project row with its partners (and
 * their active staff), the active members by role and, for lead coordinators, the pending
 * invitations as subqueries — one round trip however large the partnership.
 */
export async function getProjectOverview(ctx: ProjectCtx, now: Date) {
  const { db } = ctx;
  const projectId = ctx.access.projectId;
  const row = await db
    .selectFrom("projects")
    .where("projects.id", "=", projectId)
    .select(PROJECT_FIELDS)
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom("partners")
          .leftJoin("memberships", (j) =>
            j
              .onRef("memberships.partner_id", "=", "partners.id")
              .on("memberships.is_active", "=", true),
          )
          // A deactivated account is no longer staff of its partner (as in the partners directory).
          .leftJoin("users", (j) =>
            j.onRef("users.id", "=", "memberships.user_id").on("users.is_active", "=", true),
          )
          .whereRef("partners.project_id", "=", "projects.id")
          .groupBy("partners.id")
          .select([
            "partners.id",
            "partners.name",
            "partners.short_name as shortName",
            "partners.country",
            "partners.nuts_code as nutsCode",
            "partners.region_name as regionName",
            "partners.role",
            "partners.type",
            (eb) => eb.fn.count<number>("users.id").as("memberCount"),
          ])
          .orderBy(PARTNER_ORDER)
          .orderBy("partners.name"),
      ).as("partners"),
      jsonArrayFrom(
        eb
          .selectFrom("memberships")
          .innerJoin("users", "users.id", "memberships.user_id")
          .whereRef("memberships.project_id", "=", "projects.id")
          .where("memberships.is_active", "=", true)
          .where("users.is_active", "=", true)
          .groupBy("memberships.role")
          .select(["memberships.role", (eb) => eb.fn.countAll<number>().as("n")]),
      ).as("roles"),
    ])
    .$if(ctx.access.isLead, (q) =>
      q.select((eb) =>
        eb
          .selectFrom("invitations")
          .whereRef("invitations.project_id", "=", "projects.id")
          .where("invitations.accepted_at", "is", null)
          .where("invitations.revoked_at", "is", null)
          .where("invitations.expires_at", ">", new Date())
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .as("pendingInvitations"),
      ),
    )
    .executeTakeFirst();
  if (!row) throw notFound("Project");
  const { partners, roles, pendingInvitations, ...project } = row;
  return {
    project: withStanding(project, now),
    partners,
    countries: new Set(partners.map((p) => p.country)).size,
    membersByRole: Object.fromEntries(roles.map((r) => [r.role, r.n])) as Record<string, number>,
    memberCount: roles.reduce((a, r) => a + r.n, 0),
    pendingInvitations: ctx.access.isLead ? (pendingInvitations ?? 0) : null,
    myRole: ctx.access.role ?? (ctx.access.isAdmin ? "admin" : null),
    myPartnerId: ctx.access.partnerId,
    can: projectCan(ctx.access),
  };
}

export type ProjectInput = {
  acronym: string;
  title: string;
  programme: string;
  description: string;
  startDate: string;
  endDate: string;
  corePhaseEnd: string | null;
};

export async function assertAcronymFree(db: Db, acronym: string, exceptId?: string) {
  let q = db
    .selectFrom("projects")
    .select("id")
    .where(sql`lower(acronym)`, "=", acronym.toLowerCase());
  if (exceptId) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) throw acronymTaken(acronym);
}

export const acronymTaken = (acronym: string) =>
  taken("acronym", `A project with the acronym ${acronym} already exists`);

export async function updateProject(ctx: ProjectCtx, input: ProjectInput & { version: number }) {
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      await assertAcronymFree(trx, input.acronym, ctx.access.projectId);
      const row = await updateVersioned(
        trx,
        "projects",
        { id: ctx.access.projectId, version: input.version, label: "The project" },
        { ...projectRow(input), updated_at: new Date() },
        PROJECT_FIELDS,
      );
      await recordAudit(trx, {
        projectId: row.id,
        actorId: ctx.actor.userId,
        entity: "project",
        entityId: row.id,
        action: "update",
        summary: `Project details of ${row.acronym} updated`,
      });
      return row;
    });
  return orTaken(write, () => acronymTaken(input.acronym));
}
