import { describe, expect } from "vitest";
import { logger } from "../logger";
import { handleCalendarFeed } from "../notifications/calendar";
import { notificationsDispatchJob } from "../notifications/notification-jobs";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { FINANCIAL_REPORT_REMINDER } from "./desk-remind";
import { report } from "./desk-test-data";

const clock = new Date("2026-10-01T09:00:00Z");
const dispatch = (h: Harness) =>
  notificationsDispatchJob.handle({}, { deps: h.deps, now: () => clock, log: logger, jobId: "t" });
const events = (h: Harness, partnerId: string) =>
  h.db
    .selectFrom("notification_events")
    .select(["recipient_ids", "data"])
    .where("kind", "=", FINANCIAL_REPORT_REMINDER)
    .where("entity_id", "=", partnerId)
    .execute();

describe("moneyDesk.remind", () => {
  it("reminds the partner's editors of its financial report, in-app and by mail, audited", async ({
    h,
    lead,
  }) => {
    const { partner_editor: editor, partner_viewer: viewer, lead_coordinator } = h.f.users;
    const projectId = h.f.projectA.id;
    const se = h.f.partnersA.se;
    const audits = await h.auditCount();
    const result = await lead.moneyDesk.remind({ projectId, partnerId: se, periodNumber: 1 });
    expect(result).toEqual({ people: 1, due: "2025-09-14" });
    const [event, ...more] = await events(h, se);
    expect(more).toEqual([]);
    expect(event?.recipient_ids).toEqual([editor.id]);
    expect(event?.recipient_ids).not.toContain(viewer.id);
    expect(event?.recipient_ids).not.toContain(lead_coordinator.id);
    expect(await h.auditCount()).toBe(audits + 1);
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["entity", "action", "summary"])
      .where("action", "=", "remind")
      .where("entity", "=", "financial_report")
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatch(
      /^Region Stockholm reminded of its financial report for period 1/,
    );

    await dispatch(h);
    const mine = await h.db
      .selectFrom("notifications")
      .select(["kind", "title", "body", "link"])
      .where("user_id", "=", editor.id)
      .where("kind", "=", "reminder")
      .execute();
    expect(mine).toHaveLength(1);
    // The short day as the mails write it ("14 Sep" or "14 Sept", by the ICU in use).
    expect(mine[0]?.title).toMatch(
      /^\[MEDTECH-S3\] Reminder: Financial report for period 1 was due on 14 Sept? 2025$/,
    );
    expect(mine[0]?.link).toBe(`/projects/${projectId}/finance/reports`);
    const mails = (await h.mailsTo(editor.email)).filter((m) =>
      m.subject.includes("Financial report for period 1"),
    );
    expect(mails).toHaveLength(1);

    // A second click within 12 hours sends nothing.
    await expect(
      lead.moneyDesk.remind({ projectId, partnerId: se, periodNumber: 1 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Region Stockholm was reminded of this report in the last 12 hours",
    });
    expect(await events(h, se)).toHaveLength(1);
    // Another period's report is another reminder.
    await lead.moneyDesk.remind({ projectId, partnerId: se, periodNumber: 2 });
    expect(await events(h, se)).toHaveLength(2);
  });

  it("refuses a report already submitted, and a partner or period unknown, changing nothing", async ({
    h,
    lead,
    editor,
  }) => {
    const projectId = h.f.projectA.id;
    const it = h.f.partnersA.it;
    await report(h.db, projectId, it, 2, "submitted", [{ category: "staff", eurCents: 100_00 }]);
    const audits = await h.auditCount();
    await expect(
      lead.moneyDesk.remind({ projectId, partnerId: it, periodNumber: 2 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Lombardia has already submitted its financial report for period 2",
    });
    await expect(
      lead.moneyDesk.remind({ projectId, partnerId: h.f.partnerB, periodNumber: 2 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      lead.moneyDesk.remind({ projectId, partnerId: it, periodNumber: 12 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      editor.moneyDesk.remind({ projectId, partnerId: it, periodNumber: 3 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await events(h, it)).toEqual([]);
    expect(await h.auditCount()).toBe(audits);
    // A returned report is not submitted: it may be reminded of.
    await report(h.db, projectId, it, 3, "returned", []);
    await lead.moneyDesk.remind({ projectId, partnerId: it, periodNumber: 3 });
    expect(await events(h, it)).toHaveLength(1);
  });
});

const tokenOf = (url: string) => url.replace(/^.*\/api\/calendar\/|\.ics$/g, "");
const unfold = (text: string) => text.replace(/\r\n /g, "");
async function feedOf(h: Harness, userId: string) {
  const caller = await h.callerFor(userId);
  const { url } = await caller.notifications.createCalendarFeed();
  return unfold(await (await handleCalendarFeed(h.deps, `${tokenOf(url)}.ics`)).text());
}

describe("the calendar feed's financial report due dates", () => {
  it("gives the lead every partner's, a partner member its own, an observer none", async ({
    h,
  }) => {
    const { lead, se, it } = h.f.partnersA;
    const leadFeed = await feedOf(h, h.f.users.lead_coordinator.id);
    for (const p of [lead, se, it]) {
      expect(leadFeed).toContain(`UID:financial-report-${p}-1@consortia`);
      expect(leadFeed).toContain(`UID:financial-report-${p}-8@consortia`);
    }
    expect(leadFeed).toContain("DTSTART;VALUE=DATE:20250914");
    expect(leadFeed).toContain("SUMMARY:[MEDTECH-S3] Financial report P1 of Region Stockholm due");
    expect(leadFeed).toContain(
      `URL:http://consortia.test/projects/${h.f.projectA.id}/finance/reports`,
    );

    const viewerFeed = await feedOf(h, h.f.users.partner_viewer.id); // of Lombardia
    expect(viewerFeed).toContain(`UID:financial-report-${it}-3@consortia`);
    expect(viewerFeed).not.toContain(`financial-report-${se}-`);
    expect(viewerFeed).not.toContain(`financial-report-${lead}-`);

    const observerFeed = await feedOf(h, h.f.users.observer.id);
    expect(observerFeed).not.toContain("financial-report-");
  });

  it("says which reports are submitted", async ({ h }) => {
    const se = h.f.partnersA.se;
    await report(h.db, h.f.projectA.id, se, 1, "submitted", []);
    const feed = await feedOf(h, h.f.users.partner_editor.id);
    const event = (n: number) =>
      feed.split("BEGIN:VEVENT").find((e) => e.includes(`UID:financial-report-${se}-${n}@`)) ?? "";
    expect(event(1)).toContain("Status: Submitted");
    expect(event(2)).toContain("Status: Not submitted");
  });
});
