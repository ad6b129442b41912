import type { CostCategory, Db, FinancialReportStatus } from "@consortia/db";

/**
 * Money desk test data written straight into the tables (the budget and report services are
 * other helpers' rooms and have tests of their own): an approved budget, partners' finance
 * rows, reports in each status and their items.
 */

/** The approved version 1 with real-cost lines: partner → category → cents per period (1–8). */
export async function approvedBudget(
  db: Db,
  projectId: string,
  lines: { partnerId: string; category: CostCategory; cents: number; periods: number[] }[],
) {
  const v = await db
    .insertInto("budget_versions")
    .values({ project_id: projectId, number: 1, status: "approved", approved_at: new Date() })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rows = lines.flatMap((l) =>
    l.periods.map((period_number) => ({
      budget_version_id: v.id,
      partner_id: l.partnerId,
      category: l.category,
      period_number,
      amount_cents: l.cents,
    })),
  );
  if (rows.length) await db.insertInto("budget_lines").values(rows).execute();
  return v.id;
}

export async function partnerFinance(
  db: Db,
  projectId: string,
  partnerId: string,
  o: { signedOn: string | null; lumpSumCents?: number },
) {
  await db
    .insertInto("partner_finance")
    .values({
      project_id: projectId,
      partner_id: partnerId,
      agreement_signed_on: o.signedOn,
      lump_sum_cents: o.lumpSumCents ?? 0,
    })
    .execute();
}

export type TestItem = {
  category: CostCategory;
  /** Euro cents (for a submitted report, the amount fixed on submission). */
  eurCents: number;
  currency?: string;
  declaredCents?: number;
  rate?: string;
};

/** A report of a partner and period in a status, with its items. */
export async function report(
  db: Db,
  projectId: string,
  partnerId: string,
  periodNumber: number,
  status: FinancialReportStatus,
  items: readonly TestItem[],
) {
  const submitted = status === "submitted";
  const r = await db
    .insertInto("financial_reports")
    .values({
      project_id: projectId,
      partner_id: partnerId,
      period_number: periodNumber,
      status,
      latest_version: submitted ? 1 : 0,
      submitted_at: submitted ? new Date("2026-01-15T10:00:00Z") : null,
      rate_month: submitted ? "2026-01-01" : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (items.length)
    await db
      .insertInto("expenditure_items")
      .values(
        items.map((i, n) => ({
          project_id: projectId,
          partner_id: partnerId,
          report_id: r.id,
          category: i.category,
          description: `Item ${n + 1}`,
          declared_cents: i.declaredCents ?? i.eurCents,
          currency: i.currency ?? "EUR",
          conversion_rate: submitted ? (i.rate ?? "1") : null,
          eur_cents: submitted ? i.eurCents : null,
          position: n,
        })),
      )
      .execute();
  return r.id;
}
