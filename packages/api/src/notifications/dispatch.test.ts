import type { UserNotificationKind } from "@consortia/db";
import { describe, expect } from "vitest";
import { logger } from "../logger";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { notificationsDigestJob, notificationsDispatchJob } from "./notification-jobs";

const clock = new Date("2026-11-23T09:00:00Z");
const jobCtx = (h: Harness) => ({ deps: h.deps, now: () => clock, log: logger, jobId: "test" });
const dispatch = (h: Harness) => notificationsDispatchJob.handle({}, jobCtx(h));
const digest = (h: Harness) => notificationsDigestJob.handle({}, jobCtx(h));

const notificationsOf = (h: Harness, userId: string, deliverableId: string) =>
  h.db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .where("link", "like", `%/deliverables/${deliverableId}%`)
    .execute();

async function choose(h: Harness, userId: string, kind: UserNotificationKind, delivery: string) {
  const caller = await h.callerFor(userId);
  await caller.notifications.setPreferences({
    preferences: [{ kind, delivery: delivery as "off" }],
  });
}

describe("notifications.dispatch", () => {
  it("turns a submission into one notification and one e-mail, however often it runs", async ({
    h,
    workplan: wp,
  }) => {
    const { lead_coordinator: lead } = h.f.users;
    const d = await wp.newDeliverable({ status: "submitted" });
    await dispatch(h);
    await dispatch(h);
    const mine = await notificationsOf(h, lead.id, d.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: "submitted", read_at: null, email_mode: "immediately" });
    expect(mine[0]?.title).toContain(`${d.code} was submitted for review`);
    const mails = (await h.mailsTo(lead.email)).filter((m) => m.subject.includes(d.code));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain(
      `http://consortia.test/projects/${h.f.projectA.id}/deliverables/${d.id}`,
    );
    const pending = await h.db
      .selectFrom("notification_events")
      .select("id")
      .where("processed_at", "is", null)
      .execute();
    expect(pending).toEqual([]);
  });

  it("a retry after a crash between writing and marking creates nothing twice", async ({
    h,
    workplan: wp,
  }) => {
    const { lead_coordinator: lead } = h.f.users;
    const d = await wp.newDeliverable({ status: "submitted" });
    await dispatch(h);
    // As if the first run had died before marking its events processed.
    await h.db
      .updateTable("notification_events")
      .set({ processed_at: null })
      .where("entity_id", "=", d.id)
      .execute();
    expect(await dispatch(h)).toMatchObject({ created: 0, mailed: 0 });
    expect(await notificationsOf(h, lead.id, d.id)).toHaveLength(1);
    expect((await h.mailsTo(lead.email)).filter((m) => m.subject.includes(d.code))).toHaveLength(1);
  });

  it("tells the responsible partner's editor about requested changes and approval", async ({
    h,
    workplan: wp,
  }) => {
    const { partner_editor: editor } = h.f.users;
    const changed = await wp.newDeliverable({ status: "changes_requested" });
    const approved = await wp.newDeliverable({ status: "approved" });
    await dispatch(h);
    expect((await notificationsOf(h, editor.id, changed.id)).map((n) => n.kind)).toEqual([
      "changes_requested",
    ]);
    const [n] = await notificationsOf(h, editor.id, approved.id);
    expect(n?.kind).toBe("approved");
    // The editor acted (started, submitted) and is never told about their own steps.
    expect(
      (await notificationsOf(h, editor.id, changed.id)).some((x) => x.kind === "submitted"),
    ).toBe(false);
  });

  it("notifies a mentioned person, linking to the comment", async ({ h, workplan: wp }) => {
    const viewer = h.f.users.partner_viewer;
    const name = (
      await h.db
        .selectFrom("users")
        .select("name")
        .where("id", "=", viewer.id)
        .executeTakeFirstOrThrow()
    ).name;
    const c = await wp.newComment({ body: `@${name} could you check the annex?` });
    await dispatch(h);
    const [n] = await notificationsOf(h, viewer.id, c.deliverableId);
    expect(n).toMatchObject({ kind: "mentioned" });
    expect(n?.link).toContain(`#comment-${c.id}`);
  });

  it("respects off and daily digest; the digest mails each item once", async ({
    h,
    workplan: wp,
  }) => {
    const off = await h.f.newMember({ role: "lead_coordinator", partnerId: h.f.partnersA.lead });
    const daily = await h.f.newMember({ role: "lead_coordinator", partnerId: h.f.partnersA.lead });
    await choose(h, off.id, "submitted", "off");
    await choose(h, daily.id, "submitted", "daily_digest");
    const first = await wp.newDeliverable({ status: "submitted" });
    const second = await wp.newDeliverable({ status: "submitted" });
    await dispatch(h);

    expect(await notificationsOf(h, off.id, first.id)).toEqual([]);
    expect(await h.mailsTo(off.email)).toEqual([]);
    expect(await notificationsOf(h, daily.id, first.id)).toHaveLength(1);
    expect(await h.mailsTo(daily.email)).toEqual([]);

    // Read in the app before the digest: left out of the mail.
    const [readOne] = await notificationsOf(h, daily.id, second.id);
    await (await h.callerFor(daily.id)).notifications.markRead({ ids: [readOne!.id] });

    expect(await digest(h)).toEqual({ mailed: expect.any(Number) });
    const mails = await h.mailsTo(daily.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Your Consortia digest: 1 update");
    expect(mails[0]?.text_body).toContain(`${first.code} was submitted for review`);
    expect(mails[0]?.text_body).not.toContain(`${second.code} was submitted`);
    expect(mails[0]?.text_body).toContain(`/deliverables/${first.id}`);

    await digest(h);
    expect(await h.mailsTo(daily.email)).toHaveLength(1);
    expect(await h.mailsTo(off.email)).toEqual([]);
  });
});
