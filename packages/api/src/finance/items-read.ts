import { COST_CATEGORIES, type ExpenditureItem } from "@consortia/db";
import { visibleDocuments } from "../documents";
import { isoDay } from "../shared/calendar";
import { projectSchedule, startedPeriodOf } from "../shared/project-calendar";
import { assertProjectPartner } from "../shared/project-partners";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { financeOptions } from "./budget-read";
import { monthOf, ratesOfMonth } from "./rates-service";
import { euroAmount, reportAmounts } from "./report-amounts";
import { itemBasics, staffDetails } from "./report-items";
import { sumCents } from "./rules";
import { type FinanceView, financeView } from "./visibility";

/**
 * A partner's list of expenditure of one period, as the caller may see it (`financeView`):
 * - `full` (the partner's people): every item, staff-cost details and evidence included;
 * - `items` (lead coordinators, observers): every item but the staff-cost lines, which are
 *   given only as their count and total (`hiddenStaff`);
 * - `totals` (other partners' people): no items at all, only the totals per category. This is
 *   not an error (they may compare spending), so the call succeeds with an empty list.
 * An item's euro amount is the one fixed on submission; before that it is an estimate at the
 * rate of the current month (flagged), or null when that month has no rate for its currency.
 */

type Euro = { eurCents: number | null; euroEstimated: boolean };

export function euroOf(
  item: Pick<ExpenditureItem, "currency" | "declared_cents" | "eur_cents">,
  submitted: boolean,
  rates: ReadonlyMap<string, string>,
): Euro {
  const e = euroAmount(item, submitted ? "submitted" : "draft", rates);
  return { eurCents: e.eurCents, euroEstimated: e.estimate };
}

function itemOut(
  i: ExpenditureItem & { contract_name: string | null },
  euro: Euro,
  view: FinanceView,
  evidence: { id: string; title: string }[],
) {
  const staff = view === "full" && i.category === "staff" ? staffDetails(i) : null;
  return {
    id: i.id,
    version: i.version,
    ...itemBasics(i),
    conversionRate: i.conversion_rate,
    ...euro,
    contract: i.contract_id ? { id: i.contract_id, name: i.contract_name ?? "" } : null,
    staff,
    evidence,
  };
}
export type ExpenditureItemOut = ReturnType<typeof itemOut>;

export async function listItems(
  ctx: ProjectCtx,
  input: { partnerId: string; periodNumber: number },
  now: Date,
) {
  const { db, access } = ctx;
  const projectId = access.projectId;
  const partner = await assertProjectPartner(db, projectId, "partnerId", input.partnerId);
  const { periods } = await projectSchedule(db, projectId, now);
  const period = startedPeriodOf(periods, input.periodNumber, isoDay(now));
  const view = financeView(access, input.partnerId);
  const [options, finance, report] = await Promise.all([
    financeOptions(db, projectId),
    db
      .selectFrom("partner_finance")
      .select("currency")
      .where("partner_id", "=", partner.id)
      .executeTakeFirst(),
    db
      .selectFrom("financial_reports")
      .selectAll()
      .where("partner_id", "=", partner.id)
      .where("period_number", "=", period.number)
      .executeTakeFirst(),
  ]);
  const rows = report
    ? await db
        .selectFrom("expenditure_items as i")
        .leftJoin("contracts as c", "c.id", "i.contract_id")
        .selectAll("i")
        .select("c.name as contract_name")
        .where("i.report_id", "=", report.id)
        .orderBy("i.position")
        .orderBy("i.created_at")
        .execute()
    : [];
  const submitted = report?.status === "submitted";
  const rates = submitted
    ? new Map<string, string>()
    : await ratesOfMonth(db, projectId, monthOf(now));
  const priced = rows.map((row) => ({ row, euro: euroOf(row, submitted, rates) }));

  // The same amounts per category as the report's (real-cost sums, then flat rates).
  const sums = reportAmounts(
    options.categories,
    priced.map(({ row, euro }) => ({ category: row.category, eurCents: euro.eurCents })),
  );

  const totals = options.categories
    .filter((c) => c.inUse)
    .map((c) => ({
      category: c.category,
      eurCents: sums[c.category],
      flatRate: c.flatRatePercent,
    }));

  const shown =
    view === "totals" ? [] : priced.filter((p) => view === "full" || p.row.category !== "staff");
  const evidence = await evidenceOf(
    ctx,
    shown.map((p) => p.row.id),
  );
  const staff = priced.filter((p) => p.row.category === "staff");
  const editable = actsForPartner(access, partner.id) && !submitted;
  return {
    view,
    partner: { id: partner.id, currency: finance?.currency ?? "EUR" },
    period: {
      number: period.number,
      start: period.start,
      end: period.end,
      partnerReportDue: period.partnerReportDue,
    },
    periods: periods
      .filter((p) => p.start <= isoDay(now))
      .map((p) => ({ number: p.number, start: p.start, end: p.end })),
    report: report
      ? {
          id: report.id,
          status: report.status,
          version: report.version,
          returnComment: report.return_comment,
        }
      : null,
    can: { edit: editable },
    categories: options.categories
      .filter((c) => c.inUse && c.flatRatePercent === null)
      .map((c) => c.category),
    items: shown.map((p) => itemOut(p.row, p.euro, view, evidence.get(p.row.id) ?? [])),
    hiddenStaff:
      view === "items"
        ? {
            count: staff.length,
            eurCents: sumCents(staff.map((p) => p.euro.eurCents ?? 0)),
          }
        : null,
    totals,
    totalCents: sumCents(COST_CATEGORIES.map((c) => sums[c])),
    missingRates: priced.filter((p) => p.euro.eurCents === null).length,
  };
}

/** Each item's evidence, limited to the documents the caller may see in the library. */
async function evidenceOf(ctx: ProjectCtx, itemIds: string[]) {
  const out = new Map<string, { id: string; title: string }[]>();
  if (itemIds.length === 0) return out;
  const rows = await ctx.db
    .selectFrom("expenditure_evidence as e")
    .innerJoin("documents", "documents.id", "e.document_id")
    .select(["e.item_id", "documents.id", "documents.title"])
    .where(visibleDocuments(ctx.access))
    .where("documents.deleted_at", "is", null)
    .where("e.item_id", "in", itemIds)
    .orderBy("documents.title")
    .execute();
  for (const r of rows)
    out.set(r.item_id, [...(out.get(r.item_id) ?? []), { id: r.id, title: r.title }]);
  return out;
}
