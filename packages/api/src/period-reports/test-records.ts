import { sql } from "kysely";
import { createEvent, deleteEvent } from "../learning/events";
import { addParticipant } from "../learning/participants";
import type { Transition } from "../learning/practice-transitions";
import { transition } from "../learning/practice-workflow";
import { createPractice } from "../learning/practices";
import type { ProjectCtx } from "../shared/service-context";
import { documentFixtures } from "../testing/document-fixtures";
import type { Caller, Harness } from "../testing/harness";
import { learningFixtures } from "../testing/learning-fixtures";

/** Sardinia joins project B as an ordinary partner (created by its lead coordinator). */
export async function createSardinia(lead: Caller, projectId: string): Promise<string> {
  const partner = await lead.partners.create({
    projectId,
    name: "Autonomous Region of Sardinia",
    shortName: "Sardegna",
    country: "IT",
    nutsCode: "ITG2",
    regionName: "Sardegna",
    type: "regional_authority",
    role: "partner",
  });
  return partner.id;
}

/**
 * Known records of two partners of project B (BLUE-PORTS, from 2025-01-01: period 1 is
 * 2025-01-01 to 2025-06-30, period 2 the rest of 2025), around the edges of period 1. Events
 * and practices come from the real services; rows whose instants must sit in a past period
 * (creation, approval, achievement) are written or dated directly. `in1` names what Sardegna's
 * records of period 1 must list, and nothing else.
 */
