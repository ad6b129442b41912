import type { CostCategory, Db, FinancialReportStatus } from "@consortia/db";
import { sql } from "kysely";
import { isoDay } from "../shared/calendar";
import { projectSchedule } from "../shared/project-calendar";
import { PARTNER_ORDER } from "../shared/project-partners";
import { budgetLines, completePlan, financeOptions, versionInForce } from "./budget-read";
import { type CategoryAmounts, withFlatRates } from "./rules";

/**
 * What the money desk reads, in a fixed number of statements whatever the number of items:
 * the calendar, the budget options, the plan in force, the partners with their agreement,
 * the submitted reports' real-cost sums per category (aggregated in the database) and the
 * status of every report.
 */

/** `partner|period` → amounts per category. */
export type Cells = Map<string, CategoryAmounts>;
export const cellKey = (partnerId: string, periodNumber: number) => `${partnerId}|${periodNumber}`;

export type DeskPartner = {
  id: string;
  name: string;
  shortName: string;
  agreementSignedOn: string | null;
  lumpSumCents: number;
};

export type ReportState = {
  status: FinancialReportStatus | "none";
  submittedAt: Date | null;
};

export async function loadDesk(db: Db, projectId: string, now: Date) {
  const today = isoDay(now);
  const [schedule, options, version, partners, reported, reports] = await Promise.all([
    projectSchedule(db, projectId, now),
    financeOptions(db, projectId),
    versionInForce(db, projectId, today),
    deskPartners(db, projectId),
    reportedSums(db, projectId),
    reportStates(db, projectId),
  ]);
  const lines = version ? completePlan(options, await budgetLines(db, version.id)) : [];
  const plan: Cells = new Map();
  for (const l of lines) {
    const key = cellKey(l.partnerId, l.periodNumber);
    const cell = plan.get(key) ?? {};
    cell[l.category] = (cell[l.category] ?? 0) + l.amountCents;
    plan.set(key, cell);
  }
  // Flat rates per report, rounded once per category (contracts.md), as the report itself.
  const reportedCells: Cells = new Map(
    [...reported].map(([key, real]) => [key, withFlatRates(options.categories, real)]),
  );
  return { today, schedule, options, version, partners, plan, reported: reportedCells, reports };
}

/** Partners that carry a budget (advisory partners do not), with their agreement and lump sum. */
function deskPartners(db: Db, projectId: string): Promise<DeskPartner[]> {
  return db
    .selectFrom("partners")
    .leftJoin("partner_finance as pf", "pf.partner_id", "partners.id")
    .select([
      "partners.id",
      "partners.name",
      "partners.short_name as shortName",
      "pf.agreement_signed_on as agreementSignedOn",
      sql<string>`coalesce(pf.lump_sum_cents, 0)`.as("lumpSum"),
    ])
    .where("partners.project_id", "=", projectId)
    .where("partners.role", "<>", "advisory")
    .orderBy(PARTNER_ORDER)
    .orderBy("partners.short_name")
    .orderBy("partners.id")
    .execute()
    .then((rows) =>
      rows.map(({ lumpSum, ...p }) => ({
        ...p,
        agreementSignedOn: p.agreementSignedOn ?? null,
        lumpSumCents: Number(lumpSum),
      })),
    );
}

/** The real-cost sums per submitted report and category (euro amounts fixed on submission). */
async function reportedSums(db: Db, projectId: string): Promise<Cells> {
  const rows = await db
    .selectFrom("financial_reports as r")
    .innerJoin("expenditure_items as i", "i.report_id", "r.id")
    .select([
      "r.partner_id as partnerId",
      "r.period_number as periodNumber",
      "i.category",
      sql<string>`sum(i.eur_cents)`.as("cents"),
    ])
    .where("r.project_id", "=", projectId)
    .where("r.status", "=", "submitted")
    .groupBy(["r.partner_id", "r.period_number", "i.category"])
    .execute();
  const out: Cells = new Map();
  for (const r of rows) {
    const key = cellKey(r.partnerId, r.periodNumber);
    const cell = out.get(key) ?? {};
    cell[r.category as CostCategory] = Number(r.cents ?? 0);
    out.set(key, cell);
  }
  return out;
}

/** `partner|period` → the report's status (reports never started are absent). */
async function reportStates(db: Db, projectId: string): Promise<Map<string, ReportState>> {
  const rows = await db
    .selectFrom("financial_reports")
    .select(["partner_id", "period_number", "status", "submitted_at"])
    .where("project_id", "=", projectId)
    .execute();
  return new Map(
    rows.map((r) => [
      cellKey(r.partner_id, r.period_number),
      { status: r.status, submittedAt: r.submitted_at },
    ]),
  );
}

export type DeskData = Awaited<ReturnType<typeof loadDesk>>;
