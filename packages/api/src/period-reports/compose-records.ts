import { type RawBuilder, sql } from "kysely";
import { improvementsQuery } from "../improvements";
import { COUNTED_STATUSES, eventsQuery, practiceCountDay, practicesQuery } from "../learning";
import { plansQuery } from "../policy";
import type { ReportingPeriod } from "../shared/calendar";
import type { ProjectCtx } from "../shared/service-context";
import {
  approvalDocuments,
  type Evidence,
  type PartnerNames,
  periodEvidence,
} from "./compose-documents";
import type { ReportDeliverable, ReportDocument, ReportOutput } from "./model";

/** The UTC day of a timestamp, as text that compares like the ISO days of the periods. */
const utcDay = (column: string): RawBuilder<string> =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD')`;
/** The same day as a date, for comparisons in the database. */
const utcDate = (column: string): RawBuilder<string> =>
  sql<string>`(${sql.ref(column)} at time zone 'UTC')::date`;
/** The day a good practice counts on (`practiceCountDay`) as a date. */
const practiceCountDate = sql<string>`coalesce(${sql.ref("good_practices.validated_on")},
  (${sql.ref("good_practices.validated_at")} at time zone 'UTC')::date)`;

/** The days of the period that have happened by `today`. */
export type Window = { start: string; end: string };
export const windowOf = (period: ReportingPeriod, today: string): Window => ({
  start: period.start,
  end: period.end < today ? period.end : today,
});
const within = (day: string | null | undefined, w: Window): day is string =>
  typeof day === "string" && w.start <= day && day <= w.end;
/** The first of the days that falls in the window (the weightier fact first). */
const firstWithin = (w: Window, ...days: (string | null | undefined)[]) =>
  days.find((d) => within(d, w)) ?? null;

/**
 * What the period's records are read for: the caller with the lead's full view, the window,
 * and the days whose good practices the indicator counts in this period (`periodIndex`: a
 * day before the first period counts in the first, one after the last in the last, one
 * after today nowhere) — `from` null for the first period.
 */
export type PeriodScope = {
  full: ProjectCtx;
  w: Window;
  counted: { from: string | null; to: string };
  names: PartnerNames;
  /** The period's report, whose own attachments are its annexes. */
  reportId: string | null;
};

// Each list is filtered in the database; its ids, as a subquery, select its evidence in the
// same round trip, so composing takes as many statements whatever the number of records.

const deliverablesInPeriod = ({ full, w }: PeriodScope) =>
  full.db
    .selectFrom("deliverables as d")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("deliverable_events as ev")
          .select([
            utcDay("ev.at").as("day"),
            utcDate("ev.at").as("date"),
            "ev.document_ids as documentIds",
          ])
          .whereRef("ev.deliverable_id", "=", "d.id")
          .where("ev.to_status", "=", "approved")
          .orderBy("ev.at", "desc")
          .limit(1)
          .as("approval"),
      (j) => j.onTrue(),
    )
    .where("d.project_id", "=", full.access.projectId)
    .where((eb) =>
      eb.or([
        eb.between("d.due_date", w.start, w.end),
        eb.between(sql.ref("approval.date"), w.start, w.end),
      ]),
    );

const eventsInPeriod = ({ full, w }: PeriodScope) =>
  eventsQuery(full).where("e.start_date", ">=", w.start).where("e.start_date", "<=", w.end);

/** Good practices in the period the indicator counts them in (validated, perhaps published since). */
const practicesInPeriod = ({ full, counted }: PeriodScope) => {
  const q = practicesQuery(full)
    .where("good_practices.status", "in", COUNTED_STATUSES)
    .where(practiceCountDate, "<=", counted.to);
  return counted.from === null ? q : q.where(practiceCountDate, ">=", counted.from);
};

const improvementsInPeriod = ({ full, w }: PeriodScope) =>
  improvementsQuery(full)
    .where("policy_improvements.status", "in", ["achieved", "validated"])
    .where((eb) =>
      eb.or([
        eb.between("policy_improvements.validated_on", w.start, w.end),
        eb.between(utcDate("policy_improvements.achieved_at"), w.start, w.end),
      ]),
    );

const plansInPeriod = ({ full, w }: PeriodScope) =>
  plansQuery(full)
    .where("action_plans.status", "=", "final")
    .where(utcDate("action_plans.finalised_at"), ">=", w.start)
    .where(utcDate("action_plans.finalised_at"), "<=", w.end);

/**
 * The period's records with their evidence, and the report's annexes: deliverables and
 * outputs of the work plan due or approved in the period (evidence: the documents of the
 * approving submission, else the ones attached); the learning chain's results, which every
 * member may see — learning events and peer reviews held (started), good practices counted
 * in the period the indicator counts them in, action plans finalised, policy improvements
 * achieved or validated. Seven statements, sent together.
 */
