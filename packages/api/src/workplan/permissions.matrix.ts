import { readTargets, TARGET_KEYS } from "../shared/project-targets";
import { EDITOR_ROLES, LEAD_ROLES, READ_ROLES, type Role, STAFF_ROLES } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";
import { type WorkplanFixtures, workplanFixtures } from "../testing/workplan-fixtures";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for the work plan. Fixture deliverables belong to Region Stockholm,
 * the partner editor's partner, so its editor may start and submit them. Fixture comments are
 * written by that editor: only the author edits (`roles` lists who succeeds with this input;
 * a viewer editing their own comment is covered by the comments tests), and the author or a
 * lead coordinator deletes.
 */
export function workplanEntries(docs: () => DocumentFixtures): Record<string, Entry> {
  let made: WorkplanFixtures | undefined;
  const wp = (f: Fixtures) => {
    made ??= workplanFixtures(f, docs());
    return made;
  };
  const read = [...READ_ROLES];
  const lead = [...LEAD_ROLES];
  const project = (f: Fixtures) => ({ projectId: f.projectA.id });
  const deliverable = (f: Fixtures, fields: Record<string, unknown>) => ({
    ...project(f),
    code: wp(f).uniqueCode(),
    title: "Thematic seminar on SME access to hospitals",
    description: "",
    kind: "deliverable",
    activityId: null,
    responsiblePartnerId: f.partnersA.se,
    contributingPartnerIds: [f.partnersA.it],
    dueDate: "2026-10-31",
    targetValue: null,
    achievedValue: null,
    ...fields,
  });
  const workPackage = (f: Fixtures) => ({
    title: "Communication and stakeholder engagement",
    objectives: "Make the results known",
    leadPartnerId: f.partnersA.it,
    startDate: "2025-03-01",
    endDate: "2029-02-28",
  });
  const activity = async (f: Fixtures) => ({
    workPackageId: (await wp(f).sharedWorkPackage()).id,
    title: "Study visit to Stockholm MED-X",
    description: "",
    partnerIds: [f.partnersA.se],
    startDate: "2026-01-01",
    endDate: "2026-06-30",
  });
  const inStatus = (status: "planned" | "in_progress" | "submitted") => async (f: Fixtures) => {
    const d = await wp(f).newDeliverable({ status });
    return { ...project(f), deliverableId: d.id, version: d.version };
  };
  const someDeliverable = async (f: Fixtures) => ({
    ...project(f),
    deliverableId: (await wp(f).newDeliverable({ status: "submitted" })).id,
  });

  return {
    "workPackages.list": { roles: read, input: project },
    "workPackages.get": {
      roles: read,
      input: async (f) => ({ ...project(f), workPackageId: (await wp(f).sharedWorkPackage()).id }),
    },
    "workPackages.create": {
      roles: lead,
      input: (f) => ({ ...project(f), ...workPackage(f), number: wp(f).uniqueNumber() }),
    },
    "workPackages.update": {
      roles: lead,
      input: async (f) => {
        const w = await wp(f).newWorkPackage();
        return {
          ...project(f),
          ...workPackage(f),
          number: w.number,
          workPackageId: w.id,
          version: w.version,
        };
      },
    },
    "workPackages.delete": {
      roles: lead,
      input: async (f) => {
        const w = await wp(f).newWorkPackage();
        return { ...project(f), workPackageId: w.id, version: w.version };
      },
    },
    "activities.list": { roles: read, input: project },
    "activities.create": {
      roles: lead,
      input: async (f) => ({ ...project(f), ...(await activity(f)) }),
    },
    "activities.update": {
      roles: lead,
      input: async (f) => {
        const a = await wp(f).newActivity();
        return { ...project(f), ...(await activity(f)), activityId: a.id, version: a.version };
      },
    },
    "activities.delete": {
      roles: lead,
      input: async (f) => {
        const a = await wp(f).newActivity();
        return { ...project(f), activityId: a.id, version: a.version };
      },
    },
    "deliverables.list": { roles: read, input: (f) => ({ ...project(f), status: ["submitted"] }) },
    "deliverables.get": { roles: read, input: someDeliverable },
    "deliverables.history": { roles: read, input: someDeliverable },
    "deliverables.create": {
      roles: lead,
      input: async (f) => deliverable(f, { workPackageId: (await wp(f).sharedWorkPackage()).id }),
    },
    "deliverables.update": {
      roles: lead,
      input: async (f) => {
        const d = await wp(f).newDeliverable({ status: "in_progress" });
        return {
          ...deliverable(f, { workPackageId: (await wp(f).sharedWorkPackage()).id }),
          code: d.code,
          deliverableId: d.id,
          version: d.version,
        };
      },
    },
    "deliverables.delete": { roles: lead, input: inStatus("planned") },
    "deliverables.start": { roles: [...EDITOR_ROLES], input: inStatus("planned") },
    "deliverables.submit": {
      roles: [...EDITOR_ROLES],
      input: async (f) => ({
        ...(await inStatus("in_progress")(f)),
        note: "Final version",
        documentIds: [(await docs().newDocument({ ownerPartnerId: f.partnersA.se })).id],
      }),
    },
    "deliverables.requestChanges": {
      roles: lead,
      input: async (f) => ({ ...(await inStatus("submitted")(f)), comment: "Add the agenda" }),
    },
    "deliverables.approve": { roles: lead, input: inStatus("submitted") },
    "deliverables.comments.list": { roles: read, input: someDeliverable },
    "deliverables.comments.people": { roles: [...STAFF_ROLES], input: project },
    "deliverables.comments.add": {
      roles: [...STAFF_ROLES],
      input: async (f) => ({
        ...(await someDeliverable(f)),
        body: "@Anna Berg the agenda is missing",
      }),
    },
    "deliverables.comments.edit": {
      roles: ["partner_editor"],
      input: async (f) => {
        const c = await wp(f).newComment();
        return { ...project(f), commentId: c.id, body: "Corrected text", version: c.version };
      },
    },
    "deliverables.comments.delete": {
      roles: ["admin", "lead_coordinator", "partner_editor"],
      input: async (f) => {
        const c = await wp(f).newComment();
        return { ...project(f), commentId: c.id, version: c.version };
      },
    },
    "desk.summary": { roles: read, input: project },
    "desk.learning": { roles: read, input: project },
    "desk.setLearningTargets": {
      roles: lead,
      input: async (f) => {
        const ctx = await docs().projectCtxFor(f.users.lead_coordinator.id);
        const { version } = await readTargets(ctx.db, f.projectA.id, TARGET_KEYS);
        return { ...project(f), events: 12, peerReviews: null, practices: 20, version };
      },
    },
    "deliverables.remind": {
      roles: lead,
      input: async (f) => {
        const d = await wp(f).newDeliverable({ status: "in_progress" });
        return { ...project(f), deliverableIds: [d.id], note: "" };
      },
    },
  };
}
