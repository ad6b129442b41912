import { draftReport, type TestItem } from "../finance/report-fixtures";
import { submitReport } from "../finance/report-workflow";
import type { Harness } from "../testing/harness";
import { startControl } from "./control-start";

/**
 * Test set-ups of the control room, through the real services: a partner's submitted report,
 * and that report taken into control by a controller of the partner.
 */

/** A fresh partner of project A, with `controllerId` (default: the partnership's controller)
 * assigned to it. */
export async function controlledPartner(h: Harness, controllerId = h.f.users.controller.id) {
  const partner = await h.f.newPartner();
  await h.db
    .insertInto("controller_assignments")
    .values({ project_id: h.f.projectA.id, user_id: controllerId, partner_id: partner.id })
    .execute();
  return partner.id;
}

/** The partner's report of `periodNumber` with `items`, submitted by the lead; its id. */
export async function submittedReport(
  h: Harness,
  partnerId: string,
  periodNumber: number,
  items: readonly TestItem[],
) {
  const projectId = h.f.projectA.id;
  await draftReport(h.db, projectId, partnerId, periodNumber, items);
  const ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
  const r = await h.db
    .selectFrom("financial_reports")
    .select("version")
    .where("partner_id", "=", partnerId)
    .where("period_number", "=", periodNumber)
    .executeTakeFirstOrThrow();
  const done = await submitReport(ctx, { partnerId, periodNumber, version: r.version }, new Date());
  return done.id;
}

/** A report of a fresh controlled partner, taken into control: the control's id and items. */
export async function controlOf(
  h: Harness,
  items: readonly TestItem[],
  o: { partnerId?: string; periodNumber?: number; controllerId?: string } = {},
) {
  const controllerId = o.controllerId ?? h.f.users.controller.id;
  const partnerId = o.partnerId ?? (await controlledPartner(h, controllerId));
  const reportId = await submittedReport(h, partnerId, o.periodNumber ?? 1, items);
  const control = await startControl(await h.projectCtxFor(controllerId), { reportId }, new Date());
  const rows = await h.db
    .selectFrom("control_items as ci")
    .innerJoin("expenditure_items as e", "e.id", "ci.item_id")
    .select(["ci.item_id", "ci.version", "e.category", "e.declared_cents", "e.position"])
    .where("ci.control_id", "=", control.id)
    .orderBy("e.position")
    .execute();
  return { controlId: control.id, partnerId, reportId, controllerId, items: rows };
}
