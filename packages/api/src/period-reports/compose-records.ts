import { type RawBuilder, sql } from "kysely";
import { improvementsQuery } from "../improvements";
import { COUNTED_STATUSES, eventsQuery, practiceCountDay, practicesQuery } from "../learning";
import { plansQuery } from "../policy";
import type { ReportingPeriod } from "../shared/calendar";
import type { ProjectCtx } from "../shared/service-context";
import { attachedDocuments, documentsByIds, type PartnerNames } from "./compose-documents";
import type { ReportDeliverable, ReportOutput } from "./model";

/** The UTC day of a timestamp, as text that compares like the ISO days of the periods. */
const utcDay = (column: string): RawBuilder<string> =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD')`;

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
 * Deliverables and outputs of the work plan due in the period or approved in it, with the
 * documents of the approving submission as evidence (else the ones attached to it).
 */
export async function periodDeliverables(
  full: ProjectCtx,
  w: Window,
  names: PartnerNames,
): Promise<ReportDeliverable[]> {
  const rows = await full.db
    .selectFrom("deliverables as d")
    .innerJoin("work_packages as wp", "wp.id", "d.work_package_id")
    .innerJoin("partners as p", "p.id", "d.responsible_partner_id")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("deliverable_events as ev")
          .select([utcDay("ev.at").as("day"), "ev.document_ids as documentIds"])
          .whereRef("ev.deliverable_id", "=", "d.id")
          .where("ev.to_status", "=", "approved")
          .orderBy("ev.at", "desc")
          .limit(1)
          .as("approval"),
      (j) => j.onTrue(),
    )
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
    .where("d.project_id", "=", full.access.projectId)
    .orderBy("wp.number")
    .orderBy("d.code")
    .execute();
  const inPeriod = rows.filter((d) => within(d.dueDate, w) || within(d.approvedOn, w));
  const [attached, submitted] = await Promise.all([
    attachedDocuments(
      full,
      "deliverable",
      inPeriod.map((d) => d.id),
      names,
    ),
    documentsByIds(
      full,
      inPeriod.flatMap((d) => d.documentIds ?? []),
      names,
    ),
  ]);
  return inPeriod.map(({ documentIds, approvedOn, ...d }) => {
    const fromApproval = (documentIds ?? []).flatMap((id) => {
      const doc = submitted.get(id);
      return doc ? [doc] : [];
    });
    return {
      ...d,
      approvedOn: approvedOn ?? null,
      evidence: fromApproval.length > 0 ? fromApproval : (attached[d.id] ?? []),
    };
  });
}

/**
 * The learning chain's results of the period, which every member may see: learning events
 * and peer reviews held (started), good practices counted (validated, perhaps published
 * since) in the period the indicator counts them in — `countsHere` says whether a day
 * counts in this period — action plans finalised, policy improvements achieved or validated.
 */
export async function periodOutputs(
  full: ProjectCtx,
  w: Window,
  names: PartnerNames,
  countsHere: (day: string | null) => boolean,
): Promise<ReportOutput[]> {
  const [events, practices, plans, improvements] = await Promise.all([
    eventsQuery(full)
      .select(["e.id", "e.title", "e.kind", "e.start_date as date", "host.short_name as partner"])
      .where("e.start_date", ">=", w.start)
      .where("e.start_date", "<=", w.end)
      .execute(),
    practicesQuery(full)
      .select([
        "good_practices.id",
        "good_practices.title",
        "good_practices.status",
        practiceCountDay.as("countsOn"),
        "owner.short_name as partner",
      ])
      .where("good_practices.status", "in", COUNTED_STATUSES)
      .execute(),
    plansQuery(full)
      .select([
        "action_plans.id",
        "action_plans.title",
        "action_plans.status",
        utcDay("action_plans.finalised_at").as("finalisedOn"),
        "partner.short_name as partner",
      ])
      .where("action_plans.status", "=", "final")
      .execute(),
    improvementsQuery(full)
      .select([
        "policy_improvements.id",
        "policy_improvements.title",
        "policy_improvements.status",
        "policy_improvements.validated_on as validatedOn",
        utcDay("policy_improvements.achieved_at").as("achievedOn"),
        "partner.short_name as partner",
      ])
      .where("policy_improvements.status", "in", ["achieved", "validated"])
      .execute(),
  ]);
  const dated = <T extends { id: string }>(rows: T[], day: (r: T) => string | null) =>
    rows.flatMap((r) => {
      const date = day(r);
      return date ? [{ ...r, date }] : [];
    });
  // One period per practice, the indicator's: validated in one and published in the next, it
  // is an output of the first only.
  const gp = dated(practices, (p) => (p.countsOn && countsHere(p.countsOn) ? p.countsOn : null));
  const fp = dated(plans, (p) => firstWithin(w, p.finalisedOn));
  const pi = dated(improvements, (i) => firstWithin(w, i.validatedOn, i.achievedOn));
  const [evEvents, evPractices, evImprovements] = await Promise.all([
    attachedDocuments(
      full,
      "learning_event",
      events.map((e) => e.id),
      names,
    ),
    attachedDocuments(
      full,
      "good_practice",
      gp.map((p) => p.id),
      names,
    ),
    attachedDocuments(
      full,
      "policy_improvement",
      pi.map((i) => i.id),
      names,
    ),
  ]);
  const out: ReportOutput[] = [
    ...events.map((e) => ({
      kind: e.kind === "peer_review" ? ("peer_review" as const) : ("learning_event" as const),
      id: e.id,
      title: e.title,
      partner: e.partner,
      date: e.date,
      status: null,
      evidence: evEvents[e.id] ?? [],
    })),
    ...gp.map((p) => ({
      kind: "good_practice" as const,
      id: p.id,
      title: p.title,
      partner: p.partner,
      date: p.date,
      status: p.status,
      evidence: evPractices[p.id] ?? [],
    })),
    ...fp.map((p) => ({
      kind: "action_plan" as const,
      id: p.id,
      title: p.title,
      partner: p.partner,
      date: p.date,
      status: p.status,
      evidence: [],
    })),
    ...pi.map((i) => ({
      kind: "policy_improvement" as const,
      id: i.id,
      title: i.title,
      partner: i.partner,
      date: i.date,
      status: i.status,
      evidence: evImprovements[i.id] ?? [],
    })),
  ];
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.kind.localeCompare(b.kind) ||
      a.title.localeCompare(b.title),
  );
}
