import type { CostCategory, Db } from "@consortia/db";

/**
 * Test rows for financial reports, written straight into the tables (the expenditure and
 * budget services belong to other parts of issue 18): a signed agreement, a report, items,
 * rates and an approved budget.
 */

export async function signAgreement(
  db: Db,
  projectId: string,
  partnerId: string,
  o: { signedOn?: string | null; lumpSumCents?: number; cofinancing?: string } = {},
) {
  await db
    .insertInto("partner_finance")
    .values({
      partner_id: partnerId,
      project_id: projectId,
      cofinancing_percent: o.cofinancing ?? "80",
      lump_sum_cents: o.lumpSumCents ?? 0,
      agreement_signed_on: o.signedOn === undefined ? "2025-04-01" : o.signedOn,
    })
    .onConflict((oc) =>
      oc.column("partner_id").doUpdateSet({
        agreement_signed_on: o.signedOn === undefined ? "2025-04-01" : o.signedOn,
      }),
    )
    .execute();
}

/** The partner's report of the period (created as a draft when missing); its id. */
export async function reportOf(db: Db, projectId: string, partnerId: string, periodNumber: number) {
  const found = await db
    .selectFrom("financial_reports")
    .select("id")
    .where("partner_id", "=", partnerId)
    .where("period_number", "=", periodNumber)
    .executeTakeFirst();
  if (found) return found.id;
  const row = await db
    .insertInto("financial_reports")
    .values({ project_id: projectId, partner_id: partnerId, period_number: periodNumber })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export type TestItem = {
  category: CostCategory;
  declaredCents: number;
  currency?: string;
  staffPerson?: string;
  staffSalaryCents?: number;
};

export async function addItems(
  db: Db,
  projectId: string,
  partnerId: string,
  reportId: string,
  items: readonly TestItem[],
) {
  if (items.length === 0) return;
  await db
    .insertInto("expenditure_items")
    .values(
      items.map((i, n) => ({
        project_id: projectId,
        partner_id: partnerId,
        report_id: reportId,
        category: i.category,
        description: `Item ${n + 1}`,
        declared_cents: i.declaredCents,
        currency: i.currency ?? "EUR",
        staff_person: i.category === "staff" ? (i.staffPerson ?? "Karin Holm") : null,
        staff_salary_cents: i.category === "staff" ? (i.staffSalaryCents ?? 4_200_000) : null,
        position: n,
      })),
    )
    .execute();
}

export async function addRate(
  db: Db,
  projectId: string,
  currency: string,
  month: string,
  rate: string,
) {
  await db
    .insertInto("exchange_rates")
    .values({ project_id: projectId, currency, month, rate })
    .onConflict((oc) => oc.columns(["project_id", "currency", "month"]).doUpdateSet({ rate }))
    .execute();
}

/** An approved budget version 1 with these real-cost lines (partner × category × period). */
export async function approveBudget(
  db: Db,
  projectId: string,
  lines: readonly {
    partnerId: string;
    category: CostCategory;
    periodNumber: number;
    amountCents: number;
  }[],
) {
  const v = await db
    .insertInto("budget_versions")
    .values({ project_id: projectId, number: 1, status: "approved", approved_at: new Date() })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("budget_lines")
    .values(
      lines.map((l) => ({
        budget_version_id: v.id,
        partner_id: l.partnerId,
        category: l.category,
        period_number: l.periodNumber,
        amount_cents: l.amountCents,
      })),
    )
    .execute();
}

/** A partner with a signed agreement and a draft report of `periodNumber` holding `items`. */
export async function draftReport(
  db: Db,
  projectId: string,
  partnerId: string,
  periodNumber: number,
  items: readonly TestItem[],
) {
  await signAgreement(db, projectId, partnerId);
  const reportId = await reportOf(db, projectId, partnerId, periodNumber);
  await addItems(db, projectId, partnerId, reportId, items);
  return reportId;
}
