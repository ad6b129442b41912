import {
  COMPUTED_KEY_UNITS,
  type Db,
  INDICATOR_COMPUTED_KEYS,
  type IndicatorComputedKey,
} from "@consortia/db";
import { sql } from "kysely";
import { COUNTED_STATUSES } from "../learning";
import { policyIndicatorRecords } from "../policy-views";
import { isoDay, periodIndex, type ReportingPeriod } from "../shared/calendar";
import { runningTotals, total } from "./amounts";
import { countPeople, periodNumberOf } from "./people";

export { periodIndex };

/**
 * One record that counts for an indicator: the day it counts from (null: from the start),
 * the partner it is credited to, and how much it adds (a number of records, or euros).
 */
type Item = { day: string | null; partnerId: string; amount: string };

export type ComputedSeries = {
  /** Index i holds period i + 1: what happened in that period. */
  periods: string[];
  /** Index i: the value up to the end of period i + 1 (a running total, or people once). */
  cumulative: string[];
  /** The same per partner (partners without any record are left out); they sum to the above. */
  byPartner: Map<string, { periods: string[]; cumulative: string }>;
  /**
   * Only for people counted once: the participations behind each period's value, and in
   * all, shown beside the number of people.
   */
  participations: { periods: number[]; cumulative: number } | null;
};

const one = "1";

/**
 * The records behind every computed indicator, each dated and credited to a partner:
 * - good practices (validated or published) on the day they count (`practiceCountDay`, the
 *   period report's outputs use it too), to their owner;
 * - learning events on their start date, to their host; peer reviews likewise;
 * - people with increased capacity: their participations on the event's start date, to the
 *   partner they came with (someone who came with no partner: to the host), each person
 *   counted once (counted apart, in the database: ./people);
 * - policy instruments addressed (live) when recorded, to their partner;
 * - action plans developed (final, of live instruments) when finalised, to their partner;
 * - instruments improved: each instrument once, on its first validated improvement's date;
 * - funds mobilised: validated improvements' funds on their validation date, to their partner;
 * - organisations cooperating: every partner of the project, counted in the first period
 *   (RCO87 counts the organisations of the approved partnership, not their first activity).
 * The policy records and the "counted" statuses of good practices are the same as the
 * policy counts' and the register's, so the last cumulative values equal those totals.
 */
async function computedItems(
  db: Db,
  projectId: string,
  periods: readonly ReportingPeriod[],
  today: string,
) {
  // Records that count one each come counted by partner and period (a day of the group
  // stands for it: every day of it falls in the same period), not one row each.
  const countDate = sql<string | null>`coalesce(${sql.ref("validated_on")},
    (${sql.ref("validated_at")} at time zone 'UTC')::date)`;
  const practicePeriod = periodNumberOf(countDate, periods);
  const eventPeriod = periodNumberOf(sql`start_date`, periods);
  const [practices, events, partners, policy] = await Promise.all([
    db
      .selectFrom("good_practices")
      .select([
        "owner_partner_id as partnerId",
        sql<string | null>`to_char(min(${countDate}), 'YYYY-MM-DD')`.as("day"),
        sql<string>`count(*)::text`.as("amount"),
      ])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .where("status", "in", COUNTED_STATUSES)
      .where((eb) => eb.or([eb(countDate, "is", null), eb(countDate, "<=", today)]))
      .groupBy(["owner_partner_id", practicePeriod])
      .execute(),
    db
      .selectFrom("learning_events")
      .select([
        "kind",
        "host_partner_id as partnerId",
        sql<string>`to_char(min(start_date), 'YYYY-MM-DD')`.as("day"),
        sql<string>`count(*)::text`.as("amount"),
      ])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .where("start_date", "<=", today)
      .groupBy(["kind", "host_partner_id", eventPeriod])
      .execute(),
    db.selectFrom("partners").select("id").where("project_id", "=", projectId).execute(),
    policyIndicatorRecords(db, projectId),
  ]);
  const validated = policy.improvements.filter((i) => i.status === "validated");
  const firstImprovement = new Map<string, { day: string; partnerId: string }>();
  for (const i of validated) {
    const seen = firstImprovement.get(i.instrumentId);
    const day = i.validatedOn ?? "";
    if (!seen || day < seen.day)
      firstImprovement.set(i.instrumentId, { day, partnerId: i.instrumentPartnerId });
  }
  const dayOf = (at: Date | null) => (at ? isoDay(at) : null);
  const items: Record<IndicatorComputedKey, Item[]> = {
    good_practices: practices.map((p) => ({
      day: p.day,
      partnerId: p.partnerId,
      amount: p.amount,
    })),
    learning_events: events.map((e) => ({ day: e.day, partnerId: e.partnerId, amount: e.amount })),
    peer_reviews: events
      .filter((e) => e.kind === "peer_review")
      .map((e) => ({ day: e.day, partnerId: e.partnerId, amount: e.amount })),
    // Counted apart, in the database (./people).
    people_capacity: [],
    instruments_addressed: policy.instruments.map((i) => ({
      day: dayOf(i.createdAt),
      partnerId: i.partnerId,
      amount: one,
    })),
    action_plans: policy.plans.map((p) => ({
      day: dayOf(p.finalisedAt),
      partnerId: p.partnerId,
      amount: one,
    })),
    instruments_improved: [...firstImprovement.values()].map((i) => ({
      day: i.day || null,
      partnerId: i.partnerId,
      amount: one,
    })),
    organisations: partners.map((p) => ({ day: null, partnerId: p.id, amount: one })),
    funds_mobilised: validated.map((i) => ({
      day: i.validatedOn,
      partnerId: i.partnerId,
      amount: i.funds ?? "0",
    })),
  };
  return items;
}

/** Every computation's values per reporting period, overall and by partner. */
export async function computeIndicators(
  db: Db,
  projectId: string,
  periods: readonly ReportingPeriod[],
  today: string,
): Promise<Record<IndicatorComputedKey, ComputedSeries>> {
  const [items, people] = await Promise.all([
    computedItems(db, projectId, periods, today),
    countPeople(db, projectId, periods, today),
  ]);
  const series = {} as Record<IndicatorComputedKey, ComputedSeries>;
  for (const key of INDICATOR_COMPUTED_KEYS) {
    const unit = COMPUTED_KEY_UNITS[key];
    const placed = items[key].flatMap((item) => {
      const i = periodIndex(periods, item.day, today);
      return i === null ? [] : [{ item, i }];
    });
    if (key === "people_capacity") {
      series[key] = {
        ...people,
        periods: people.periods.map(String),
        cumulative: people.cumulative.map(String),
      };
      continue;
    }
    const overall: string[][] = periods.map(() => []);
    const byPartner = new Map<string, string[][]>();
    for (const { item, i } of placed) {
      overall[i]?.push(item.amount);
      const own = byPartner.get(item.partnerId) ?? periods.map(() => []);
      own[i]?.push(item.amount);
      byPartner.set(item.partnerId, own);
    }
    const values = overall.map((amounts) => total(amounts, unit));
    series[key] = {
      periods: values,
      cumulative: runningTotals(values, unit),
      byPartner: new Map(
        [...byPartner].map(([id, cells]) => {
          const own = cells.map((amounts) => total(amounts, unit));
          return [
            id,
            { periods: own, cumulative: runningTotals(own, unit).at(-1) ?? total([], unit) },
          ];
        }),
      ),
      participations: null,
    };
  }
  return series;
}
