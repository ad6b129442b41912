import type { CostCategory, Db } from "@consortia/db";
import { sql } from "kysely";
import type { CategoryAmounts } from "./rules";
import { sumCents } from "./rules";

/**
 * Financial corrections (issue 19) as the reports and overviews read them. A correction
 * waits (no `report_id`) until the partner's next report after the corrected item's period is
 * submitted: it goes with the first period after the item's whose report is not submitted,
 * and is fixed to that report when it is submitted (corrections-service.ts `stampCorrections`).
 */

/** Every correction of the project (or one partner), with its item and where it applies. */
export function correctionRows(db: Db, projectId: string, partnerId?: string) {
  let q = db
    .selectFrom("financial_corrections as c")
    .innerJoin("expenditure_items as i", "i.id", "c.item_id")
    .innerJoin("financial_reports as ir", "ir.id", "i.report_id")
    .leftJoin("financial_reports as ar", "ar.id", "c.report_id")
    .leftJoin("users as u", "u.id", "c.created_by")
    .select([
      "c.id",
      "c.partner_id as partnerId",
      "c.item_id as itemId",
      "i.category",
      "i.description as itemDescription",
      "i.internal_reference as itemReference",
      "ir.period_number as itemPeriod",
      "c.amount_cents as amountCents",
      "c.reason",
      "c.report_id as reportId",
      "ar.period_number as appliedPeriod",
      "ar.status as appliedStatus",
      "c.applied_at as appliedAt",
      "c.created_at as createdAt",
      "u.name as createdBy",
      "c.version",
    ])
    .where("c.project_id", "=", projectId);
  if (partnerId) q = q.where("c.partner_id", "=", partnerId);
  return q.orderBy("c.created_at").orderBy("c.id").execute();
}

export type CorrectionRow = Awaited<ReturnType<typeof correctionRows>>[number];

/** The periods of a partner whose report is submitted. */
export async function submittedPeriods(db: Db, partnerId: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom("financial_reports")
    .select("period_number")
    .where("partner_id", "=", partnerId)
    .where("status", "=", "submitted")
    .execute();
  return new Set(rows.map((r) => r.period_number));
}

/** The period a waiting correction goes with: the first after the item's not yet submitted. */
export function targetPeriod(itemPeriod: number, submitted: ReadonlySet<number>): number {
  let p = itemPeriod + 1;
  while (submitted.has(p)) p += 1;
  return p;
}

/** Where each correction applies: its report's period once fixed, else the period it waits for. */
export function periodOf(c: CorrectionRow, submitted: ReadonlySet<number>): number {
  return c.appliedPeriod ?? targetPeriod(c.itemPeriod, submitted);
}

export type ReportCorrections = {
  lines: {
    id: string;
    itemId: string;
    itemDescription: string;
    itemReference: string;
    itemPeriod: number;
    category: CostCategory;
    amountCents: number;
    reason: string;
  }[];
  totalCents: number;
  byCategory: CategoryAmounts;
};

export function summarise(rows: readonly CorrectionRow[]): ReportCorrections {
  const byCategory: CategoryAmounts = {};
  for (const c of rows) byCategory[c.category] = (byCategory[c.category] ?? 0) + c.amountCents;
  return {
    lines: rows.map((c) => ({
      id: c.id,
      itemId: c.itemId,
      itemDescription: c.itemDescription,
      itemReference: c.itemReference,
      itemPeriod: c.itemPeriod,
      category: c.category,
      amountCents: c.amountCents,
      reason: c.reason,
    })),
    totalCents: sumCents(rows.map((c) => c.amountCents)),
    byCategory,
  };
}

/**
 * Of one partner's corrections, those its report of `periodNumber` carries: those fixed to
 * it, and while it is not submitted, those waiting for it (`submitted`: the partner's
 * submitted periods).
 */
export function carriedBy(
  rows: readonly CorrectionRow[],
  periodNumber: number,
  report: { id: string; status: string } | null,
  submitted: ReadonlySet<number>,
): CorrectionRow[] {
  return rows.filter((c) =>
    c.reportId !== null
      ? c.reportId === report?.id
      : report?.status !== "submitted" && targetPeriod(c.itemPeriod, submitted) === periodNumber,
  );
}

/**
 * The corrections a partner's report of `periodNumber` carries: those fixed to it, and while
 * it is not submitted, those waiting for it.
 */
export async function reportCorrections(
  db: Db,
  projectId: string,
  partnerId: string,
  periodNumber: number,
  report: { id: string; status: string } | null,
): Promise<ReportCorrections> {
  const [rows, submitted] = await Promise.all([
    correctionRows(db, projectId, partnerId),
    submittedPeriods(db, partnerId),
  ]);
  const mine = carriedBy(rows, periodNumber, report, submitted);
  return summarise(mine);
}

/**
 * The corrections carried by submitted reports, per `partner|period` and category: what the
 * money desk and "previously reported" take off the reported amounts.
 */
export async function appliedCorrections(
  db: Db,
  projectId: string,
  partnerId?: string,
): Promise<Map<string, CategoryAmounts>> {
  let q = db
    .selectFrom("financial_corrections as c")
    .innerJoin("expenditure_items as i", "i.id", "c.item_id")
    .innerJoin("financial_reports as ar", "ar.id", "c.report_id")
    .select([
      "ar.partner_id as partnerId",
      "ar.period_number as periodNumber",
      "i.category",
      sql<string>`sum(c.amount_cents)`.as("cents"),
    ])
    .where("c.project_id", "=", projectId)
    .where("ar.status", "=", "submitted")
    .groupBy(["ar.partner_id", "ar.period_number", "i.category"]);
  if (partnerId) q = q.where("c.partner_id", "=", partnerId);
  const out = new Map<string, CategoryAmounts>();
  for (const r of await q.execute()) {
    const key = `${r.partnerId}|${r.periodNumber}`;
    const cell = out.get(key) ?? {};
    cell[r.category] = (cell[r.category] ?? 0) + Number(r.cents);
    out.set(key, cell);
  }
  return out;
}

/** Amounts per category less the corrections (each category reduced by exactly its own). */
export function lessCorrections<T extends CategoryAmounts>(
  amounts: T,
  corrections: CategoryAmounts,
): T {
  const out = { ...amounts } as Record<string, number>;
  for (const [c, v] of Object.entries(corrections)) out[c] = (out[c] ?? 0) - (v ?? 0);
  return out as T;
}
