import { type RawBuilder, sql } from "kysely";
import { improvementsQuery } from "../improvements";
import { eventsQuery, practicesQuery } from "../learning";
import { actionsQuery } from "../policy";
import type { ReportingPeriod } from "../shared/calendar";
import type { ProjectCtx } from "../shared/service-context";

/** One record of the partner in the period, as the contribution lists it. */
export type PeriodRecord = {
  id: string;
  title: string;
  /** The ISO day that places it in the period (see each list). */
  date: string;
  /** The record's workflow status; learning events have none. */
  status: string | null;
  /** Where the UI shows the record. */
  href: string;
};

export type ActionRecord = PeriodRecord & {
  /** The action's monitoring entry for this period, if one was made. */
  monitoring: { progress: string; percent: number; comment: string } | null;
};

export type PartnerRecords = {
  /** Learning events the partner hosted that started in the period. */
  eventsHosted: PeriodRecord[];
  /** Events of other hosts that started in the period with someone of the partner taking part. */
  eventsAttended: PeriodRecord[];
  /** The partner's good practices created or validated in the period. */
  goodPractices: PeriodRecord[];
  /** Deliverables the partner is responsible for, due or approved in the period. */
  deliverables: (PeriodRecord & { code: string; dueDate: string; approvedOn: string | null })[];
  /** Actions of the partner's action plans running in the period or monitored for it. */
  actions: ActionRecord[];
  /** The partner's policy improvements achieved or validated in the period. */
  improvements: PeriodRecord[];
};

/** The UTC day of a timestamp, as text that compares like the ISO days of the periods. */
const utcDay = (column: string): RawBuilder<string> =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD')`;

const within = (day: string | null, period: ReportingPeriod) =>
  day !== null && period.start <= day && day <= period.end;

const byDate = <T extends PeriodRecord>(rows: T[]) =>
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));

/**
 * The partner's records of a period, computed live from what the caller may see (an observer
 * sees no draft practice, draft action plan or merely expected improvement): the facts its
 * contribution is written from.
 */
export async function partnerRecords(
  ctx: ProjectCtx,
  partnerId: string,
  period: ReportingPeriod,
): Promise<PartnerRecords> {
  const base = `/projects/${ctx.access.projectId}`;
  const { start, end } = period;
  const [hosted, attended, practices, deliverables, actions, improvements] = await Promise.all([
    eventsQuery(ctx)
      .select(["e.id", "e.title", "e.start_date as date"])
      .where("e.host_partner_id", "=", partnerId)
      .where("e.start_date", ">=", start)
      .where("e.start_date", "<=", end)
      .execute(),
    eventsQuery(ctx)
      .select(["e.id", "e.title", "e.start_date as date"])
      .where("e.host_partner_id", "<>", partnerId)
      .where("e.start_date", ">=", start)
      .where("e.start_date", "<=", end)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("learning_event_participants as p")
            .select("p.id")
            .whereRef("p.event_id", "=", "e.id")
            .where("p.partner_id", "=", partnerId),
        ),
      )
      .execute(),
    practicesQuery(ctx)
      .select([
        "good_practices.id",
        "good_practices.title",
        "good_practices.status",
        "good_practices.validated_on as validatedOn",
        utcDay("good_practices.created_at").as("createdOn"),
      ])
      .where("good_practices.owner_partner_id", "=", partnerId)
      .execute(),
    ctx.db
      .selectFrom("deliverables as d")
      .select((eb) => [
        "d.id",
        "d.code",
        "d.title",
        "d.status",
        "d.due_date as dueDate",
        eb
          .selectFrom("deliverable_events as ev")
          .select(utcDay("ev.at").as("day"))
          .whereRef("ev.deliverable_id", "=", "d.id")
          .where("ev.to_status", "=", "approved")
          .orderBy("ev.at", "desc")
          .limit(1)
          .as("approvedOn"),
      ])
      .where("d.project_id", "=", ctx.access.projectId)
      .where("d.responsible_partner_id", "=", partnerId)
      .execute(),
    actionsQuery(ctx)
      .leftJoin("action_progress as m", (j) =>
        j.onRef("m.action_id", "=", "actions.id").on("m.period_number", "=", period.number),
      )
      .select([
        "actions.id",
        "actions.title",
        "actions.status",
        "actions.start_date as startDate",
        "actions.end_date as endDate",
        "action_plans.id as planId",
        "m.progress",
        "m.percent",
        "m.comment",
      ])
      .where("action_plans.partner_id", "=", partnerId)
      .execute(),
    improvementsQuery(ctx)
      .select([
        "policy_improvements.id",
        "policy_improvements.title",
        "policy_improvements.status",
        "policy_improvements.validated_on as validatedOn",
        utcDay("policy_improvements.achieved_at").as("achievedOn"),
      ])
      .where("policy_improvements.partner_id", "=", partnerId)
      .execute(),
  ]);

  const event = (e: { id: string; title: string; date: string }): PeriodRecord => ({
    ...e,
    status: null,
    href: `${base}/learning/${e.id}`,
  });
  // Validation is the later, weightier fact: it dates a record whenever it falls in the period.
  const dated = (validatedOn: string | null, other: string | null) =>
    within(validatedOn, period) ? validatedOn : within(other, period) ? other : null;

  return {
    eventsHosted: byDate(hosted.map(event)),
    eventsAttended: byDate(attended.map(event)),
    goodPractices: byDate(
      practices.flatMap((p) => {
        const date = dated(p.validatedOn, p.createdOn);
        return date
          ? [
              {
                id: p.id,
                title: p.title,
                date,
                status: p.status,
                href: `${base}/practices/${p.id}`,
              },
            ]
          : [];
      }),
    ),
    deliverables: byDate(
      deliverables.flatMap((d) => {
        const approvedOn = d.approvedOn ?? null;
        const date = within(d.dueDate, period)
          ? d.dueDate
          : within(approvedOn, period)
            ? approvedOn
            : null;
        if (!date) return [];
        const href = `${base}/deliverables/${d.id}`;
        return [{ ...d, approvedOn, date, href }];
      }),
    ),
    actions: byDate(
      actions.flatMap((a) => {
        const monitored = a.progress !== null;
        const running =
          a.startDate !== null && a.startDate <= end && (a.endDate === null || a.endDate >= start);
        if (!monitored && !running) return [];
        return [
          {
            id: a.id,
            title: a.title,
            date: a.startDate ?? start,
            status: a.status,
            href: `${base}/action-plans/${a.planId}#action-${a.id}`,
            monitoring:
              a.progress !== null && a.percent !== null
                ? { progress: a.progress, percent: a.percent, comment: a.comment ?? "" }
                : null,
          },
        ];
      }),
    ),
    improvements: byDate(
      improvements.flatMap((i) => {
        const date = dated(i.validatedOn, i.achievedOn);
        return date
          ? [
              {
                id: i.id,
                title: i.title,
                date,
                status: i.status,
                href: `${base}/improvements/${i.id}`,
              },
            ]
          : [];
      }),
    ),
  };
}
