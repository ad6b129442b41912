import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { handleCalendarFeed } from "./calendar";

const tokenOf = (url: string) => {
  const m = url.match(/^http:\/\/consortia\.test\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/);
  if (!m?.[1]) throw new Error(`not a feed URL: ${url}`);
  return m[1];
};
const fetchFeed = (h: Harness, token: string) => handleCalendarFeed(h.deps, `${token}.ics`);
const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("calendar feed", () => {
  it("serves the deadlines of the person's projects as iCalendar", async ({ h, workplan: wp }) => {
    const d = await wp.newDeliverable({ dueDate: "2027-02-26" });
    const observer = await h.callerFor(h.f.users.observer.id);
    expect(await observer.notifications.calendarFeed()).toEqual({ active: false, createdAt: null });
    const { url } = await observer.notifications.createCalendarFeed();
    expect((await observer.notifications.calendarFeed()).active).toBe(true);

    const res = await fetchFeed(h, tokenOf(url));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = unfold(await res.text());
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text).toContain(`UID:deliverable-${d.id}@consortia`);
    expect(text).toContain("DTSTART;VALUE=DATE:20270226");
    expect(text).toContain(`SUMMARY:[MEDTECH-S3] ${d.code} `);
    expect(text).toContain(
      `URL:http://consortia.test/projects/${h.f.projectA.id}/deliverables/${d.id}`,
    );
    expect(text.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
  });

  it("shows only the projects the person belongs to", async ({ h, workplan: wp }) => {
    const d = await wp.newDeliverable({ dueDate: "2027-03-12" });
    const outsider = await h.callerFor(h.f.users.memberB.id);
    const { url } = await outsider.notifications.createCalendarFeed();
    const text = unfold(await (await fetchFeed(h, tokenOf(url))).text());
    expect(text).not.toContain(d.id);
    expect(text).not.toContain("MEDTECH-S3");
  });

  it("answers 404 for unknown, malformed, revoked and replaced tokens", async ({ h }) => {
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    const first = tokenOf((await editor.notifications.createCalendarFeed()).url);
    const second = tokenOf((await editor.notifications.createCalendarFeed()).url);
    expect((await fetchFeed(h, first)).status).toBe(404);
    expect((await fetchFeed(h, second)).status).toBe(200);
    await editor.notifications.revokeCalendarFeed();
    expect((await fetchFeed(h, second)).status).toBe(404);
    expect(await editor.notifications.calendarFeed()).toEqual({ active: false, createdAt: null });
    expect((await fetchFeed(h, "x".repeat(43))).status).toBe(404);
    expect((await handleCalendarFeed(h.deps, "../../etc/passwd")).status).toBe(404);
  });
});
