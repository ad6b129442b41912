import {
  COMPUTED_KEY_UNITS,
  type Db,
  INDICATOR_COMPUTED_KEYS,
  type IndicatorComputedKey,
} from "@consortia/db";
import { COUNTED_STATUSES, practiceCountDay } from "../learning";
import { policyIndicatorRecords } from "../policy-views";
import { isoDay, periodIndex, type ReportingPeriod } from "../shared/calendar";
import { runningTotals, total } from "./amounts";

export { periodIndex };

/**
 * One record that counts for an indicator: the day it counts from (null: from the start),
 * the partner it is credited to, and how much it adds (1, or euros). A record of a `person`
 * is one participation of someone counted once (see `computeIndicators`).
 */
type Item = { day: string | null; partnerId: string; amount: string; person?: string };

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
 *   counted once (`personOf`);
 * - policy instruments addressed (live) when recorded, to their partner;
 * - action plans developed (final, of live instruments) when finalised, to their partner;
 * - instruments improved: each instrument once, on its first validated improvement's date;
 * - funds mobilised: validated improvements' funds on their validation date, to their partner;
 * - organisations cooperating: every partner of the project, counted in the first period
 *   (RCO87 counts the organisations of the approved partnership, not their first activity).
 * The policy records and the "counted" statuses of good practices are the same as the
 * policy counts' and the register's, so the last cumulative values equal those totals.
 */
async function computedItems(db: Db, projectId: string) {
  const [practices, events, participants, partners, policy] = await Promise.all([
    db
      .selectFrom("good_practices")
      .select(["owner_partner_id as partnerId", practiceCountDay.as("day")])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .where("status", "in", COUNTED_STATUSES)
      .execute(),
    db
      .selectFrom("learning_events")
      .select(["kind", "host_partner_id as partnerId", "start_date as day"])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .execute(),
    db
      .selectFrom("learning_event_participants as p")
      .innerJoin("learning_events as e", "e.id", "p.event_id")
      .select([
        "p.id",
        "p.user_id",
        "p.guest_email",
        "p.partner_id",
        "e.host_partner_id",
        "e.start_date as day",
      ])
      .where("p.project_id", "=", projectId)
      .where("e.deleted_at", "is", null)
      .where("p.increased_capacity", "=", true)
      // In the order they happened: a person counts for the partner of their first one.
      .orderBy("e.start_date")
      .orderBy("p.created_at")
      .orderBy("p.id")
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
    good_practices: practices.map((p) => ({ day: p.day, partnerId: p.partnerId, amount: one })),
    learning_events: events.map((e) => ({ day: e.day, partnerId: e.partnerId, amount: one })),
    peer_reviews: events
      .filter((e) => e.kind === "peer_review")
      .map((e) => ({ day: e.day, partnerId: e.partnerId, amount: one })),
    people_capacity: participants.map((p) => ({
      day: p.day,
      partnerId: p.partner_id ?? p.host_partner_id,
      amount: one,
      person: personOf(p),
    })),
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

/**
 * Who a participation is, for counting people once (as the EU indicators eliminate multiple
 * counting): a member by their account, a guest by the e-mail address given; a guest without
 * one cannot be recognised at another event, so each such participation is a person.
 */
export function personOf(p: { id: string; user_id: string | null; guest_email: string | null }) {
  if (p.user_id) return `user:${p.user_id}`;
  if (p.guest_email) return `email:${p.guest_email.trim().toLowerCase()}`;
  return `participation:${p.id}`;
}

/**
 * Records of people, each counted once: once in a period however many events they came to
 * in it, and once in the cumulative value however many periods they came in. A person counts
 * for the partner of their first participation in the period (and, cumulatively, of their
 * first participation of all), so the split by partner sums to the total.
 */
function countPeople(
  placed: { item: Item; i: number }[],
  periods: number,
): Omit<ComputedSeries, "periods" | "cumulative"> & { periods: number[]; cumulative: number[] } {
  const ordered = [...placed].sort(
    (a, b) => a.i - b.i || (a.item.day ?? "").localeCompare(b.item.day ?? ""),
  );
  const perPeriod = Array.from({ length: periods }, () => new Set<string>());
  const ever = new Set<string>();
  const counts = Array.from({ length: periods }, () => 0);
  const firstTimes = Array.from({ length: periods }, () => 0);
  const participations = Array.from({ length: periods }, () => 0);
  const partner = new Map<string, { periods: number[]; cumulative: number }>();
  const of = (id: string) => {
    const own = partner.get(id) ?? {
      periods: Array.from({ length: periods }, () => 0),
      cumulative: 0,
    };
    partner.set(id, own);
    return own;
  };
  for (const { item, i } of ordered) {
    const person = item.person ?? "";
    participations[i] = (participations[i] ?? 0) + 1;
    const seen = perPeriod[i];
    if (seen && !seen.has(person)) {
      seen.add(person);
      counts[i] = (counts[i] ?? 0) + 1;
      const own = of(item.partnerId);
      own.periods[i] = (own.periods[i] ?? 0) + 1;
    }
    if (!ever.has(person)) {
      ever.add(person);
      firstTimes[i] = (firstTimes[i] ?? 0) + 1;
      of(item.partnerId).cumulative++;
    }
  }
  let running = 0;
  return {
    periods: counts,
    cumulative: firstTimes.map((n) => (running += n)),
    byPartner: new Map(
      [...partner].map(([id, v]) => [
        id,
        { periods: v.periods.map(String), cumulative: String(v.cumulative) },
      ]),
    ),
    participations: { periods: participations, cumulative: placed.length },
  };
}

/** Every computation's values per reporting period, overall and by partner. */
export async function computeIndicators(
  db: Db,
  projectId: string,
  periods: readonly ReportingPeriod[],
  today: string,
): Promise<Record<IndicatorComputedKey, ComputedSeries>> {
  const items = await computedItems(db, projectId);
  const series = {} as Record<IndicatorComputedKey, ComputedSeries>;
  for (const key of INDICATOR_COMPUTED_KEYS) {
    const unit = COMPUTED_KEY_UNITS[key];
    const placed = items[key].flatMap((item) => {
      const i = periodIndex(periods, item.day, today);
      return i === null ? [] : [{ item, i }];
    });
    if (key === "people_capacity") {
      const people = countPeople(placed, periods.length);
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
