import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import { submitDeliverable } from "./deliverable-workflow";

const callers = async (h: Harness) => ({
  lead: await h.callerFor(h.f.users.lead_coordinator.id),
  editor: await h.callerFor(h.f.users.partner_editor.id),
});

async function eventsFor(h: Harness, deliverableId: string) {
  return h.db
    .selectFrom("notification_events")
    .selectAll()
    .where("entity_id", "=", deliverableId)
    .orderBy("created_at")
    .execute();
}

describe("deliverable workflow", () => {
  it("runs planned → in progress → submitted → changes requested → resubmitted → approved", async ({
    docs,
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const { lead, editor } = await callers(h);
    const projectId = f.projectA.id;
    const d = await wp.newDeliverable();
    const first = await docs.newDocument({ ownerPartnerId: f.partnersA.se, title: "Draft" });
    const second = await docs.newDocument({ ownerPartnerId: f.partnersA.se, title: "Final" });
    const ref = { projectId, deliverableId: d.id };

    let v = (await editor.deliverables.start({ ...ref, version: d.version })).version;
    v = (
      await editor.deliverables.submit({
        ...ref,
        version: v,
        note: "Draft for review",
        documentIds: [first.id],
      })
    ).version;
    v = (await lead.deliverables.requestChanges({ ...ref, version: v, comment: "Add the agenda" }))
      .version;
    v = (
      await editor.deliverables.submit({
        ...ref,
        version: v,
        note: "With the agenda",
        documentIds: [second.id],
      })
    ).version;
    const approved = await lead.deliverables.approve({ ...ref, version: v, note: "" });
    expect(approved.status).toBe("approved");

    const history = await editor.deliverables.history(ref);
    expect(history.map((e) => [e.transition, e.fromStatus, e.toStatus])).toEqual([
      ["create", null, "planned"],
      ["start", "planned", "in_progress"],
      ["submit", "in_progress", "submitted"],
      ["request_changes", "submitted", "changes_requested"],
      ["submit", "changes_requested", "submitted"],
      ["approve", "submitted", "approved"],
    ]);
    expect(history[3]?.note).toBe("Add the agenda");
    expect(history[2]?.documents.map((x) => x.title)).toEqual(["Draft"]);
    expect(history[4]?.documents.map((x) => x.title)).toEqual(["Final"]);
    expect(history[5]?.actorName).toBe("Mette Lund");

    const got = await editor.deliverables.get(ref);
    expect(got.documents.map((x) => x.title).sort()).toEqual(["Draft", "Final"]);
    expect(got.can).toMatchObject({ start: false, submit: false, review: false, edit: false });

    const audit = await h.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "deliverable")
      .where("entity_id", "=", d.id)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "create",
      "start",
      "attach_document",
      "submit",
      "request_changes",
      "attach_document",
      "submit",
      "approve",
    ]);
  });

  it("refuses transitions from the wrong state with CONFLICT and changes nothing", async ({
    docs,
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const { lead, editor } = await callers(h);
    const planned = await wp.newDeliverable();
    const ref = { projectId: f.projectA.id, deliverableId: planned.id, version: planned.version };
    const doc = await docs.newDocument({ ownerPartnerId: f.partnersA.se });
    // Thunks, run one by one: a call started early could reject before anyone awaits it.
    const attempts = [
      () => editor.deliverables.submit({ ...ref, note: "", documentIds: [doc.id] }),
      () => lead.deliverables.approve({ ...ref, note: "" }),
      () => lead.deliverables.requestChanges({ ...ref, comment: "Too early" }),
    ];
    for (const attempt of attempts) {
      const err = await trpcError(attempt());
      expect(err.code).toBe("CONFLICT");
      expect(err.message).toMatch(/is planned; only a deliverable that is/);
    }
    const approved = await wp.newDeliverable({ status: "approved" });
    const again = await trpcError(
      editor.deliverables.start({
        projectId: f.projectA.id,
        deliverableId: approved.id,
        version: approved.version,
        note: "",
      }),
    );
    expect(again.code).toBe("CONFLICT");
    const row = await h.db
      .selectFrom("deliverables")
      .select(["status", "version"])
      .where("id", "=", planned.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "planned", version: planned.version });
    const attached = await h.db
      .selectFrom("attachments")
      .select("id")
      .where("entity_id", "=", planned.id)
      .execute();
    expect(attached).toEqual([]);
  });

  it("answers a stale version with CONFLICT, and a lost race leaves no evidence attached", async ({
    docs,
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const { editor } = await callers(h);
    const d = await wp.newDeliverable({ status: "in_progress" });
    const doc = await docs.newDocument({ ownerPartnerId: f.partnersA.se });
    const stale = await trpcError(
      editor.deliverables.submit({
        projectId: f.projectA.id,
        deliverableId: d.id,
        version: d.version - 1,
        note: "",
        documentIds: [doc.id],
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/changed by someone else/);
    // Two people submit from the same copy: one wins; the other attaches nothing (one transaction).
    const other = await docs.newDocument({ ownerPartnerId: f.partnersA.se, title: "Loser" });
    const ctx = await wp.asEditor();
    const results = await Promise.allSettled([
      submitDeliverable(ctx, {
        deliverableId: d.id,
        version: d.version,
        note: "",
        documentIds: [doc.id],
        achievedValue: null,
      }),
      submitDeliverable(ctx, {
        deliverableId: d.id,
        version: d.version,
        note: "",
        documentIds: [other.id],
        achievedValue: null,
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const attached = await h.db
      .selectFrom("attachments")
      .select("document_id")
      .where("entity_id", "=", d.id)
      .execute();
    expect(attached).toHaveLength(1);
  });

  it("lets only the responsible partner's editors and lead coordinators start and submit", async ({
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const lombardy = await wp.newDeliverable({ responsiblePartnerId: f.partnersA.it });
    const { editor } = await callers(h);
    const err = await trpcError(
      editor.deliverables.start({
        projectId: f.projectA.id,
        deliverableId: lombardy.id,
        version: lombardy.version,
        note: "",
      }),
    );
    expect(err.code).toBe("FORBIDDEN");
    const lombardyEditor = await f.newMember({ role: "partner_editor", partnerId: f.partnersA.it });
    const giulia = await h.callerFor(lombardyEditor.id);
    await expect(
      giulia.deliverables.start({
        projectId: f.projectA.id,
        deliverableId: lombardy.id,
        version: lombardy.version,
        note: "",
      }),
    ).resolves.toMatchObject({ status: "in_progress" });
  });

  it("does not attach a document the submitter cannot see", async ({ docs, h, workplan: wp }) => {
    const { f } = h;
    const { editor } = await callers(h);
    const d = await wp.newDeliverable({ status: "in_progress" });
    const hidden = await docs.newDocument({
      ownerPartnerId: f.partnersA.it,
      visibility: "partner",
    });
    const err = await trpcError(
      editor.deliverables.submit({
        projectId: f.projectA.id,
        deliverableId: d.id,
        version: d.version,
        note: "",
        documentIds: [hidden.id],
      }),
    );
    expect(err.code).toBe("NOT_FOUND");
    const none = await trpcError(
      editor.deliverables.submit({
        projectId: f.projectA.id,
        deliverableId: d.id,
        version: d.version,
        note: "",
        documentIds: [],
      }),
    );
    expect(none.code).toBe("BAD_REQUEST");
    expect(none.cause).toMatchObject({
      issues: [expect.objectContaining({ path: ["documentIds"] })],
    });
  });

  it("records a notification event for each transition, addressed to the right people", async ({
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const d = await wp.newDeliverable({ status: "changes_requested" });
    const events = await eventsFor(h, d.id);
    expect(events.map((e) => e.kind)).toEqual([
      "deliverable_started",
      "deliverable_submitted",
      "deliverable_changes_requested",
    ]);
    const [started, submitted, sentBack] = events;
    expect(started?.actor_id).toBe(f.users.partner_editor.id);
    expect(submitted?.recipient_ids).toEqual([f.users.lead_coordinator.id]);
    expect(sentBack?.actor_id).toBe(f.users.lead_coordinator.id);
    expect(sentBack?.recipient_ids).toEqual([f.users.partner_editor.id]);
    expect(sentBack?.data).toMatchObject({ code: d.code, note: "Add the list of peers" });
    expect(events.every((e) => e.processed_at === null)).toBe(true);
  });

  it("asks outputs for the value achieved, and only outputs", async ({ docs, h, workplan: wp }) => {
    const { f } = h;
    const { editor } = await callers(h);
    const output = await wp.newDeliverable({ kind: "output", status: "in_progress" });
    const doc = await docs.newDocument({ ownerPartnerId: f.partnersA.se });
    const ref = { projectId: f.projectA.id, deliverableId: output.id, version: output.version };
    const missing = await trpcError(
      editor.deliverables.submit({ ...ref, note: "", documentIds: [doc.id] }),
    );
    expect(missing.code).toBe("BAD_REQUEST");
    expect(missing.cause).toMatchObject({ fieldErrors: { achievedValue: [expect.any(String)] } });
    const done = await editor.deliverables.submit({
      ...ref,
      note: "",
      documentIds: [doc.id],
      achievedValue: 7,
    });
    expect(done.achievedValue).toBe(7);
  });

  it("keeps submitted deliverables in the plan: delete is for planned and started ones", async ({
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const { lead } = await callers(h);
    const submitted = await wp.newDeliverable({ status: "submitted" });
    const err = await trpcError(
      lead.deliverables.delete({
        projectId: f.projectA.id,
        deliverableId: submitted.id,
        version: submitted.version,
      }),
    );
    expect(err.code).toBe("CONFLICT");
    const started = await wp.newDeliverable({ status: "in_progress" });
    await lead.deliverables.delete({
      projectId: f.projectA.id,
      deliverableId: started.id,
      version: started.version,
    });
    const gone = await trpcError(
      lead.deliverables.get({ projectId: f.projectA.id, deliverableId: started.id }),
    );
    expect(gone.code).toBe("NOT_FOUND");
  });
});
