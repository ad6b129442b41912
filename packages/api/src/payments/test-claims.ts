import type { Db } from "@consortia/db";
import { reportOf, signAgreement } from "../finance/report-fixtures";

/**
 * Test rows for claims (the control workflow and the joint report's inclusion are built
 * elsewhere): for each partner a submitted financial report of the period, a finished control
 * and its certificate (certified + deducted + parked = declared), included in the period's
 * report, itself submitted. A partner has one report, so one certificate, per period.
 */

export type TestCertificate = { partnerId: string; certifiedCents: number; cofinancing?: string };

/** The period report of `periodNumber` (submitted), claiming these certificates; its id. */
export async function certifiedClaim(
  db: Db,
  projectId: string,
  periodNumber: number,
  certificates: readonly TestCertificate[],
) {
  await db
    .insertInto("period_reports")
    .values({
      project_id: projectId,
      period_number: periodNumber,
      status: "submitted",
      latest_version: 1,
    })
    .onConflict((oc) => oc.columns(["project_id", "period_number"]).doNothing())
    .execute();
  const claim = await db
    .selectFrom("period_reports")
    .select("id")
    .where("project_id", "=", projectId)
    .where("period_number", "=", periodNumber)
    .executeTakeFirstOrThrow();
  for (const c of certificates) {
    await signAgreement(db, projectId, c.partnerId, { cofinancing: c.cofinancing ?? "80" });
    await db
      .updateTable("partner_finance")
      .set({ cofinancing_percent: c.cofinancing ?? "80" })
      .where("partner_id", "=", c.partnerId)
      .execute();
    const reportId = await reportOf(db, projectId, c.partnerId, periodNumber);
    await db
      .updateTable("financial_reports")
      .set({
        status: "submitted",
        latest_version: 1,
        submitted_at: new Date(),
        rate_month: "2025-09-01",
      })
      .where("id", "=", reportId)
      .execute();
    const control = await db
      .insertInto("controls")
      .values({
        project_id: projectId,
        partner_id: c.partnerId,
        report_id: reportId,
        period_number: periodNumber,
        report_version: 1,
        status: "finished",
        finished_at: new Date(),
        latest_certificate: 1,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const deducted = 1_000;
    const certificate = await db
      .insertInto("control_certificates")
      .values({
        control_id: control.id,
        project_id: projectId,
        partner_id: c.partnerId,
        period_number: periodNumber,
        number: 1,
        declared_cents: c.certifiedCents + deducted,
        deducted_cents: deducted,
        parked_cents: 0,
        certified_cents: c.certifiedCents,
        content: JSON.stringify({
          periodNumber,
          categories: [
            {
              category: "staff",
              declaredCents: c.certifiedCents + deducted,
              deductedCents: deducted,
              parkedCents: 0,
              certifiedCents: c.certifiedCents,
            },
          ],
        }),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("period_report_certificates")
      .values({
        period_report_id: claim.id,
        certificate_id: certificate.id,
        project_id: projectId,
        included: true,
      })
      .execute();
  }
  return claim.id;
}
