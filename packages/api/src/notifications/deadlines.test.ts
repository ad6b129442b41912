import { describe, expect } from "vitest";
import { logger } from "../logger";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { reminderFor } from "./deadlines";
import { notificationsDeadlinesJob, notificationsDigestJob } from "./notification-jobs";

const ctx = (h: Harness, at: string) => ({
  deps: h.deps,
  now: () => new Date(at),
  log: logger,
  jobId: "test",
});
const runAt = (h: Harness, at: string) => notificationsDeadlinesJob.handle({}, ctx(h, at));

const mailsAbout = async (h: Harness, email: string, code: string) =>
  (await h.mailsTo(email)).filter((m) => m.subject.includes(code) || m.text_body.includes(code));

const kindsOf = async (h: Harness, userId: string, deliverableId: string) =>
  (
    await h.db
      .selectFrom("notifications")
      .select("kind")
      .where("user_id", "=", userId)
      .where("link", "like", `%/deliverables/${deliverableId}`)
      .orderBy("created_at")
      .execute()
  ).map((n) => n.kind);

describe("deadline reminders", () => {
  it("maps days left to the most urgent reminder", () => {
    expect([20, 15, 14, 8, 7, 2, 1, 0, -1, -7, -8].map(reminderFor)).toEqual([
      null,
      null,
      "14d",
      "14d",
      "7d",
      "7d",
      "1d",
      "1d",
      "overdue",
      "overdue",
      null,
    ]);
  });

  it("fires 14, 7, 1 days before and when overdue, each once, for editors and lead coordinators", async ({
    h,
    workplan: wp,
  }) => {
    const { partner_editor: editor, lead_coordinator: lead, partner_viewer: viewer } = h.f.users;
    const d = await wp.newDeliverable({ status: "in_progress", dueDate: "2027-03-31" });

    await runAt(h, "2027-03-01T06:05:00Z"); // 30 days left: nothing yet
    expect(await kindsOf(h, editor.id, d.id)).toEqual([]);
    await runAt(h, "2027-03-17T06:05:00Z");
    await runAt(h, "2027-03-17T07:05:00Z"); // the next hour: nothing new
    await runAt(h, "2027-03-20T06:05:00Z"); // 11 days: still the 14-day window
    expect(await kindsOf(h, editor.id, d.id)).toEqual(["deadline_14"]);
    await runAt(h, "2027-03-24T06:05:00Z");
    await runAt(h, "2027-03-30T06:05:00Z");
    await runAt(h, "2027-03-31T06:05:00Z"); // due today: the 1-day reminder was already sent
    await runAt(h, "2027-04-01T06:05:00Z");
    await runAt(h, "2027-04-07T06:05:00Z");
    const all = ["deadline_14", "deadline_7", "deadline_1", "overdue"];
    expect(await kindsOf(h, editor.id, d.id)).toEqual(all);
    expect(await kindsOf(h, lead.id, d.id)).toEqual(all);
    // Viewers and other partners are not responsible for it.
    expect(await kindsOf(h, viewer.id, d.id)).toEqual([]);
    const sent = await h.db
      .selectFrom("deadline_reminders_sent")
      .select(["kind", "user_id"])
      .where("deliverable_id", "=", d.id)
      .where("user_id", "=", editor.id)
      .execute();
    expect(sent.map((s) => s.kind).sort()).toEqual(["14d", "1d", "7d", "overdue"]);
  });

  it("sends nothing for deliverables submitted or approved", async ({ h, workplan: wp }) => {
    const { partner_editor: editor } = h.f.users;
    const submitted = await wp.newDeliverable({ status: "submitted", dueDate: "2027-05-10" });
    const approved = await wp.newDeliverable({ status: "approved", dueDate: "2027-05-10" });
    await runAt(h, "2027-05-20T06:00:00Z");
    expect(await kindsOf(h, editor.id, submitted.id)).toEqual([]);
    expect(await kindsOf(h, editor.id, approved.id)).toEqual([]);
  });

  it("respects off, digest and immediately, and mails an immediate reminder once", async ({
    h,
    workplan: wp,
  }) => {
    const offEditor = await h.f.newMember({ role: "partner_editor", partnerId: h.f.partnersA.se });
    const digestEditor = await h.f.newMember({
      role: "partner_editor",
      partnerId: h.f.partnersA.se,
    });
    await (await h.callerFor(offEditor.id)).notifications.setPreferences({
      preferences: [
        { kind: "deadline_7", delivery: "off" },
        { kind: "deadline_1", delivery: "off" },
      ],
    });
    await (await h.callerFor(digestEditor.id)).notifications.setPreferences({
      preferences: [{ kind: "deadline_1", delivery: "daily_digest" }],
    });
    const d = await wp.newDeliverable({ status: "planned", dueDate: "2027-06-30" });

    await runAt(h, "2027-06-23T06:00:00Z"); // 7 days: digest by default
    await runAt(h, "2027-06-29T06:00:00Z"); // 1 day: immediately by default
    await runAt(h, "2027-06-29T09:00:00Z");
    expect(await kindsOf(h, offEditor.id, d.id)).toEqual([]);
    expect(await kindsOf(h, digestEditor.id, d.id)).toEqual(["deadline_7", "deadline_1"]);

    const lead = h.f.users.lead_coordinator;
    const leadMails = await mailsAbout(h, lead.email, d.code);
    expect(leadMails.map((m) => m.subject)).toEqual([`[MEDTECH-S3] ${d.code} is due in 1 day`]);
    expect(await mailsAbout(h, digestEditor.email, d.code)).toEqual([]);
    expect(await mailsAbout(h, offEditor.email, d.code)).toEqual([]);

    await notificationsDigestJob.handle({}, ctx(h, "2027-06-30T07:00:00Z"));
    const [digestMail, ...more] = await mailsAbout(h, digestEditor.email, d.code);
    expect(more).toEqual([]);
    expect(digestMail?.subject).toMatch(/^Your Consortia digest: \d+ updates$/);
    expect(digestMail?.text_body).toContain(`${d.code} is due in 7 days`);
    expect(digestMail?.text_body).toContain(`${d.code} is due in 1 day`);
    expect(await mailsAbout(h, offEditor.email, d.code)).toEqual([]);
    await notificationsDigestJob.handle({}, ctx(h, "2027-07-01T07:00:00Z"));
    expect(await mailsAbout(h, digestEditor.email, d.code)).toHaveLength(1);
  });

  it("reminds again when the deadline moves", async ({ h, workplan: wp }) => {
    const { partner_editor: editor } = h.f.users;
    const d = await wp.newDeliverable({ status: "in_progress", dueDate: "2027-09-10" });
    await runAt(h, "2027-09-09T06:00:00Z");
    await h.db
      .updateTable("deliverables")
      .set({ due_date: "2027-09-20" })
      .where("id", "=", d.id)
      .execute();
    await runAt(h, "2027-09-19T06:00:00Z");
    expect(await kindsOf(h, editor.id, d.id)).toEqual(["deadline_1", "deadline_1"]);
  });
});
