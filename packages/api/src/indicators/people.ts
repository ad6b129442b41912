import type { Db } from "@consortia/db";
import { type RawBuilder, sql } from "kysely";
import type { ReportingPeriod } from "../shared/calendar";

/**
 * The period (1-based) a day counts in, as `periodIndex` places it, computed in the database:
 * the periods are consecutive, so the bucket of their start days is the period; a day before
 * the first counts in the first, one after the last in the last. Days after today are left
 * out by the callers; null stays null.
 */
export function periodNumberOf(
  day: RawBuilder<unknown>,
  periods: readonly ReportingPeriod[],
): RawBuilder<number | null> {
  if (periods.length === 0) return sql<number>`1`;
  const starts = sql.join(periods.map((p) => sql`${p.start}::date`));
  return sql<number | null>`greatest(width_bucket(${day}, array[${starts}]), 1)`;
}

/**
 * Who a participation is, for counting people once (as the EU indicators eliminate multiple
 * counting): a member by their account, a guest by the e-mail address given (stored trimmed
 * and in lower case); a guest without one cannot be recognised at another event, so each
 * such participation is a person.
 */
const person = sql<string>`case
  when p.user_id is not null then 'user:' || p.user_id
  when coalesce(p.guest_email, '') <> '' then 'email:' || lower(btrim(p.guest_email))
  else 'participation:' || p.id end`;

export type PeopleSeries = {
  periods: number[];
  cumulative: number[];
  byPartner: Map<string, { periods: string[]; cumulative: string }>;
  participations: { periods: number[]; cumulative: number };
};

/**
 * People with increased capacity, each counted once, counted in the database (one statement,
 * whatever the number of participations): once in a period however many events they came to
 * in it, and once in the cumulative value however many periods they came in. A person counts
 * for the partner of their first participation in the period (and, cumulatively, of their
 * first participation of all) — the one they came with, else the host — so the split by
 * partner sums to the total. Participations are counted beside it.
 */
export async function countPeople(
  db: Db,
  projectId: string,
  periods: readonly ReportingPeriod[],
  today: string,
): Promise<PeopleSeries> {
  const zeros = () => periods.map(() => 0);
  const rows =
    periods.length === 0
      ? []
      : (
          await sql<{
            what: "here" | "ever" | "parts";
            n: number;
            partner: string | null;
            count: number;
          }>`
      with parts as (
        select ${person} as person, coalesce(p.partner_id, e.host_partner_id) as partner,
               e.start_date as day, p.created_at, p.id,
               ${periodNumberOf(sql`e.start_date`, periods)} as n
        from learning_event_participants p join learning_events e on e.id = p.event_id
        where p.project_id = ${projectId} and e.deleted_at is null and p.increased_capacity
          and e.start_date <= ${today}::date),
      here as (select distinct on (person, n) n, partner from parts
               order by person, n, day, created_at, id),
      ever as (select distinct on (person) n, partner from parts
               order by person, n, day, created_at, id)
      select 'here' as what, n, partner, count(*)::int as count from here group by n, partner
      union all select 'ever', n, partner, count(*)::int from ever group by n, partner
      union all select 'parts', n, null, count(*)::int from parts group by n`.execute(db)
        ).rows;
  const counts = zeros();
  const firstTimes = zeros();
  const participations = zeros();
  const partner = new Map<string, { periods: number[]; cumulative: number }>();
  const of = (id: string) => {
    const own = partner.get(id) ?? { periods: zeros(), cumulative: 0 };
    partner.set(id, own);
    return own;
  };
  for (const r of rows) {
    const i = r.n - 1;
    if (r.what === "parts") participations[i] = (participations[i] ?? 0) + r.count;
    else if (r.what === "here" && r.partner) {
      counts[i] = (counts[i] ?? 0) + r.count;
      const own = of(r.partner);
      own.periods[i] = (own.periods[i] ?? 0) + r.count;
    } else if (r.what === "ever" && r.partner) {
      firstTimes[i] = (firstTimes[i] ?? 0) + r.count;
      of(r.partner).cumulative += r.count;
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
    participations: {
      periods: participations,
      cumulative: participations.reduce((a, b) => a + b, 0),
    },
  };
}
