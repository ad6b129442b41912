import type { DeliverableKind, DeliverableStatus } from "@consortia/db";
import { addComment } from "../deliverables/comments";
import {
  approveDeliverable,
  requestChanges,
  startDeliverable,
  submitDeliverable,
} from "../deliverables/deliverable-workflow";
import { createDeliverable } from "../deliverables/deliverables";
import { createActivity } from "../workplan/activities";
import { createWorkPackage } from "../workplan/work-packages";
import type { DocumentFixtures } from "./document-fixtures";
import type { Fixtures } from "./harness";

export type WorkplanFixtures = ReturnType<typeof workplanFixtures>;

/** Work packages, activities, deliverables in any status and comments, made by the real services. */
export function workplanFixtures(f: Fixtures, docs: DocumentFixtures) {
  const asLead = () => docs.projectCtxFor(f.users.lead_coordinator.id);
  const asEditor = () => docs.projectCtxFor(f.users.partner_editor.id);
  let nextNumber = 10;
  let nextCode = 0;
  let shared: Promise<{ id: string; number: number; version: number }> | undefined;

  function newWorkPackage() {
    return asLead().then((ctx) =>
      createWorkPackage(ctx, {
        number: uniqueNumber(),
        title: f.unique("Interregional learning "),
        objectives: "",
        leadPartnerId: f.partnersA.se,
        startDate: "2025-03-01",
        endDate: "2029-02-28",
      }),
    );
  }

  /** One work package that fixture deliverables share. */
  const sharedWorkPackage = () => {
    shared ??= newWorkPackage();
    return shared;
  };

  /** An activity of the shared work package unless told otherwise. */
  async function newActivity(o: { workPackageId?: string } = {}) {
    const workPackageId = o.workPackageId ?? (await sharedWorkPackage()).id;
    return createActivity(await asLead(), {
      workPackageId,
      title: f.unique("Peer review "),
      description: "",
      partnerIds: [f.partnersA.se, f.partnersA.it],
      startDate: "2025-09-01",
      endDate: "2026-08-31",
    });
  }

  const uniqueNumber = () => nextNumber++;
  const uniqueCode = () => {
    const n = nextCode++;
    return `T${1 + Math.floor(n / 999)}.${(n % 999) + 1}`;
  };

  /** A deliverable of Region Stockholm (the partner editor's partner) unless told otherwise. */
  async function newDeliverable(
    o: {
      status?: DeliverableStatus;
      responsiblePartnerId?: string;
      kind?: DeliverableKind;
      dueDate?: string;
      workPackageId?: string;
    } = {},
  ) {
    const lead = await asLead();
    const kind = o.kind ?? "deliverable";
    const responsiblePartnerId = o.responsiblePartnerId ?? f.partnersA.se;
    const created = await createDeliverable(lead, {
      code: uniqueCode(),
      title: f.unique("Peer review report "),
      description: "",
      kind,
      workPackageId: o.workPackageId ?? (await sharedWorkPackage()).id,
      activityId: null,
      responsiblePartnerId,
      contributingPartnerIds: [],
      dueDate: o.dueDate ?? "2026-06-30",
      targetValue: kind === "output" ? 10 : null,
      achievedValue: null,
    });
    const status = o.status ?? "planned";
    const d = { id: created.id, code: created.code, version: created.version, status };
    if (status === "planned") return d;
    const partnerCtx = responsiblePartnerId === f.partnersA.se ? await asEditor() : lead;
    const step = { deliverableId: d.id, note: "" };
    d.version = (await startDeliverable(partnerCtx, { ...step, version: d.version })).version;
    if (status === "in_progress") return d;
    const doc = await docs.newDocument({ ownerPartnerId: responsiblePartnerId });
    d.version = (
      await submitDeliverable(partnerCtx, {
        ...step,
        version: d.version,
        documentIds: [doc.id],
        achievedValue: kind === "output" ? 4 : null,
      })
    ).version;
    if (status === "changes_requested")
      d.version = (
        await requestChanges(lead, { ...step, version: d.version, note: "Add the list of peers" })
      ).version;
    if (status === "approved")
      d.version = (await approveDeliverable(lead, { ...step, version: d.version })).version;
    return d;
  }

  async function newComment(o: { by?: string; deliverableId?: string; body?: string } = {}) {
    const deliverableId = o.deliverableId ?? (await newDeliverable()).id;
    const ctx = await docs.projectCtxFor(o.by ?? f.users.partner_editor.id);
    const c = await addComment(ctx, {
      deliverableId,
      parentId: null,
      body: o.body ?? "The draft is in the library.",
    });
    return { ...c, deliverableId };
  }

  return {
    asLead,
    asEditor,
    newWorkPackage,
    sharedWorkPackage,
    newActivity,
    newDeliverable,
    newComment,
    uniqueCode,
    uniqueNumber,
  };
}
