import { bytesUpload, uploadDocument } from "../documents/upload";
import {
  achieveImprovement,
  attachImprovementEvidence,
  validateImprovement,
} from "../improvements/improvement-workflow";
import { createImprovement } from "../improvements/improvements";
import { createEvent, deleteEvent } from "../learning/events";
import { addParticipant } from "../learning/participants";
import type { Transition } from "../learning/practice-transitions";
import { transition } from "../learning/practice-workflow";
import { createPractice } from "../learning/practices";
import type { ProjectCtx } from "../shared/service-context";
import { documentFixtures } from "../testing/document-fixtures";
import type { Harness } from "../testing/harness";
import { learningFixtures } from "../testing/learning-fixtures";

/**
 * A small partnership with known records in known periods, built in project B (BLUE-PORTS,
 * 2025-01-01 to 2028-12-31: period 1 is 2025's first half, period 4 2026's second, period 5
 * 2027's first) by the real services as its lead coordinator. Instruments and action plans
 * are rows, as in the improvement fixtures, so their recorded and finalised instants can be
 * placed in a period. `NOW` is in period 4; the period-5 records have not happened yet.
 */
export const NOW = new Date("2026-11-20T12:00:00Z");

export async function buildPartnership(h: Harness) {
  const { f } = h;
  const projectId = f.projectB.id;
  const docs = documentFixtures(h);
  const learning = learningFixtures(h);
  const leadId = f.users.memberB.id;
  const ctx: ProjectCtx = await docs.projectCtxFor(leadId, projectId);
  const lead = await h.callerFor(leadId);
  const crete = f.partnerB;
  const newPartner = async (name: string, shortName: string, country: string, nutsCode: string) =>
    (
      await lead.partners.create({
        projectId,
        name,
        shortName,
        country,
        nutsCode,
        regionName: shortName,
        type: "regional_authority",
        role: "partner",
      })
    ).id;
  const sardinia = await newPartner("Autonomous Region of Sardinia", "Sardegna", "IT", "ITG2");
  const pomorskie = await newPartner("Pomorskie Voivodeship", "Pomorskie", "PL", "PL63");

  const event = (
    kind: "study_visit" | "peer_review" | "interregional_workshop",
    host: string,
    day: string,
  ) =>
    createEvent(
      ctx,
      learning.eventInput({
        kind,
        hostPartnerId: host,
        startDate: day,
        endDate: day,
        city: "Chania",
        country: "EL",
      }),
    );
  const guests = async (
    eventId: string,
    partnerId: string | null,
    capacity: boolean | null,
    n: number,
  ) => {
    for (let i = 0; i < n; i++)
      await addParticipant(ctx, {
        eventId,
        userId: null,
        guestName: f.unique("Guest "),
        guestOrganisation: "Port authority",
        partnerId,
        country: partnerId ? null : "NO",
        role: "participant",
        increasedCapacity: capacity,
      });
  };
  const e1 = await event("study_visit", crete, "2025-05-10");
  await guests(e1.id, sardinia, true, 2);
  await guests(e1.id, pomorskie, false, 1);
  await guests(e1.id, null, true, 1); // came with no partner: credited to the host
  await event("peer_review", sardinia, "2025-10-14");
  const e3 = await event("peer_review", crete, "2026-03-03");
  await guests(e3.id, pomorskie, true, 2);
  await guests(e3.id, crete, null, 1);
  await event("interregional_workshop", pomorskie, "2026-09-15");
  const e5 = await event("study_visit", sardinia, "2027-04-20");
  await guests(e5.id, sardinia, true, 1);
  const gone = await event("study_visit", crete, "2025-11-05");
  await deleteEvent(ctx, { eventId: gone.id, version: gone.version });

  const practice = async (owner: string, steps: Transition[], validatedOn?: string) => {
    const p = await createPractice(ctx, learning.practiceInput({ ownerPartnerId: owner }));
    let version = p.version;
    for (const step of steps)
      version = (await transition(ctx, step, { goodPracticeId: p.id, version, validatedOn }))
        .version;
  };
  const validated: Transition[] = ["submit", "approve", "validate"];
  await practice(crete, validated, "2025-06-20");
  await practice(sardinia, [...validated, "publish"], "2026-02-01");
  await practice(sardinia, validated, "2026-02-15");
  await practice(pomorskie, ["submit", "approve"]);
  await practice(pomorskie, validated, "2026-10-01");

  const instrument = async (partnerId: string, createdAt: string, deleted = false) =>
    h.db
      .insertInto("policy_instruments")
      .values({
        project_id: projectId,
        partner_id: partnerId,
        name: f.unique("Regional operational programme "),
        instrument_type: "growth_and_jobs_programme",
        territorial_level: "regional",
        is_main: false,
        created_by: leadId,
        created_at: new Date(`${createdAt}T09:00:00Z`),
        deleted_at: deleted ? new Date(`${createdAt}T10:00:00Z`) : null,
      })
      .returning(["id", "partner_id as partnerId"])
      .executeTakeFirstOrThrow();
  const i1 = await instrument(crete, "2025-02-01");
  const i2 = await instrument(sardinia, "2025-03-15");
  const i3 = await instrument(pomorskie, "2025-09-01");
  await instrument(pomorskie, "2025-09-02", true);

  const plan = (i: { id: string; partnerId: string }, finalisedOn: string | null) =>
    h.db
      .insertInto("action_plans")
      .values({
        project_id: projectId,
        policy_instrument_id: i.id,
        partner_id: i.partnerId,
        title: f.unique("Action plan "),
        status: finalisedOn ? "final" : "in_review",
        submitted_at: new Date("2025-12-01T09:00:00Z"),
        finalised_at: finalisedOn ? new Date(`${finalisedOn}T23:30:00Z`) : null,
        created_by: leadId,
      })
      .execute();
  await plan(i1, "2026-01-20");
  await plan(i2, "2026-05-05");
  await plan(i3, null);

  const improvement = async (
    i: { id: string; partnerId: string },
    funds: string | null,
    validatedOn: string | null,
  ) => {
    const created = await createImprovement(ctx, {
      partnerId: i.partnerId,
      policyInstrumentId: i.id,
      improvementType: "new_projects_funded",
      title: f.unique("Blue economy call "),
      description: "The programme opened a call for port circularity pilots.",
      improvementDate: "2026-01-10",
      fundsMobilisedEur: funds,
      justification: "Modelled on the Sardinian practice seen during the peer review.",
      actionIds: [],
      goodPracticeIds: [],
    });
    const doc = await uploadDocument(
      ctx,
      {
        title: f.unique("Call text "),
        description: "",
        category: "other",
        language: "en",
        tags: [],
        visibility: "partnership",
        folderId: null,
        ownerPartnerId: i.partnerId,
      },
      bytesUpload("call.txt", "The call for proposals"),
    );
    await attachImprovementEvidence(ctx, { improvementId: created.id, documentIds: [doc.id] });
    const achieved = await achieveImprovement(ctx, {
      improvementId: created.id,
      version: created.version,
    });
    if (validatedOn)
      await validateImprovement(ctx, {
        improvementId: created.id,
        version: achieved.version,
        validatedOn,
      });
  };
  await improvement(i1, "100000.50", "2026-04-10");
  await improvement(i1, "0.25", "2026-08-01");
  await improvement(i2, null, "2026-09-30");
  await improvement(i3, "5000.00", null);

  return { projectId, ctx, lead, partners: { crete, sardinia, pomorskie } };
}
