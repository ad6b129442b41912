import type { CostCategory, Db, FinancialReportStatus } from "@consortia/db";
import { sql } from "kysely";
import { isoDay } from "../shared/calendar";
import { projectSchedule } from "../shared/project-calendar";
import { PARTNER_ORDER } from "../shared/project-partners";
import { budgetLines, completePlan, financeOptions, versionInForce } from "./budget-read";
import { lessCorrections } from "./corrections-read";
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
  const [schedule, options, version, partners, figures] = await Promise.all([
    projectSchedule(db, projectId, now),
    financeOptions(db, projectId),
    versionInForce(db, projectId, today),
    deskPartners(db, projectId),
    reportFigures(db, projectId),
  ]);
  const corrections = figures.corrections;
  const lines = version ? completePlan(options, await budgetLines(db, version.id)) : [];
  const plan: Cells = new Map();
  for (const l of lines) {
    const key = cellKey(l.partnerId, l.periodNumber);
    const cell = plan.get(key) ?? {};
    cell[l.category] = (cell[l.category] ?? 0) + l.amountCents;
    plan.set(key, cell);
  }
  // Flat rates per report, rounded once per category (contracts.md), as the report itself;
  // the financial corrections a submitted report carries are taken off it.
  const reportedCells: Cells = new Map(
    [...figures.sums].map(([key, real]) => [
      key,
      lessCorrections(withFlatRates(options.categories, real), corrections.get(key) ?? {}),
    ]),
  );
  return {
    today,
    schedule,
    options,
    version,
    partners,
    plan,
    reported: reportedCells,
    reports: figures.states,
  };
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

/**
 * Every report's status, and the real-cost sums per category of the submitted ones (euro
 * amounts fixed on submission), in one statement.
 */
async function reportFigures(db: Db, projectId: string) {
  const rows = await db
    .selectFrom("financial_reports as r")
    .leftJoin("expenditure_items as i", (join) =>
      join.onRef("i.report_id", "=", "r.id").on("r.status", "=", "submitted"),
    )
    .select([
      "r.partner_id as partnerId",
      "r.period_number as periodNumber",
      "r.status",
      "r.submitted_at as submittedAt",
      "i.category",
      sql<string | null>`sum(i.eur_cents)`.as("cents"),
      // The financial corrections a submitted report carries, per category (the same on each
      // of the report's rows), read here so the desk stays a fixed few statements.
      sql<Record<string, number> | null>`case when r.status = 'submitted' then (
        select json_object_agg(x.category, x.cents) from (
          select ci.category, sum(c.amount_cents) as cents
          from financial_corrections c join expenditure_items ci on ci.id = c.item_id
          where c.report_id = r.id group by ci.category) x) end`.as("corrections"),
    ])
    .where("r.project_id", "=", projectId)
    .groupBy([
      "r.id",
      "r.partner_id",
      "r.period_number",
      "r.status",
      "r.submitted_at",
      "i.category",
    ])
    .execute();
  const sums: Cells = new Map();
  const states = new Map<string, ReportState>();
  const corrections: Cells = new Map();
  for (const r of rows) {
    const key = cellKey(r.partnerId, r.periodNumber);
    states.set(key, { status: r.status, submittedAt: r.submittedAt });
    if (r.corrections)
      corrections.set(
        key,
        Object.fromEntries(Object.entries(r.corrections).map(([c, v]) => [c, Number(v)])),
      );
    if (r.category === null) continue;
    const cell = sums.get(key) ?? {};
    cell[r.category as CostCategory] = Number(r.cents ?? 0);
    sums.set(key, cell);
  }
  return { sums, states, corrections };
}

export type DeskData = Awaited<ReturnType<typeof loadDesk>>;
