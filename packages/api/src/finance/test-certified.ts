import type { Db } from "@consortia/db";
import { draftReport, type TestItem } from "./report-fixtures";

/**
 * Certified expenditure for tests of what follows control (corrections): a partner's report
 * of a period written as submitted, and a finished control that certified its items, straight
 * into the tables (the control workflow is its own room's).
 */
export async function certifiedReport(
  db: Db,
  projectId: string,
  partnerId: string,
  periodNumber: number,
  items: readonly (TestItem & { certifiedCents?: number })[],
) {
  const reportId = await draftReport(db, projectId, partnerId, periodNumber, items);
  await db
    .updateTable("expenditure_items")
    .set((eb) => ({ eur_cents: eb.ref("declared_cents"), conversion_rate: "1" }))
    .where("report_id", "=", reportId)
    .execute();
  await db
    .updateTable("financial_reports")
    .set({
      status: "submitted",
      latest_version: 1,
      submitted_at: new Date(),
      rate_month: "2026-01-01",
    })
    .where("id", "=", reportId)
    .execute();
  const control = await db
    .insertInto("controls")
    .values({
      project_id: projectId,
      partner_id: partnerId,
      report_id: reportId,
      period_number: periodNumber,
      report_version: 1,
      status: "finished",
      finished_at: new Date(),
      latest_certificate: 1,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom("expenditure_items")
    .select(["id", "declared_cents"])
    .where("report_id", "=", reportId)
    .orderBy("position")
    .execute();
  await db
    .insertInto("control_items")
    .values(
      rows.map((r, n) => {
        const certified = items[n]?.certifiedCents ?? r.declared_cents;
        const deducted = r.declared_cents - certified;
        return {
          control_id: control.id,
          item_id: r.id,
          in_sample: true,
          outcome: deducted > 0 ? ("deducted" as const) : ("verified" as const),
          certified_cents: certified,
          deducted_cents: deducted,
          error_type: deducted > 0 ? "ineligible" : null,
        };
      }),
    )
    .execute();
  return { reportId, controlId: control.id, itemIds: rows.map((r) => r.id) };
}
