import type { CertificateContent, CostCategory } from "@consortia/db";
import { draftReport } from "../finance/report-fixtures";
import { submitReport } from "../finance/report-workflow";
import type { Harness } from "../testing/harness";

/**
 * Control certificates for the joint report's tests. The control workflow is another room's
 * (issue 19), so this writes its rows straight into the tables, consistent with the schema: a
 * partner report submitted through the finance room's real service, a finished control of it,
 * and a certificate whose figures add up (certified + deducted + parked = declared).
 */

export type CategoryOutcome = {
  category: CostCategory;
  declaredCents: number;
  deductedCents?: number;
  parkedCents?: number;
};

const certifiedOf = (c: CategoryOutcome) =>
  c.declaredCents - (c.deductedCents ?? 0) - (c.parkedCents ?? 0);

async function issue(
  h: Harness,
  control: { id: string; partnerId: string; periodNumber: number; number: number },
  outcomes: readonly CategoryOutcome[],
) {
  const sum = (f: (c: CategoryOutcome) => number) => outcomes.reduce((s, c) => s + f(c), 0);
  const controller = h.f.users.lead_coordinator;
  const content: CertificateContent = {
    reportVersion: 1,
    partner: { id: control.partnerId, name: "Partner", currency: "EUR" },
    periodNumber: control.periodNumber,
    categories: outcomes.map((c) => ({
      category: c.category,
      declaredCents: c.declaredCents,
      deductedCents: c.deductedCents ?? 0,
      parkedCents: c.parkedCents ?? 0,
      certifiedCents: certifiedOf(c),
    })),
    sample: { method: "all", seed: null, size: null, items: outcomes.length },
    conclusion: "The expenditure is eligible but for the deductions listed.",
    controller: { id: controller.id, name: "Clara Controller" },
    checklist: null,
    issuedAt: new Date().toISOString(),
  };
  const row = await h.db
    .insertInto("control_certificates")
    .values({
      control_id: control.id,
      project_id: h.f.projectA.id,
      partner_id: control.partnerId,
      period_number: control.periodNumber,
      number: control.number,
      declared_cents: sum((c) => c.declaredCents),
      deducted_cents: sum((c) => c.deductedCents ?? 0),
      parked_cents: sum((c) => c.parkedCents ?? 0),
      certified_cents: sum(certifiedOf),
      content: JSON.stringify(content),
      issued_by: controller.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await h.db
    .updateTable("controls")
    .set({ latest_certificate: control.number, status: "finished", finished_at: new Date() })
    .where("id", "=", control.id)
    .execute();
  return row.id;
}

/**
 * The partner's report of the period submitted (one item per category, in euros), controlled
 * and certified: its control's id and its certificate's.
 */
export async function certifiedReport(
  h: Harness,
  partnerId: string,
  periodNumber: number,
  outcomes: readonly CategoryOutcome[],
) {
  const projectId = h.f.projectA.id;
  const reportId = await draftReport(
    h.db,
    projectId,
    partnerId,
    periodNumber,
    // Flat rates are computed, never declared: the items are the real-cost categories.
    outcomes
      .filter((c) => c.category !== "office_admin")
      .map((c) => ({ category: c.category, declaredCents: c.declaredCents })),
  );
  const lead = await h.projectCtxFor(h.f.users.lead_coordinator.id);
  await submitReport(lead, { partnerId, periodNumber, version: 1 }, new Date());
  const control = await h.db
    .insertInto("controls")
    .values({
      project_id: projectId,
      partner_id: partnerId,
      report_id: reportId,
      period_number: periodNumber,
      report_version: 1,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const ref = { id: control.id, partnerId, periodNumber, number: 1 };
  return { controlId: control.id, certificateId: await issue(h, ref, outcomes) };
}

/** The control reopened and finished again: certificate `number` supersedes the earlier ones. */
export function reissue(
  h: Harness,
  control: { id: string; partnerId: string; periodNumber: number; number: number },
  outcomes: readonly CategoryOutcome[],
) {
  return issue(h, control, outcomes);
}
