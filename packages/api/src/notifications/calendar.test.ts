import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DocumentFixtures, documentFixtures } from "../testing/document-fixtures";
import { createHarness, type Harness } from "../testing/harness";
import { type WorkplanFixtures, workplanFixtures } from "../testing/workplan-fixtures";
import { handleCalendarFeed } from "./calendar";

let h: Harness;
let docs: DocumentFixtures;
let wp: WorkplanFixtures;
beforeAll(async () => {
  h = await createHarness();
  docs = documentFixtures(h);
  wp = workplanFixtures(h.f, docs);
});
afterAll(async () => h?.close());

const tokenOf = (url: string) => {
  const m = url.match(/^http:\/\/consortia\.test\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/);
  if (!m?.[1]) throw new Error(`not a feed URL: ${url}`);
  return m[1];
};
const fetchFeed = (token: string) => handleCalendarFeed(h.deps, `${token}.ics`);
const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("calendar feed", () => {
  it("serves the deadlines of the person's projects as iCalendar", async () => {
    const d = await wp.newDeliverable({ dueDate: "2027-02-26" });
    const observer = await h.callerFor(h.f.users.observer.id);
    expect(await observer.notifications.calendarFeed()).toEqual({ active: false, createdAt: null });
    const { url } = await observer.notifications.createCalendarFeed();
    expect((await observer.notifications.calendarFeed()).active).toBe(true);

    const res = await fetchFeed(tokenOf(url));
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

  it("shows only the projects the person belongs to", async () => {
    const d = await wp.newDeliverable({ dueDate: "2027-03-12" });
    const outsider = await h.callerFor(h.f.users.memberB.id);
    const { url } = await outsider.notifications.createCalendarFeed();
    const text = unfold(await (await fetchFeed(tokenOf(url))).text());
    expect(text).not.toContain(d.id);
    expect(text).not.toContain("MEDTECH-S3");
  });

  it("answers 404 for unknown, malformed, revoked and replaced tokens", async () => {
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    const first = tokenOf((await editor.notifications.createCalendarFeed()).url);
    const second = tokenOf((await editor.notifications.createCalendarFeed()).url);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    await editor.notifications.revokeCalendarFeed();
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await editor.notifications.calendarFeed()).toEqual({ active: false, createdAt: null });
    expect((await fetchFeed("x".repeat(43))).status).toBe(404);
    expect((await handleCalendarFeed(h.deps, "../../etc/passwd")).status).toBe(404);
  });
});
