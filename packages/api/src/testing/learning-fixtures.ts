import type { GoodPracticeStatus } from "@consortia/db";
import { createEvent, type EventInput } from "../learning/events";
import { addInterest } from "../learning/interests";
import { addParticipant } from "../learning/participants";
import type { Transition } from "../learning/practice-transitions";
import { transition } from "../learning/practice-workflow";
import type { PracticeInput } from "../learning/practices";
import { createPractice } from "../learning/practices";
import { addRecommendation } from "../learning/recommendations";
import { documentFixtures } from "./document-fixtures";
import type { Harness } from "./harness";

export type LearningFixtures = ReturnType<typeof learningFixtures>;

/** The steps from a draft to each status, and who takes them. */
const PATH: Record<GoodPracticeStatus, Transition[]> = {
  draft: [],
  submitted: ["submit"],
  returned: ["submit", "return"],
  approved: ["submit", "approve"],
  validated: ["submit", "approve", "validate"],
  published: ["submit", "approve", "validate", "publish"],
};

/** Learning events and good practices made through the real services, for tests. */
export function learningFixtures(h: Harness) {
  const { projectCtxFor } = documentFixtures(h);
  const lead = () => h.f.users.lead_coordinator.id;

  function eventInput(o: Partial<EventInput> = {}): EventInput {
    return {
      kind: "study_visit",
      title: h.f.unique("Study visit "),
      hostPartnerId: h.f.partnersA.se,
      startDate: "2026-03-10",
      endDate: "2026-03-11",
      online: false,
      city: "Stockholm",
      country: "SE",
      themes: ["sme access"],
      policyInstrument: null,
      summary: "",
      policyChallenge: null,
      findings: null,
      ...o,
    };
  }

  async function newEvent(o: Partial<EventInput> & { by?: string } = {}) {
    const { by, ...fields } = o;
    const ctx = await projectCtxFor(by ?? lead());
    return createEvent(ctx, eventInput(fields));
  }

  const newPeerReview = (o: Partial<EventInput> = {}) =>
    newEvent({
      kind: "peer_review",
      title: h.f.unique("Peer review "),
      policyChallenge: "How to open hospital procurement to SMEs",
      ...o,
    });

  async function newGuest(eventId: string, o: { partnerId?: string | null } = {}) {
    return addParticipant(await projectCtxFor(lead()), {
      eventId,
      userId: null,
      guestName: h.f.unique("Guest "),
      guestOrganisation: "Karolinska University Hospital",
      partnerId: o.partnerId === undefined ? h.f.partnersA.se : o.partnerId,
      country: null,
      role: "stakeholder",
      increasedCapacity: null,
    });
  }

  async function newRecommendation(eventId: string, text = h.f.unique("Recommendation ")) {
    return addRecommendation(await projectCtxFor(lead()), { eventId, text });
  }

  function practiceInput(o: Partial<PracticeInput> = {}): PracticeInput {
    return {
      ownerPartnerId: h.f.partnersA.se,
      title: h.f.unique("Speed dating between companies and care providers "),
      summary: "Clinicians meet companies in short prepared meetings.",
      locationCountry: "SE",
      locationRegion: "Stockholm",
      locationCity: "Stockholm",
      mainInstitution: "Region Stockholm",
      description: "Twice a year clinical departments present needs to companies.",
      resourcesNeeded: "A facilitator and a small pilot fund.",
      timescale: "Since 2014",
      evidenceOfSuccess: "40 pilots, 9 purchases.",
      difficulties: "Clinicians' time.",
      potentialForTransfer: "High.",
      furtherInformation: "",
      contactName: "Anna Berg",
      contactEmail: "anna.berg@consortia.demo",
      themes: ["sme access"],
      ...o,
    };
  }

  /** A practice taken through the real workflow to `status` (by the lead, and an observer validating). */
  async function newPractice(
    o: Partial<PracticeInput> & { status?: GoodPracticeStatus; by?: string } = {},
  ) {
    const { status = "draft", by, ...fields } = o;
    const created = await createPractice(await projectCtxFor(by ?? lead()), practiceInput(fields));
    let version = created.version;
    for (const step of PATH[status]) {
      const actor = step === "validate" ? h.f.users.observer.id : lead();
      const done = await transition(await projectCtxFor(actor), step, {
        goodPracticeId: created.id,
        version,
        comment: step === "return" ? "Add figures to the evidence of success" : undefined,
        validatedOn: step === "validate" ? "2026-06-30" : undefined,
      });
      version = done.version;
    }
    return { id: created.id, version, status };
  }

  async function newInterest(goodPracticeId: string, partnerId: string) {
    return addInterest(await projectCtxFor(lead()), { goodPracticeId, partnerId, note: "" });
  }

  return {
    projectCtxFor,
    eventInput,
    newEvent,
    newPeerReview,
    newGuest,
    newRecommendation,
    practiceInput,
    newPractice,
    newInterest,
  };
}
