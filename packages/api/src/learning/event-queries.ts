import { notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";

/** Events of the project that are not deleted, with their host partner. */
export function eventsQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("learning_events as e")
    .innerJoin("partners as host", "host.id", "e.host_partner_id")
    .where("e.project_id", "=", ctx.access.projectId)
    .where("e.deleted_at", "is", null);
}

export async function loadEvent(ctx: ProjectCtx, eventId: string) {
  const event = await eventsQuery(ctx)
    .select(["e.id", "e.title", "e.kind", "e.host_partner_id", "e.version", "host.country"])
    .where("e.id", "=", eventId)
    .executeTakeFirst();
  if (!event) throw notFound("Learning event");
  return event;
}

/** The project's active people, with the partner they work for, to pick participants from. */
export function projectPeople(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("partners", "partners.id", "memberships.partner_id")
    .where("memberships.project_id", "=", ctx.access.projectId)
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .select([
      "users.id",
      "users.name",
      "memberships.partner_id as partnerId",
      "partners.short_name as partnerName",
    ])
    .orderBy("users.name")
    .orderBy("users.id")
    .execute();
}
