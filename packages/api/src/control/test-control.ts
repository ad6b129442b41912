import type { Db } from "@consortia/db";
import { draftReport, type TestItem } from "../finance/report-fixtures";
import { submitReport } from "../finance/report-workflow";
import type { Harness } from "../testing/harness";

/** A day after every period of the test partnership has begun (48 months from 2025-03-01). */
export const AFTER_PERIODS = new Date("2029-01-10T09:00:00Z");

const ITEMS: readonly TestItem[] = [
  { category: "staff", declaredCents: 300_000 },
  { category: "equipment", declaredCents: 125_000 },
];

/**
 * A control in progress for tests, written straight into the tables (starting a control is the
 * control workflow's own service): the partner's report of `periodNumber` is drafted and
 * submitted, and an `in_control` control of it holds one control item per expenditure item.
 */
export async function testControl(
  h: Harness,
  partnerId: string,
  periodNumber: number,
  items: readonly TestItem[] = ITEMS,
) {
  const projectId = h.f.projectA.id;
  const reportId = await draftReport(h.db, projectId, partnerId, periodNumber, items);
  const lead = await h.projectCtxFor(h.f.users.lead_coordinator.id);
  const done = await submitReport(lead, { partnerId, periodNumber, version: 1 }, AFTER_PERIODS);
  const control = await h.db
    .insertInto("controls")
    .values({
      project_id: projectId,
      partner_id: partnerId,
      report_id: reportId,
      period_number: periodNumber,
      report_version: done.number,
      started_by: h.f.users.controller.id,
    })
    .returning(["id", "version"])
    .executeTakeFirstOrThrow();
  await h.db
    .insertInto("control_items")
    .columns(["control_id", "item_id", "updated_at"])
    .expression((eb) =>
      eb
        .selectFrom("expenditure_items")
        .select([eb.val(control.id).as("control_id"), "id", eb.val(new Date()).as("updated_at")])
        .where("report_id", "=", reportId),
    )
    .execute();
  const itemIds = await h.db
    .selectFrom("expenditure_items")
    .select("id")
    .where("report_id", "=", reportId)
    .orderBy("position")
    .execute();
  return { id: control.id, version: control.version, reportId, itemIds: itemIds.map((i) => i.id) };
}

/** Marks a control finished as the control workflow would (a first certificate number). */
export async function finishTestControl(db: Db, controlId: string) {
  await db
    .updateTable("controls")
    .set((eb) => ({
      status: "finished",
      finished_at: new Date(),
      latest_certificate: 1,
      version: eb("version", "+", 1),
    }))
    .where("id", "=", controlId)
    .execute();
}

export const controlVersion = async (db: Db, controlId: string) =>
  (
    await db
      .selectFrom("controls")
      .select("version")
      .where("id", "=", controlId)
      .executeTakeFirstOrThrow()
  ).version;
