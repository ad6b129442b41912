import { readTargets } from "../shared/project-targets";
import { EDITOR_ROLES, LEAD_ROLES, READ_ROLES, type Role, VALIDATOR_ROLES } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";
import type { LearningFixtures } from "../testing/learning-fixtures";
import { attachToEvent, attachToPractice } from "./attach";
import { linkEvent } from "./practice-links";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for learning events and good practices. The partner editor of the
 * fixtures works for Region Stockholm, so the records they may change are hosted or owned by
 * it; records everyone must read are past the draft stage.
 */
export function learningEntries(
  fx: () => LearningFixtures,
  docs: () => DocumentFixtures,
): Record<string, Entry> {
  const read = [...READ_ROLES];
  const edit = [...EDITOR_ROLES];
  const lead = [...LEAD_ROLES];
  const validate = [...VALIDATOR_ROLES];
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const ownEvent = () => fx().newEvent();
  const ownReview = () => fx().newPeerReview();
  const ownDraft = () => fx().newPractice();
  const shared = (status: "submitted" | "approved" | "validated" = "submitted") =>
    fx().newPractice({ status });
  const asLead = (f: Fixtures) => fx().projectCtxFor(f.users.lead_coordinator.id);
  return {
    "learningEvents.list": { roles: read, input: (f) => ({ ...p(f), kind: "peer_review" }) },
    "learningEvents.calendar": {
      roles: read,
      input: (f) => ({ ...p(f), from: "2025-01-01", to: "2026-12-31" }),
    },
    "learningEvents.people": { roles: read, input: p },
    "learningEvents.get": {
      roles: read,
      input: async (f) => ({ ...p(f), eventId: (await ownReview()).id }),
    },
    "learningEvents.create": {
      roles: edit,
      input: (f) => ({
        ...p(f),
        ...fx().eventInput({ hostPartnerId: f.partnersA.it, city: "Milan", country: "IT" }),
      }),
    },
    "learningEvents.update": {
      roles: edit,
      input: async (f) => {
        const e = await ownEvent();
        return { ...p(f), ...fx().eventInput(), eventId: e.id, version: e.version };
      },
    },
    "learningEvents.delete": {
      roles: edit,
      input: async (f) => {
        const e = await ownEvent();
        return { ...p(f), eventId: e.id, version: e.version };
      },
    },
    "learningEvents.attachDocuments": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        eventId: (await ownEvent()).id,
        documentIds: [(await docs().newDocument()).id],
      }),
    },
    "learningEvents.detachDocument": {
      roles: edit,
      input: async (f) => {
        const [e, d] = [await ownEvent(), await docs().newDocument()];
        await attachToEvent(await asLead(f), { eventId: e.id, documentIds: [d.id] });
        return { ...p(f), eventId: e.id, documentId: d.id };
      },
    },
    "learningEvents.participants.add": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        eventId: (await ownEvent()).id,
        guestName: f.unique("Guest "),
        guestOrganisation: "Karolinska University Hospital",
        partnerId: f.partnersA.se,
        role: "stakeholder",
        increasedCapacity: true,
      }),
    },
    "learningEvents.participants.update": {
      roles: edit,
      input: async (f) => {
        const guest = await fx().newGuest((await ownEvent()).id);
        return {
          ...p(f),
          participantId: guest.id,
          version: guest.version,
          partnerId: f.partnersA.se,
          role: "speaker",
          increasedCapacity: true,
        };
      },
    },
    "learningEvents.participants.remove": {
      roles: edit,
      input: async (f) => {
        const guest = await fx().newGuest((await ownEvent()).id);
        return { ...p(f), participantId: guest.id, version: guest.version };
      },
    },
    "learningEvents.recommendations.add": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        eventId: (await ownReview()).id,
        text: "Create one entry point for SMEs",
      }),
    },
    "learningEvents.recommendations.update": {
      roles: edit,
      input: async (f) => {
        const rec = await fx().newRecommendation((await ownReview()).id);
        return {
          ...p(f),
          recommendationId: rec.id,
          version: rec.version,
          text: "Publish unmet clinical needs twice a year",
          status: "accepted",
        };
      },
    },
    "learningEvents.recommendations.reorder": {
      roles: edit,
      input: async (f) => {
        const review = await ownReview();
        const a = await fx().newRecommendation(review.id);
        const b = await fx().newRecommendation(review.id);
        return { ...p(f), eventId: review.id, recommendationIds: [b.id, a.id] };
      },
    },
    "learningEvents.recommendations.remove": {
      roles: edit,
      input: async (f) => {
        const rec = await fx().newRecommendation((await ownReview()).id);
        return { ...p(f), recommendationId: rec.id, version: rec.version };
      },
    },
    "goodPractices.list": { roles: read, input: (f) => p(f) },
    "goodPractices.get": {
      roles: read,
      input: async (f) => ({ ...p(f), goodPracticeId: (await shared()).id }),
    },
    "goodPractices.create": {
      roles: edit,
      input: (f) => ({ ...p(f), ...fx().practiceInput() }),
    },
    "goodPractices.update": {
      roles: edit,
      input: async (f) => {
        const gp = await ownDraft();
        return { ...p(f), ...fx().practiceInput(), goodPracticeId: gp.id, version: gp.version };
      },
    },
    "goodPractices.delete": {
      roles: edit,
      input: async (f) => {
        const gp = await ownDraft();
        return { ...p(f), goodPracticeId: gp.id, version: gp.version };
      },
    },
    "goodPractices.submit": {
      roles: edit,
      input: async (f) => {
        const gp = await ownDraft();
        return { ...p(f), goodPracticeId: gp.id, version: gp.version };
      },
    },
    "goodPractices.approve": {
      roles: lead,
      input: async (f) => {
        const gp = await shared("submitted");
        return { ...p(f), goodPracticeId: gp.id, version: gp.version };
      },
    },
    "goodPractices.return": {
      roles: lead,
      input: async (f) => {
        const gp = await shared("submitted");
        return { ...p(f), goodPracticeId: gp.id, version: gp.version, comment: "Add figures" };
      },
    },
    "goodPractices.validate": {
      roles: validate,
      input: async (f) => {
        const gp = await shared("approved");
        return { ...p(f), goodPracticeId: gp.id, version: gp.version, validatedOn: "2026-01-15" };
      },
    },
    "goodPractices.publish": {
      roles: lead,
      input: async (f) => {
        const gp = await shared("validated");
        return { ...p(f), goodPracticeId: gp.id, version: gp.version };
      },
    },
    "goodPractices.linkEvent": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        goodPracticeId: (await ownDraft()).id,
        eventId: (await fx().newEvent({ hostPartnerId: f.partnersA.it })).id,
      }),
    },
    "goodPractices.unlinkEvent": {
      roles: edit,
      input: async (f) => {
        const [gp, e] = [await ownDraft(), await ownEvent()];
        await linkEvent(await asLead(f), {
          goodPracticeId: gp.id,
          eventId: e.id,
        });
        return { ...p(f), goodPracticeId: gp.id, eventId: e.id };
      },
    },
    "goodPractices.attachDocuments": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        goodPracticeId: (await ownDraft()).id,
        documentIds: [(await docs().newDocument()).id],
      }),
    },
    "goodPractices.detachDocument": {
      roles: edit,
      input: async (f) => {
        const [gp, d] = [await ownDraft(), await docs().newDocument()];
        await attachToPractice(await asLead(f), {
          goodPracticeId: gp.id,
          documentIds: [d.id],
        });
        return { ...p(f), goodPracticeId: gp.id, documentId: d.id };
      },
    },
    "goodPractices.interests.add": {
      roles: edit,
      input: async (f) => {
        const gp = await fx().newPractice({ ownerPartnerId: f.partnersA.it, status: "submitted" });
        return { ...p(f), goodPracticeId: gp.id, partnerId: f.partnersA.se, note: "For RUFS" };
      },
    },
    "goodPractices.interests.remove": {
      roles: edit,
      input: async (f) => {
        const gp = await fx().newPractice({ ownerPartnerId: f.partnersA.it, status: "submitted" });
        const interest = await fx().newInterest(gp.id, f.partnersA.se);
        return { ...p(f), interestId: interest.id };
      },
    },
    "goodPractices.progress": { roles: read, input: (f) => p(f) },
    "goodPractices.setTarget": {
      roles: lead,
      input: async (f) => {
        const { version } = await readTargets((await asLead(f)).db, f.projectA.id, [
          "good_practices",
        ]);
        return { ...p(f), target: 25, version };
      },
    },
    "goodPractices.exportCheck": {
      roles: read,
      input: (f) => ({ ...p(f), status: ["validated"] }),
    },
  };
}
