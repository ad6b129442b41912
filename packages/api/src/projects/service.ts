import type { Db } from "@consortia/db";
import { sql } from "kysely";
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

export async function getProjectOverview(ctx: ProjectCtx, now: Date) {
  const { db } = ctx;
  const projectId = ctx.access.projectId;
  const project = await db
    .selectFrom("projects")
    .select(PROJECT_FIELDS)
    .where("id", "=", projectId)
    .executeTakeFirst();
  if (!project) throw notFound("Project");
  const partners = await db
    .selectFrom("partners")
    .leftJoin("memberships", (j) =>
      j.onRef("memberships.partner_id", "=", "partners.id").on("memberships.is_active", "=", true),
    )
    // A deactivated account is no longer staff of its partner (as in the partners directory).
    .leftJoin("users", (j) =>
      j.onRef("users.id", "=", "memberships.user_id").on("users.is_active", "=", true),
    )
    .where("partners.project_id", "=", projectId)
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
    .orderBy("partners.name")
    .execute();
  const roles = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .where("memberships.project_id", "=", projectId)
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .groupBy("memberships.role")
    .select(["memberships.role", (eb) => eb.fn.countAll<number>().as("n")])
    .execute();
  const pendingInvitations = ctx.access.isLead
    ? await db
        .selectFrom("invitations")
        .where("project_id", "=", projectId)
        .where("accepted_at", "is", null)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", new Date())
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
        .then((r) => r.n)
    : null;
  return {
    project: withStanding(project, now),
    partners,
    countries: new Set(partners.map((p) => p.country)).size,
    membersByRole: Object.fromEntries(roles.map((r) => [r.role, r.n])) as Record<string, number>,
    memberCount: roles.reduce((a, r) => a + r.n, 0),
    pendingInvitations,
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
