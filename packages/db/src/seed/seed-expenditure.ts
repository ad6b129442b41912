import type { Db } from "../client";
import type { CostCategory } from "../finance-schema";
import {
  type DemoPartnerFinance,
  demoContracts,
  demoFinancePeriods,
  demoRates,
} from "./demo-finance";
import type { DemoPartner } from "./demo-partnership";
import type { DemoMoney } from "./seed-finance";

/**
 * A demo partner's lists of expenditure for the finished periods: staff costs per person,
 * travel, the two contracts' invoices, equipment; submitted reports with their euro amounts
 * (converted with the finance room's rule) and their immutable snapshot, draft reports with
 * declared amounts only.
 */

const RATES = new Map(demoRates().map((r) => [`${r.currency}|${r.month}`, r.rate]));

/** The demo rate table's rate of a month ("1" for euros). */
export function rateOn(currency: string, month: string): string {
  if (currency === "EUR") return "1";
  const rate = RATES.get(`${currency}|${month}`);
  if (!rate) throw new Error(`no demo rate for ${currency} in ${month}`);
  return rate;
}

/** A euro amount as a plausible amount in whole units of another currency (demo data only). */
export const inCurrency = (eurCents: number, rate: string) =>
  rate === "1" ? eurCents : Math.round((eurCents / 100) * Number(rate)) * 100;

/** The day `months` months after `start` (a first of the month), on day `day`. */
function dayOf(start: string, months: number, day: number): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  return `${yy}-${String((m % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

type Line = { category: CostCategory; period_number: number; amount_cents: number };
type Draft = {
  category: CostCategory;
  eurCents: number;
  description: string;
  month: number;
  contract?: number;
  staff?: { person: string; role: string; share: number };
};

/** Parts of an amount in proportion to weights; the last part takes the remainder. */
function split(cents: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((cents * w) / total));
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + cents - parts.reduce((a, b) => a + b, 0);
  return parts;
}

function drafts(f: DemoPartnerFinance, plan: (c: CostCategory) => number, spent: number): Draft[] {
  const target = (c: CostCategory) => Math.floor((plan(c) * spent) / 100);
  const out: Draft[] = [];
  const staff = split(
    target("staff"),
    f.staff.map((s) => s.share),
  );
  f.staff.forEach((s, i) => {
    out.push({
      category: "staff",
      eurCents: staff[i] ?? 0,
      description: `Staff costs: ${s.role}, ${s.share} % of working time on the project`,
      month: 5,
      staff: s,
    });
  });
  const [meeting = 0, seminar = 0] = split(target("travel"), [55, 45]);
  out.push(
    {
      category: "travel",
      eurCents: meeting,
      description: "Travel and accommodation: partnership meeting and study visit",
      month: 1,
    },
    {
      category: "travel",
      eurCents: seminar,
      description: "Travel and accommodation: interregional thematic seminar",
      month: 4,
    },
  );
  split(
    target("external"),
    demoContracts.map((c) => c.share),
  ).forEach((eurCents, i) => {
    out.push({
      category: "external",
      eurCents,
      description: demoContracts[i]?.name ?? "External expertise",
      month: 3 + i,
      contract: i,
    });
  });
  if (target("equipment") > 0)
    out.push({
      category: "equipment",
      eurCents: target("equipment"),
      description: "Laptop and video-conference equipment for the project team",
      month: 2,
    });
  return out.filter((d) => d.eurCents > 0);
}

export async function seedDemoExpenditure(
  db: Db,
  s: {
    projectId: string;
    partnerId: string;
    partner: DemoPartner;
    finance: DemoPartnerFinance;
    lines: readonly Line[];
    contractIds: readonly string[];
    editor: string | null;
    money: DemoMoney;
  },
): Promise<void> {
  const f = s.finance;
  const tag = s.partner.short_name.slice(0, 4).toUpperCase();
  for (const period of demoFinancePeriods) {
    const n = period.number;
    const state = n < 3 ? "submitted" : f.period3;
    if (state === "none") continue;
    const submitted = state === "submitted";
    const rateMonth = `${period.submittedOn.slice(0, 7)}-01`;
    const rate = rateOn(f.currency, rateMonth);
    const submittedAt = `${period.submittedOn}T09:00:00Z`;
    const report = await db
      .insertInto("financial_reports")
      .values({
        project_id: s.projectId,
        partner_id: s.partnerId,
        period_number: n,
        status: submitted ? "submitted" : "draft",
        latest_version: submitted ? 1 : 0,
        submitted_at: submitted ? submittedAt : null,
        submitted_by: submitted ? s.editor : null,
        rate_month: submitted ? rateMonth : null,
        created_by: s.editor,
        updated_by: s.editor,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const plan = (c: CostCategory) =>
      s.lines.find((l) => l.category === c && l.period_number === n)?.amount_cents ?? 0;
    const values = drafts(f, plan, f.spent[n - 1] ?? 0).map((d, i) => {
      const declared = inCurrency(d.eurCents, rateOn(f.currency, `${period.start.slice(0, 7)}-01`));
      const day = dayOf(period.start, d.month, 10 + (i % 15));
      const invoice = d.staff === undefined;
      return {
        project_id: s.projectId,
        partner_id: s.partnerId,
        report_id: report.id,
        category: d.category,
        internal_reference: `${tag}-P${n}-${String(i + 1).padStart(3, "0")}`,
        invoice_number: invoice ? `INV-${period.start.slice(2, 4)}${n}${String(i + 17)}` : "",
        invoice_date: invoice ? day : null,
        payment_date: invoice ? dayOf(day, 0, 28) : dayOf(period.start, 5, 25),
        description: d.description,
        total_invoice_cents: invoice ? declared : null,
        vat_cents: invoice ? Math.floor(declared / 6) : null,
        declared_cents: declared,
        currency: f.currency,
        conversion_rate: submitted ? rate : null,
        eur_cents: submitted ? s.money.toEuroCents(declared, rate) : null,
        contract_id: d.contract === undefined ? null : (s.contractIds[d.contract] ?? null),
        staff_person: d.staff?.person ?? null,
        staff_role: d.staff?.role ?? null,
        staff_basis: d.staff ? ("part_time_fixed" as const) : null,
        staff_share_percent: d.staff ? `${d.staff.share}.00` : null,
        staff_salary_cents: d.staff ? Math.round((declared * 100) / (6 * d.staff.share)) : null,
        position: i,
        created_by: s.editor,
        updated_by: s.editor,
        created_at: `${day}T12:00:00Z`,
        updated_at: `${day}T12:00:00Z`,
      };
    });
    await db.insertInto("expenditure_items").values(values).execute();
    if (!submitted) continue;
    const content = await s.money.snapshot(db, {
      projectId: s.projectId,
      partnerId: s.partnerId,
      periodNumber: n,
      at: submittedAt,
    });
    await db
      .insertInto("financial_report_versions")
      .values({
        report_id: report.id,
        project_id: s.projectId,
        number: 1,
        content: JSON.stringify(content),
        submitted_at: submittedAt,
        submitted_by: s.editor,
      })
      .execute();
  }
}