export async function buildRecords(h: Harness) {
  const { f } = h;
  const projectId = f.projectB.id;
  const leadId = f.users.memberB.id;
  const ctx: ProjectCtx = await documentFixtures(h).projectCtxFor(leadId, projectId);
  const learning = learningFixtures(h);
  const lead = await h.callerFor(leadId);
  const crete = f.partnerB;
  const sardinia = await createSardinia(lead, projectId);

  const event = async (host: string, day: string, guestsFrom: string[] = []) => {
    const e = await createEvent(
      ctx,
      learning.eventInput({ hostPartnerId: host, startDate: day, endDate: day, country: "IT" }),
    );
    for (const partnerId of guestsFrom)
      await addParticipant(ctx, {
        eventId: e.id,
        userId: null,
        guestName: f.unique("Guest "),
        guestOrganisation: "Port authority",
        partnerId,
        country: null,
        role: "participant",
        increasedCapacity: true,
      });
    return e;
  };
  const hosted = await event(sardinia, "2025-05-10");
  await event(sardinia, "2025-07-01"); // period 2
  const attended = await event(crete, "2025-06-30", [sardinia, crete]);
  await event(crete, "2025-06-20", [crete]); // nobody of Sardegna came
  const deleted = await event(crete, "2025-03-01", [sardinia]);
  await deleteEvent(ctx, { eventId: deleted.id, version: deleted.version });

  const practice = async (owner: string, createdOn: string, steps: Transition[], on?: string) => {
    const p = await createPractice(ctx, learning.practiceInput({ ownerPartnerId: owner }));
    let version = p.version;
    for (const step of steps)
      version = (await transition(ctx, step, { goodPracticeId: p.id, version, validatedOn: on }))
        .version;
    await sql`update good_practices set created_at = ${`${createdOn}T10:00:00Z`}
      where id = ${p.id}`.execute(h.db);
    return p;
  };
  const validated: Transition[] = ["submit", "approve", "validate"];
  const gpValidated = await practice(sardinia, "2024-11-02", validated, "2025-06-20");
  const gpDraft = await practice(sardinia, "2025-03-01", []);
  const gpCreated = await practice(sardinia, "2025-01-10", validated, "2025-09-01");
  await practice(sardinia, "2025-07-01", ["submit"]); // period 2
  await practice(crete, "2025-03-01", ["submit"]);

  const wp = await h.db
    .insertInto("work_packages")
    .values({
      project_id: projectId,
      number: 1,
      title: "Exchange of experience",
      lead_partner_id: crete,
      start_date: "2025-01-01",
      end_date: "2028-12-31",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const deliverable = async (code: string, partner: string, due: string, approvedAt?: string) => {
    const d = await h.db
      .insertInto("deliverables")
      .values({
        project_id: projectId,
        work_package_id: wp.id,
        code,
        title: `Deliverable ${code}`,
        kind: "deliverable",
        responsible_partner_id: partner,
        due_date: due,
        status: approvedAt ? "approved" : "in_progress",
        status_changed_at: approvedAt ?? new Date(),
      })
      .returning(["id", "code"])
      .executeTakeFirstOrThrow();
    if (approvedAt)
      await h.db
        .insertInto("deliverable_events")
        .values({
          project_id: projectId,
          deliverable_id: d.id,
          transition: "approve",
          from_status: "submitted",
          to_status: "approved",
          actor_id: leadId,
          at: approvedAt,
        })
        .execute();
    return d;
  };
  const dDue = await deliverable("D1.1", sardinia, "2025-06-30");
  const dApproved = await deliverable("D1.2", sardinia, "2025-09-30", "2025-06-30T23:30:00Z");
  await deliverable("D1.3", sardinia, "2025-07-01");
  await deliverable("D1.4", sardinia, "2025-12-31", "2025-12-15T09:00:00Z");
  await deliverable("D1.5", crete, "2025-04-30");

  const plan = async (partnerId: string) => {
    const instrument = await h.db
      .insertInto("policy_instruments")
      .values({
        project_id: projectId,
        partner_id: partnerId,
        name: f.unique("Regional programme "),
        instrument_type: "growth_and_jobs_programme",
        territorial_level: "regional",
        created_by: leadId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const p = await h.db
      .insertInto("action_plans")
      .values({
        project_id: projectId,
        policy_instrument_id: instrument.id,
        partner_id: partnerId,
        title: f.unique("Action plan "),
        status: "in_review",
        submitted_at: new Date("2025-02-01T09:00:00Z"),
        created_by: leadId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { instrumentId: instrument.id, planId: p.id };
  };
  const planS = await plan(sardinia);
  const planC = await plan(crete);
  let position = 0;
  const action = async (planId: string, from: string | null, to: string | null, p1 = false) => {
    const a = await h.db
      .insertInto("actions")
      .values({
        project_id: projectId,
        action_plan_id: planId,
        position: ++position,
        title: f.unique("Action "),
        start_date: from,
        end_date: to,
      })
      .returning(["id", "title"])
      .executeTakeFirstOrThrow();
    if (p1)
      await h.db
        .insertInto("action_progress")
        .values({
          project_id: projectId,
          action_id: a.id,
          period_number: 1,
          progress: "on_track",
          percent: 40,
          comment: "Call drafted",
        })
        .execute();
    return a;
  };
  const aMonitored = await action(planS.planId, "2025-03-01", "2025-12-31", true);
  const aUndated = await action(planS.planId, null, null, true);
  const aEarly = await action(planS.planId, "2024-10-01", "2025-01-01");
  await action(planS.planId, "2025-07-01", "2026-03-31"); // starts in period 2
  await action(planS.planId, null, null); // no dates, not monitored
  await action(planC.planId, "2025-03-01", "2025-12-31", true);

  const improvement = async (
    partnerId: string,
    instrumentId: string,
    achievedAt: string | null,
    validatedOn: string | null = null,
  ) =>
    h.db
      .insertInto("policy_improvements")
      .values({
        project_id: projectId,
        partner_id: partnerId,
        policy_instrument_id: instrumentId,
        improvement_type: "improved_management",
        title: f.unique("Improvement "),
        status: validatedOn ? "validated" : achievedAt ? "achieved" : "expected",
        achieved_at: achievedAt,
        achieved_by: achievedAt ? leadId : null,
        validated_on: validatedOn,
        validated_at: validatedOn ? `${validatedOn}T12:00:00Z` : null,
        validated_by: validatedOn ? leadId : null,
        created_by: leadId,
      })
      .returning(["id", "title"])
      .executeTakeFirstOrThrow();
  const iValidated = await improvement(
    sardinia,
    planS.instrumentId,
    "2024-12-20T10:00:00Z",
    "2025-06-15",
  );
  const iAchieved = await improvement(sardinia, planS.instrumentId, "2025-06-30T22:00:00Z");
  await improvement(sardinia, planS.instrumentId, null); // only expected
  await improvement(sardinia, planS.instrumentId, "2025-07-01T08:00:00Z");
  await improvement(crete, planC.instrumentId, "2025-05-01T08:00:00Z");

  return {
    projectId,
    lead,
    partners: { crete, sardinia },
    in1: {
      eventsHosted: [hosted.id],
      eventsAttended: [attended.id],
      goodPractices: [gpCreated.id, gpDraft.id, gpValidated.id],
      deliverables: [dDue.id, dApproved.id],
      actions: [aEarly.id, aUndated.id, aMonitored.id],
      improvements: [iValidated.id, iAchieved.id],
    },
    ids: { gpDraft: gpDraft.id, aMonitored: aMonitored.id, planS: planS.planId },
  };
}
