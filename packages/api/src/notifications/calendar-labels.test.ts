import { DELIVERABLE_STATUSES } from "@consortia/db/schema";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { handleCalendarFeed } from "./calendar";

/** People never see codes: the calendar feed writes a deliverable's status as its label. */
const LABELS = {
  planned: "Planned",
  in_progress: "In progress",
  submitted: "Submitted",
  changes_requested: "Changes requested",
  approved: "Approved",
} as const;

describe("calendar feed labels", () => {
  it("writes every deliverable status as its label", async ({ h, editor, workplan }) => {
    expect(Object.keys(LABELS).sort()).toEqual([...DELIVERABLE_STATUSES].sort());
    const made = await Promise.all(
      DELIVERABLE_STATUSES.map(async (status) => ({
        status,
        d: await workplan.newDeliverable({ status, dueDate: "2027-04-15" }),
      })),
    );
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
