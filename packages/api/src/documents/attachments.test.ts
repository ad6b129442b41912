import { randomUUID } from "node:crypto";
import { describe, expect } from "vitest";
import type { DocumentFixtures } from "../testing/document-fixtures";
import { it, outcome } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import {
  attachDocuments,
  attachDocumentsInput,
  detachDocument,
  listAttachments,
} from "./attachments";
import { trashDocuments } from "./service";

const leadCtx = (docs: DocumentFixtures, h: Harness) =>
  docs.projectCtxFor(h.f.users.lead_coordinator.id);
const idsOf = (list: { id: string }[] | undefined) => (list ?? []).map((d) => d.id).sort();

describe("attachments", () => {
  it("lists only what each caller may see", async ({ docs, h }) => {
    const { f } = h;
    const deliverable = randomUUID();
    // Owned by Stockholm unless said otherwise; the lead-only one belongs to Lombardy.
    const shared = await docs.newDocument({ visibility: "partnership" });
    const own = await docs.newDocument({ visibility: "partner" });
    const forLead = await docs.newDocument({ visibility: "lead", ownerPartnerId: f.partnersA.it });
    const all = [shared.id, own.id, forLead.id];
    const lead = await leadCtx(docs, h);
    await attachDocuments(lead, { entity: "deliverable", entityId: deliverable, documentIds: all });

    const expectations: [string, string[]][] = [
      [f.users.lead_coordinator.id, all],
      [f.users.partner_editor.id, [shared.id, own.id]], // Stockholm
      [f.users.partner_viewer.id, [shared.id, forLead.id]], // Lombardy owns the lead-only one
      [f.users.observer.id, [shared.id]],
    ];
    for (const [userId, visible] of expectations) {
      const ctx = await docs.projectCtxFor(userId);
      const got = await listAttachments(ctx, "deliverable", [deliverable]);
      expect(idsOf(got[deliverable])).toEqual([...visible].sort());
    }
  });

  it("groups by record and gives every requested record an entry", async ({ docs, h }) => {
    const lead = await leadCtx(docs, h);
    const [a, b, none] = [randomUUID(), randomUUID(), randomUUID()];
    const d1 = await docs.newDocument();
    const d2 = await docs.newDocument();
    await attachDocuments(lead, { entity: "good_practice", entityId: a, documentIds: [d1.id] });
    await attachDocuments(lead, {
      entity: "good_practice",
      entityId: b,
      documentIds: [d1.id, d2.id],
    });
    // Same id under another kind of record: not mixed in.
    await attachDocuments(lead, { entity: "learning_event", entityId: a, documentIds: [d2.id] });

    const got = await listAttachments(lead, "good_practice", [a, b, none]);
    expect(idsOf(got[a])).toEqual([d1.id]);
    expect(idsOf(got[b])).toEqual([d1.id, d2.id].sort());
    expect(got[none]).toEqual([]);
    expect(got[a]?.[0]).toMatchObject({ title: d1.title, fileName: "notes.txt" });
    expect(await listAttachments(lead, "good_practice", [])).toEqual({});
  });

  it("ignores duplicates and documents already attached", async ({ docs, h }) => {
    const lead = await leadCtx(docs, h);
    const event = randomUUID();
    const doc = await docs.newDocument();
    const first = await attachDocuments(lead, {
      entity: "learning_event",
      entityId: event,
      documentIds: [doc.id, doc.id],
    });
    const again = await attachDocuments(lead, {
      entity: "learning_event",
      entityId: event,
      documentIds: [doc.id],
    });
    expect(first.attached).toEqual([doc.id]);
    expect(again.attached).toEqual([]);
    const rows = await h.db
      .selectFrom("attachments")
      .select("id")
      .where("entity_id", "=", event)
      .execute();
    expect(rows).toHaveLength(1);
    expect(
      attachDocumentsInput.parse({
        entity: "learning_event",
        entityId: event,
        documentIds: [doc.id, doc.id],
      }).documentIds,
    ).toEqual([doc.id]);
  });

  it("refuses documents of another project, hidden from the caller, or unknown", async ({
    docs,
    h,
  }) => {
    const { f } = h;
    const record = randomUUID();
    const own = await docs.newDocument({ visibility: "partner" }); // Stockholm's
    const viewer = await docs.projectCtxFor(f.users.partner_viewer.id); // Lombardy
    expect(
      await outcome(
        attachDocuments(viewer, { entity: "action", entityId: record, documentIds: [own.id] }),
      ),
    ).toBe("NOT_FOUND");

    const memberB = await docs.projectCtxFor(f.users.memberB.id, f.projectB.id);
    const shared = await docs.newDocument({ visibility: "partnership" });
    expect(
      await outcome(
        attachDocuments(memberB, { entity: "action", entityId: record, documentIds: [shared.id] }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await outcome(
        attachDocuments(await leadCtx(docs, h), {
          entity: "action",
          entityId: record,
          documentIds: [shared.id, randomUUID()],
        }),
      ),
    ).toBe("NOT_FOUND");
    // Nothing was attached by the refused calls, not even the valid document of the last one.
    expect(await h.db.selectFrom("attachments").where("entity_id", "=", record).execute()).toEqual(
      [],
    );
    // And a record of project B never lists project A's attachments.
    await attachDocuments(await leadCtx(docs, h), {
      entity: "action",
      entityId: record,
      documentIds: [shared.id],
    });
    expect((await listAttachments(memberB, "action", [record]))[record]).toEqual([]);
  });

  it("refuses documents in the trash and hides attached ones once trashed", async ({ docs, h }) => {
    const lead = await leadCtx(docs, h);
    const report = randomUUID();
    const trashed = await docs.trashedDocument();
    const err = attachDocuments(lead, {
      entity: "progress_report",
      entityId: report,
      documentIds: [trashed.id],
    });
    await expect(err).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(err).rejects.toThrow(/in the trash/);

    const doc = await docs.newDocument();
    await attachDocuments(lead, {
      entity: "progress_report",
      entityId: report,
      documentIds: [doc.id],
    });
    await trashDocuments(lead, { documentIds: [doc.id] });
    expect((await listAttachments(lead, "progress_report", [report]))[report]).toEqual([]);
  });

  it("detaches a document, with an audit entry; an unknown attachment is not found", async ({
    docs,
    h,
  }) => {
    const { f } = h;
    const lead = await leadCtx(docs, h);
    const improvement = randomUUID();
    const doc = await docs.newDocument({ visibility: "partner" });
    const target = { entity: "policy_improvement" as const, entityId: improvement };
    await attachDocuments(lead, { ...target, documentIds: [doc.id] });

    // Lombardy's viewer cannot see Stockholm's private document, so cannot remove it either.
    const viewer = await docs.projectCtxFor(f.users.partner_viewer.id);
    expect(await outcome(detachDocument(viewer, { ...target, documentId: doc.id }))).toBe(
      "NOT_FOUND",
    );
    await detachDocument(lead, { ...target, documentId: doc.id });
    expect((await listAttachments(lead, "policy_improvement", [improvement]))[improvement]).toEqual(
      [],
    );
    expect(await outcome(detachDocument(lead, { ...target, documentId: doc.id }))).toBe(
      "NOT_FOUND",
    );
    const audit = await h.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", improvement)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["attach_document", "detach_document"]);
  });
});
