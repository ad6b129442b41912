import type { Control } from "@consortia/db";
import { forbidden, notFound } from "../errors";
import { controlsPartner, isStaff, type RoleHolder } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";

/**
 * Who sees how much of a partner's first-level control (issue 19, "Controllers"), decided once
 * here and applied by every control procedure, page and export:
 *
 * - `controller`: a controller assigned to the partner: everything, and the only one who writes
 *   control work (sample, item outcomes, checklist, clarification questions, finish, reopen).
 * - `partner`: the partner's own people: the outcome per item, the controller's comments, the
 *   clarification rounds (its editors answer them), the certificates.
 * - `totals`: lead coordinators, platform admins and observers: the control's status, the
 *   certificates and the totals per cost category; no item outcomes, no comments.
 * - null: everyone else (other partners' people, controllers of other partners): nothing.
 */
export type ControlView = "controller" | "partner" | "totals";

export function controlView(access: RoleHolder, partnerId: string): ControlView | null {
  if (controlsPartner(access, partnerId)) return "controller";
  if (access.partnerId === partnerId && isStaff(access)) return "partner";
  if (access.isLead || access.role === "observer") return "totals";
  return null;
}

/**
 * A control of the caller's project that the caller may see, with the caller's view of it;
 * NOT_FOUND when it does not exist in this project or is not the caller's to see (a
 * controller of another partner learns nothing of it).
 */
export async function visibleControl(
  ctx: ProjectCtx,
  controlId: string,
): Promise<{ control: Control; view: ControlView }> {
  const control = await ctx.db
    .selectFrom("controls")
    .selectAll()
    .where("id", "=", controlId)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  const view = control ? controlView(ctx.access, control.partner_id) : null;
  if (!control || !view) throw notFound("Control");
  return { control, view };
}

/**
 * A control the caller may work on: it must be the partner's assigned controller (FORBIDDEN
 * for anyone else who may see it), and, unless `finished` is allowed, the control must still
 * be open.
 */
export async function workableControl(
  ctx: ProjectCtx,
  controlId: string,
  o: { finished?: boolean } = {},
): Promise<Control> {
  const { control, view } = await visibleControl(ctx, controlId);
  if (view !== "controller")
    throw forbidden("Only the partner's controller does control work on this report");
  if (control.status === "finished" && !o.finished)
    throw forbidden("This control is finished; reopen it (with a reason) to change it");
  return control;
}
