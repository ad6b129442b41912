import type { ControllerDuty } from "@consortia/db";
import { invalid, notFound } from "../errors";
import { projectPartner } from "../finance";
import { notify, triggerDispatch } from "../notifications";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";

/**
 * Appointing controllers (issue 19, "Controllers"): the lead coordinator (or an admin)
 * assigns a member with the role `controller` to a partner, as its controller or reviewer. A
 * controller who is not yet a member is invited first through Members (role `controller`).
 */

/** Who controls which partner; the lead also gets the controllers it may appoint. */
export async function listAssignments(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const rows = await ctx.db
    .selectFrom("controller_assignments as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .innerJoin("partners as p", "p.id", "a.partner_id")
    .select([
      "a.user_id",
      "u.name",
      "u.email",
      "a.partner_id",
      "p.short_name",
      "p.name as partner_name",
      "a.duty",
      "a.assigned_at",
    ])
    .where("a.project_id", "=", projectId)
    .orderBy("p.short_name")
    .orderBy("a.duty")
    .orderBy("u.name")
    .execute();
  const controllers = ctx.access.isLead
    ? await ctx.db
        .selectFrom("memberships as m")
        .innerJoin("users as u", "u.id", "m.user_id")
        .select(["u.id", "u.name", "u.email"])
        .where("m.project_id", "=", projectId)
        .where("m.role", "=", "controller")
        .where("m.is_active", "=", true)
        .orderBy("u.name")
        .execute()
    : [];
  return {
    assignments: rows.map((r) => ({
      userId: r.user_id,
      name: r.name,
      // Contact details of a controller are the partnership's business, not the public's.
      email: ctx.access.isLead ? r.email : null,
      partnerId: r.partner_id,
      partnerShortName: r.short_name,
      partnerName: r.partner_name,
      duty: r.duty,
      assignedAt: r.assigned_at,
    })),
    controllers,
    can: { appoint: ctx.access.isLead },
  };
}

async function controllerMember(ctx: ProjectCtx, userId: string) {
  const m = await ctx.db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.name", "m.is_active"])
    .where("m.project_id", "=", ctx.access.projectId)
    .where("m.user_id", "=", userId)
    .where("m.role", "=", "controller")
    .executeTakeFirst();
  if (!m?.is_active) {
    const why =
      "Choose an active member with the role controller (invite one under Members with the role controller first)";
    throw invalid(why, { userId: [why] });
  }
  return m;
}

/** Assigns (or changes the duty of) a controller for a partner; the controller is notified. */
export async function assignController(
  ctx: ProjectCtx,
  input: { userId: string; partnerId: string; duty: ControllerDuty },
) {
  const projectId = ctx.access.projectId;
  const partner = await projectPartner(ctx.db, projectId, input.partnerId);
  const person = await controllerMember(ctx, input.userId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("controller_assignments")
      .values({
        project_id: projectId,
        user_id: person.id,
        partner_id: partner.id,
        duty: input.duty,
        assigned_by: ctx.actor.userId,
      })
      .onConflict((oc) => oc.columns(["user_id", "partner_id"]).doUpdateSet({ duty: input.duty }))
      .execute();
    await auditChange(trx, ctx, {
      entity: "controller_assignment",
      entityId: partner.id,
      action: "assign",
      summary: `${person.name} appointed as ${input.duty} of ${partner.name}`,
      data: { userId: person.id, partnerId: partner.id, duty: input.duty },
    });
    await notify(trx, [person.id], {
      kind: "reminder",
      projectId,
      title: `You are the ${input.duty} of ${partner.shortName}`,
      body: `${ctx.actor.name} appointed you as first-level ${input.duty} of ${partner.name}. Its submitted financial reports are listed under Finance → Control.`,
      link: `/projects/${projectId}/finance/control`,
      dedupeKey: `control-assignment:${partner.id}:${person.id}:${input.duty}`,
    });
  });
  await triggerDispatch(ctx);
  return { userId: person.id, partnerId: partner.id, duty: input.duty };
}

/** Ends a controller's assignment to a partner (its earlier control work stays). */
export async function unassignController(
  ctx: ProjectCtx,
  input: { userId: string; partnerId: string },
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom("controller_assignments")
      .where("project_id", "=", projectId)
      .where("user_id", "=", input.userId)
      .where("partner_id", "=", input.partnerId)
      .returning(["duty"])
      .executeTakeFirst();
    if (!gone) throw notFound("Controller assignment");
    await auditChange(trx, ctx, {
      entity: "controller_assignment",
      entityId: input.partnerId,
      action: "unassign",
      summary: `Controller assignment ended (${gone.duty})`,
      data: { userId: input.userId, partnerId: input.partnerId, duty: gone.duty },
    });
    return { userId: input.userId, partnerId: input.partnerId };
  });
}
