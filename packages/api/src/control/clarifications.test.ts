import { describe, expect } from "vitest";
import { handleDownload } from "../documents/http";
import { it, test } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import { finishTestControl, testControl } from "./test-control";

test.beforeAll(({ h }) => {
  expect(h.f.projectA.id).toBeTruthy();
});

const notificationsOf = (h: Harness, userId: string) =>
  h.db
    .selectFrom("notifications")
    .select(["title", "link"])
    .where("user_id", "=", userId)
    .execute();

describe("clarification rounds", () => {
  it("the controller asks, the partner answers with a document the controller can then download", async ({
    h,
    docs,
    projectId,
  }) => {
    const c = await testControl(h, h.f.partnersA.se, 1);
    const ctl = await h.callerFor(h.f.users.controller.id);
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    const asked = await ctl.controlClarifications.ask({
      projectId,
      controlId: c.id,
      question: "Please send the invoice of the equipment",
      itemId: c.itemIds[1] ?? null,
      dueOn: "2099-01-31",
    });
    const link = `/projects/${projectId}/finance/control/${c.id}/clarifications`;
    expect(await notificationsOf(h, h.f.users.partner_editor.id)).toContainEqual({
      title: "The controller asks Region Stockholm for a clarification",
      link,
    });
    const invoice = await docs.newDocument({
      by: h.f.users.partner_editor.id,
      visibility: "partner",
      title: "Invoice 2026-117",
      bytes: "Invoice for the ultrasound scanner",
    });
    const download = async () => {
      const ctx = await h.contextFor(await h.sessionFor(h.f.users.controller.id));
      const url = `http://consortia.test/api/projects/${projectId}/documents/${invoice.id}/file`;
      return handleDownload(ctx, projectId, invoice.id, new Request(url));
    };
    expect((await download()).status).toBe(404);
    const seen = await editor.controlClarifications.list({ projectId, controlId: c.id });
    expect(seen.can).toEqual({ ask: false, answer: true });
    expect(seen.library.map((d) => d.id)).toContain(invoice.id);
    expect(seen.rounds?.[0]).toMatchObject({
      question: "Please send the invoice of the equipment",
      item: { id: c.itemIds[1], number: 2 },
      status: "awaiting_answer",
      dueOn: "2099-01-31",
    });
    // A document of another partner cannot be attached.
    const elsewhere = await docs.newDocument({
      ownerPartnerId: h.f.partnersA.it,
      visibility: "partnership",
    });
    const before = await h.auditCount();
    const refused = await trpcError(
      editor.controlClarifications.answer({
        projectId,
        clarificationId: asked.id,
        version: asked.version,
        answer: "Here",
        documentIds: [elsewhere.id],
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(await h.auditCount()).toBe(before);

    const answered = await editor.controlClarifications.answer({
      projectId,
      clarificationId: asked.id,
      version: asked.version,
      answer: "The invoice is attached",
      documentIds: [invoice.id],
    });
    expect(await notificationsOf(h, h.f.users.controller.id)).toContainEqual({
      title: "Region Stockholm answered your question",
      link,
    });
    const res = await download();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("Invoice for the ultrasound scanner");
    const forController = await ctl.controlClarifications.list({ projectId, controlId: c.id });
    expect(forController.rounds?.[0]).toMatchObject({
      status: "answered",
      answer: "The invoice is attached",
      answeredBy: "Anna Berg",
      documents: [{ id: invoice.id, title: "Invoice 2026-117" }],
    });
    expect(forController.items).toHaveLength(2);

    // A stale answer is refused; the lead sees how many rounds there are, not what they say.
    const stale = await trpcError(
      editor.controlClarifications.answer({
        projectId,
        clarificationId: asked.id,
        version: asked.version,
        answer: "Again",
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    const totals = await lead.controlClarifications.list({ projectId, controlId: c.id });
    expect(totals.rounds).toBeNull();
    expect(totals.summary).toEqual({
      total: 1,
      awaitingAnswer: 0,
      answered: 1,
      closed: 0,
      overdue: 0,
    });

    // A follow-up closes the round it follows; a closed round takes no answer.
    const follow = await ctl.controlClarifications.ask({
      projectId,
      controlId: c.id,
      question: "The invoice is not signed: please send the signed copy",
      followUp: { clarificationId: asked.id, version: answered.version },
    });
    const after = await ctl.controlClarifications.list({ projectId, controlId: c.id });
    expect(after.rounds?.map((r) => r.status)).toEqual(["closed", "awaiting_answer"]);
    expect(after.rounds?.[1]?.item?.id).toBe(c.itemIds[1]);
    const closed = await trpcError(
      editor.controlClarifications.answer({
        projectId,
        clarificationId: asked.id,
        version: answered.version + 1,
        answer: "Late",
      }),
    );
    expect(closed.code).toBe("CONFLICT");
    const shut = await ctl.controlClarifications.close({
      projectId,
      clarificationId: follow.id,
      version: follow.version,
    });
    expect(shut.closed_at).toBeInstanceOf(Date);
  });

  it("refuses other partners' people and controllers, bad input, and a finished control, changing nothing", async ({
    h,
    projectId,
  }) => {
    const c = await testControl(h, h.f.partnersA.se, 2);
    const ctl = await h.callerFor(h.f.users.controller.id);
    const other = await h.f.newMember({ role: "controller" });
    await h.db
      .insertInto("controller_assignments")
      .values({ project_id: projectId, user_id: other.id, partner_id: h.f.partnersA.it })
      .execute();
    const asked = await ctl.controlClarifications.ask({
      projectId,
      controlId: c.id,
      question: "Timesheets?",
    });
    const before = await h.auditCount();
    const otherCtl = await h.callerFor(other.id);
    const editorIt = await h.callerFor(h.f.users.editorIt.id);
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    const codes = async (calls: Promise<unknown>[]) =>
      Promise.all(calls.map(async (p) => (await trpcError(p)).code));
    expect(
      await codes([
        otherCtl.controlClarifications.ask({ projectId, controlId: c.id, question: "Mine?" }),
        otherCtl.controlClarifications.close({
          projectId,
          clarificationId: asked.id,
          version: asked.version,
        }),
        editorIt.controlClarifications.answer({
          projectId,
          clarificationId: asked.id,
          version: asked.version,
          answer: "Not mine",
        }),
        lead.controlClarifications.answer({
          projectId,
          clarificationId: asked.id,
          version: asked.version,
          answer: "For them",
        }),
        ctl.controlClarifications.ask({
          projectId,
          controlId: c.id,
          question: "Old?",
          dueOn: "2020-01-01",
        }),
        ctl.controlClarifications.ask({
          projectId,
          controlId: c.id,
          question: "Which?",
          itemId: asked.id,
        }),
      ]),
    ).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "FORBIDDEN", "BAD_REQUEST", "BAD_REQUEST"]);
    await finishTestControl(h.db, c.id);
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    expect(
      await codes([
        ctl.controlClarifications.ask({ projectId, controlId: c.id, question: "Late?" }),
        editor.controlClarifications.answer({
          projectId,
          clarificationId: asked.id,
          version: asked.version,
          answer: "Late",
        }),
      ]),
    ).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(await h.auditCount()).toBe(before);
    const row = await h.db
      .selectFrom("control_clarifications")
      .selectAll()
      .where("id", "=", asked.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ answer: null, closed_at: null, version: 1 });
  });
});
