import type { Db } from "../client";
import type { CostCategory } from "../finance-schema";
import { type DemoBudget, demoContracts, demoFinance, demoRates } from "./demo-finance";
import { demoPartners } from "./demo-partnership";
import { demoPeople } from "./demo-people";
import { inCurrency, rateOn, seedDemoExpenditure } from "./seed-expenditure";

/**
 * The money rules the demo needs, handed in by the API (packages/api/src/finance: rules.ts and
 * snapshot.ts), which owns them: the database package computes no money itself, so the demo's
 * conversions, flat rates and snapshots are exactly what the finance room computes.
 */
export type DemoMoney = {
  /** The project's cost categories (the defaults: office and administration 15 % of staff). */
  categories: readonly {
    category: CostCategory;
    inUse: boolean;
    flatRatePercent: string | null;
    flatRateBase: CostCategory | null;
  }[];
  toEuroCents: (amountCents: number, rate: string) => number;
  /** The snapshot `financialReports.submit` keeps, of a report whose items are in place. */
  snapshot: (
    db: Db,
    report: { projectId: string; partnerId: string; periodNumber: number; at: string },
  ) => Promise<unknown>;
};

export const PERIODS_IN_PLAN = 8;
const REAL = ["staff", "travel", "external", "equipment"] as const satisfies (keyof DemoBudget &
  CostCategory)[];

/** Whole euros split over the periods by percent shares; the last period takes the remainder. */
export function planOf(euros: number, shares: readonly number[]): number[] {
  const parts = shares.map((s) => Math.floor((euros * s) / 100));
  const rest = euros - parts.reduce((a, b) => a + b, 0);
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + rest;
  return parts;
}

/** A partner's nominal total (real costs plus 15 % of staff) in whole euros. */
export const nominalTotal = (b: DemoBudget) =>
  b.staff + (b.staff * 15) / 100 + b.travel + b.external + b.equipment;

export async function seedDemoFinance(
  db: Db,
  projectId: string,
  partnerIds: Map<string, string>,
  money: DemoMoney,
): Promise<void> {
  const { userId, editorOf } = await demoPeople(db);
  const lead = userId("lead@consortia.demo");
  await db
    .insertInto("finance_settings")
    .values({ project_id: projectId, created_by: lead, updated_by: lead })
    .execute();
  await db
    .insertInto("finance_categories")
    .values(
      money.categories.map((c) => ({
        project_id: projectId,
        category: c.category,
        in_use: c.inUse,
        flat_rate_percent: c.flatRatePercent,
        flat_rate_base: c.flatRateBase,
      })),
    )
    .execute();
  await db
    .insertInto("exchange_rates")
    .values(demoRates().map((r) => ({ ...r, project_id: projectId, updated_by: lead })))
    .execute();
  const version = await db
    .insertInto("budget_versions")
    .values({
      project_id: projectId,
      number: 1,
      status: "approved",
      note: "The budget of the approved application",
      approved_at: "2025-04-15T10:00:00Z",
      approved_by: lead,
      created_by: lead,
      updated_by: lead,
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  for (const p of demoPartners) {
    const partnerId = partnerIds.get(p.key);
    const f = demoFinance[p.key];
    if (!partnerId || !f) continue;
    await db
      .insertInto("partner_finance")
      .values({
        partner_id: partnerId,
        project_id: projectId,
        legal_status: f.legalStatus,
        cofinancing_percent: "80",
        currency: f.currency,
        lump_sum_cents: (f.lumpSumEur ?? 0) * 100,
        agreement_signed_on: `2025-04-${String(22 + (p.key.length % 5)).padStart(2, "0")}`,
        created_by: lead,
        updated_by: lead,
      })
      .execute();
    // The own contribution is the 20 % the fund does not pay.
    const ownEuros = planOf(
      Math.floor((nominalTotal(f.budget) * 20) / 100),
      f.contributions.map((c) => c.share),
    );
    await db
      .insertInto("partner_contributions")
      .values(
        f.contributions.map((c, i) => ({
          project_id: projectId,
          partner_id: partnerId,
          name: c.name,
          kind: c.kind,
          amount_cents: (ownEuros[i] ?? 0) * 100,
          position: i,
          created_by: lead,
          updated_by: lead,
        })),
      )
      .execute();
    const lines = REAL.flatMap((category) =>
      planOf(f.budget[category], f.plan)
        .map((euros, k) => ({
          budget_version_id: version.id,
          partner_id: partnerId,
          category,
          period_number: k + 1,
          amount_cents: euros * 100,
        }))
        .filter((l) => l.amount_cents > 0),
    );
    await db.insertInto("budget_lines").values(lines).execute();

    const editor = editorOf(p.key);
    const rate = rateOn(f.currency, "2025-05-01");
    const contracts = await db
      .insertInto("contracts")
      .values(
        demoContracts.map((c, i) => ({
          project_id: projectId,
          partner_id: partnerId,
          name: c.name,
          reference: `${p.short_name.slice(0, 4).toUpperCase()}-PROC-2025-0${i + 1}`,
          contract_date: `2025-05-${String(12 + i * 7)}`,
          procurement_type: c.type,
          amount_cents: inCurrency(Math.floor((f.budget.external * c.share) / 100) * 100, rate),
          currency: f.currency,
          supplier_name: `${c.supplier} (${p.city})`,
          supplier_vat: `${p.country}${String(100_000_000 + p.key.charCodeAt(0) * 1013 + i)}`,
          created_by: editor,
          updated_by: editor,
        })),
      )
      .returning("id")
      .execute();
    await seedDemoExpenditure(db, {
      projectId,
      partnerId,
      partner: p,
      finance: f,
      lines,
      contractIds: contracts.map((c) => c.id),
      editor,
      money,
    });
  }
}