export async function periodRecords(scope: PeriodScope): Promise<{
  deliverables: ReportDeliverable[];
  outputs: ReportOutput[];
  annexed: ReportDocument[];
}> {
  const nil = "00000000-0000-0000-0000-000000000000";
  const [deliverables, events, practices, plans, improvements, evidence, submitted] =
    await Promise.all([
      deliverablesInPeriod(scope)
        .innerJoin("work_packages as wp", "wp.id", "d.work_package_id")
        .innerJoin("partners as p", "p.id", "d.responsible_partner_id")
        .select([
          "d.id",
          "d.code",
          "d.title",
          "d.kind",
          "d.status",
          "d.due_date as dueDate",
          "d.target_value as targetValue",
          "d.achieved_value as achievedValue",
          "wp.number as workPackageNumber",
          "p.short_name as responsiblePartner",
          "approval.day as approvedOn",
          "approval.documentIds",
        ])
        .orderBy("wp.number")
        .orderBy("d.code")
        .execute(),
      eventsInPeriod(scope)
        .select(["e.id", "e.title", "e.kind", "e.start_date as date", "host.short_name as partner"])
        .execute(),
      practicesInPeriod(scope)
        .select([
          "good_practices.id",
          "good_practices.title",
          "good_practices.status",
          practiceCountDay.as("date"),
          "owner.short_name as partner",
        ])
        .execute(),
      plansInPeriod(scope)
        .select([
          "action_plans.id",
          "action_plans.title",
          "action_plans.status",
          utcDay("action_plans.finalised_at").as("finalisedOn"),
          "partner.short_name as partner",
        ])
        .execute(),
      improvementsInPeriod(scope)
        .select([
          "policy_improvements.id",
          "policy_improvements.title",
          "policy_improvements.status",
          "policy_improvements.validated_on as validatedOn",
          utcDay("policy_improvements.achieved_at").as("achievedOn"),
          "partner.short_name as partner",
        ])
        .execute(),
      periodEvidence(scope.full, scope.names, [
        ["deliverable", deliverablesInPeriod(scope).select("d.id")],
        ["learning_event", eventsInPeriod(scope).select("e.id")],
        ["good_practice", practicesInPeriod(scope).select("good_practices.id")],
        ["policy_improvement", improvementsInPeriod(scope).select("policy_improvements.id")],
        ["progress_report", scope.reportId ?? nil],
      ]),
      approvalDocuments(scope.full, scope.names, deliverablesInPeriod(scope).select("d.id")),
    ]);
  const attached = (entity: Evidence[0], id: string) => evidence.get(`${entity}:${id}`) ?? [];
  const reportDeliverables = deliverables.map(({ documentIds, approvedOn, ...d }) => {
    const fromApproval = (documentIds ?? []).flatMap((id) => {
      const doc = submitted.get(id);
      return doc ? [doc] : [];
    });
    return {
      ...d,
      approvedOn: approvedOn ?? null,
      evidence: fromApproval.length > 0 ? fromApproval : attached("deliverable", d.id),
    };
  });
  const w = scope.w;
  const outputs: ReportOutput[] = [
    ...events.map((e) => ({
      kind: e.kind === "peer_review" ? ("peer_review" as const) : ("learning_event" as const),
      id: e.id,
      title: e.title,
      partner: e.partner,
      date: e.date,
      status: null,
      evidence: attached("learning_event", e.id),
    })),
    ...practices.flatMap((p) =>
      p.date
        ? [
            {
              kind: "good_practice" as const,
              id: p.id,
              title: p.title,
              partner: p.partner,
              date: p.date,
              status: p.status,
              evidence: attached("good_practice", p.id),
            },
          ]
        : [],
    ),
    ...plans.flatMap((p) => {
      const date = firstWithin(w, p.finalisedOn);
      const plan = { kind: "action_plan" as const, id: p.id, title: p.title, partner: p.partner };
      return date ? [{ ...plan, date, status: p.status, evidence: [] }] : [];
    }),
    ...improvements.flatMap((i) => {
      const date = firstWithin(w, i.validatedOn, i.achievedOn);
      const evidence = attached("policy_improvement", i.id);
      const improvement = { kind: "policy_improvement" as const, id: i.id, title: i.title };
      return date ? [{ ...improvement, partner: i.partner, date, status: i.status, evidence }] : [];
    }),
  ];
  outputs.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.kind.localeCompare(b.kind) ||
      a.title.localeCompare(b.title),
  );
  return {
    deliverables: reportDeliverables,
    outputs,
    annexed: scope.reportId ? attached("progress_report", scope.reportId) : [],
  };
}
