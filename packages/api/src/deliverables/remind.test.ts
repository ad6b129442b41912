import { describe, expect } from "vitest";
import { logger } from "../logger";
import { notificationsDispatchJob } from "../notifications/notification-jobs";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";

const clock = new Date("2026-11-23T09:00:00Z");
const dispatch = (h: Harness) =>
  notificationsDispatchJob.handle({}, { deps: h.deps, now: () => clock, log: logger, jobId: "t" });
const reminderEvents = (h: Harness, ids: string[]) =>
  h.db
    .selectFrom("notification_events")
    .select(["entity_id", "recipient_ids"])
    .where("kind", "=", "deliverable_reminder")
    .where("entity_id", "in", ids)
    .execute();

describe("deliverables.remind (the desk's bulk reminder)", () => {
  it("reminds the responsible partner's editors of each open deliverable, once, and says what it skipped", async ({
    h,
    workplan: wp,
  }) => {
    const { lead_coordinator: lead, partner_editor: editor, partner_viewer: viewer } = h.f.users;
    const projectId = h.f.projectA.id;
    const open = await wp.newDeliverable({ status: "in_progress" });
    const planned = await wp.newDeliverable({ status: "planned" });
    const handedIn = await wp.newDeliverable({ status: "submitted" });
    const caller = await h.callerFor(lead.id);
    const result = await caller.deliverables.remind({
      projectId,
      deliverableIds: [open.id, planned.id, handedIn.id],
      note: "The programme asks for these before the report.",
    });
    expect(result.reminded.map((r) => r.code).sort()).toEqual([open.code, planned.code].sort());
    expect(result.skipped).toEqual([
      { deliverableId: handedIn.id, code: handedIn.code, reason: "already submitted" },
    ]);
    const events = await reminderEvents(h, [open.id, planned.id, handedIn.id]);
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.recipient_ids).toContain(editor.id);
      expect(e.recipient_ids).not.toContain(viewer.id);
      expect(e.recipient_ids).not.toContain(lead.id);
    }

    await dispatch(h);
    const mine = await h.db
      .selectFrom("notifications")
      .select(["kind", "title", "body", "link"])
      .where("user_id", "=", editor.id)
      .where("link", "=", `/projects/${projectId}/deliverables/${open.id}`)
      .execute();
    expect(mine).toHaveLength(1);
    expect(mine[0]?.kind).toBe("reminder");
    expect(mine[0]?.title).toContain(`Reminder: ${open.code} was due on 30 Jun 2026`);
    expect(mine[0]?.body).toContain("The programme asks for these before the report.");
    const mails = (await h.mailsTo(editor.email)).filter((m) => m.subject.includes(open.code));
    expect(mails).toHaveLength(1);

    // A second click within 12 hours sends nothing new.
    const again = await caller.deliverables.remind({
      projectId,
      deliverableIds: [open.id],
      note: "",
    });
    expect(again.reminded).toEqual([]);
    expect(again.skipped[0]?.reason).toBe("reminded in the last 12 hours");
    expect(await reminderEvents(h, [open.id])).toHaveLength(1);
    const audit = await h.db
      .selectFrom("audit_log")
      .select("entity_id")
      .where("action", "=", "remind")
      .where("entity_id", "in", [open.id, planned.id, handedIn.id])
      .execute();
    expect(audit).toHaveLength(2);
  });

  it("refuses partners and deliverables of another project, changing nothing", async ({
    h,
    workplan: wp,
  }) => {
    const projectId = h.f.projectA.id;
    const d = await wp.newDeliverable({ status: "in_progress" });
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    await expect(
      editor.deliverables.remind({ projectId, deliverableIds: [d.id], note: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    await expect(
      lead.deliverables.remind({
        projectId,
        deliverableIds: [d.id, "00000000-0000-4000-8000-000000000000"],
        note: "",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      lead.deliverables.remind({ projectId, deliverableIds: [], note: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await reminderEvents(h, [d.id])).toEqual([]);
  });
});
