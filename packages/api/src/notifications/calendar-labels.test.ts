import { DELIVERABLE_STATUSES } from "@consortia/db/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentFixtures } from "../testing/document-fixtures";
import { createHarness, type Harness } from "../testing/harness";
import { type WorkplanFixtures, workplanFixtures } from "../testing/workplan-fixtures";
import { handleCalendarFeed } from "./calendar";

/** People never see codes: the calendar feed writes a deliverable's status as its label. */
let h: Harness;
let wp: WorkplanFixtures;
beforeAll(async () => {
  h = await createHarness();
  wp = workplanFixtures(h.f, documentFixtures(h));
});
afterAll(async () => h?.close());

const LABELS = {
  planned: "Planned",
  in_progress: "In progress",
  submitted: "Submitted",
  changes_requested: "Changes requested",
  approved: "Approved",
} as const;

describe("calendar feed labels", () => {
  it("writes every deliverable status as its label", async () => {
    expect(Object.keys(LABELS).sort()).toEqual([...DELIVERABLE_STATUSES].sort());
    const made = await Promise.all(
      DELIVERABLE_STATUSES.map(async (status) => ({
        status,
        d: await wp.newDeliverable({ status, dueDate: "2027-04-15" }),
      })),
    );
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    const { url } = await editor.notifications.createCalendarFeed();
    const token =
      url
        .split("/")
        .pop()
        ?.replace(/\.ics$/, "") ?? "";
    const text = (await (await handleCalendarFeed(h.deps, `${token}.ics`)).text())
      .replace(/\r\n /g, "")
      .replace(/\\n/g, "\n");
    for (const { status, d } of made) {
      const event = text
        .split("BEGIN:VEVENT")
        .find((e) => e.includes(`UID:deliverable-${d.id}@consortia`));
      expect(event, status).toBeDefined();
      expect(event).toContain(`Status: ${LABELS[status]}\r\n`);
    }
    expect(text).not.toMatch(/Status: [a-z]/);
  });
});
