import type { DeliverableStatus } from "@consortia/db";
import { describe, expect, it } from "vitest";
import { isOverdue } from "../deliverables/deliverable-transitions";
import { trafficLight } from "./traffic-light";

const today = "2026-11-23";
let n = 0;
const row = (status: DeliverableStatus, dueDate: string) => ({
  id: `id-${++n}`,
  code: `D9.${n}`,
  status,
  dueDate,
});

describe("traffic light of a region", () => {
  it("is green with nothing late, sent back or about to be missed", () => {
    expect(
      trafficLight(
        [
          row("approved", "2026-01-31"),
          row("in_progress", "2026-12-01"),
          row("planned", "2027-03-01"),
        ],
        today,
      ),
    ).toEqual({ light: "green", reasons: [], ids: [] });
  });

  it("does not blame the region for a submission that waits for review", () => {
    expect(trafficLight([row("submitted", "2026-08-31")], today).light).toBe("green");
  });

  it("turns amber for one deliverable up to 30 days late, red after that", () => {
    const thirty = row("in_progress", "2026-10-24");
    expect(trafficLight([thirty], today)).toEqual({
      light: "amber",
      reasons: [`overdue: ${thirty.code}`],
      ids: [thirty.id],
    });
    const thirtyOne = row("in_progress", "2026-10-23");
    expect(trafficLight([thirtyOne], today)).toMatchObject({ light: "red", ids: [thirtyOne.id] });
  });

  it("turns red for two overdue deliverables, however recent", () => {
    const a = row("planned", "2026-11-20");
    const b = row("changes_requested", "2026-11-22");
    expect(trafficLight([a, b], today)).toEqual({
      light: "red",
      reasons: [`2 overdue: ${a.code}, ${b.code}`],
      ids: [a.id, b.id],
    });
  });

  it("turns amber for changes requested, or for a deliverable not started within 14 days of its due date", () => {
    const sentBack = row("changes_requested", "2027-01-31");
    const notStarted = row("planned", "2026-12-07");
    const later = row("planned", "2026-12-08");
    const result = trafficLight([sentBack, notStarted, later], today);
    expect(result.light).toBe("amber");
    expect(result.ids).toEqual([sentBack.id, notStarted.id]);
    expect(result.reasons).toEqual([
      `changes requested: ${sentBack.code}`,
      `not started, due within 14 days: ${notStarted.code}`,
    ]);
  });

  it("counts a deliverable due today as not yet overdue", () => {
    expect(isOverdue("in_progress", today, today)).toBe(false);
    expect(isOverdue("in_progress", "2026-11-22", today)).toBe(true);
    expect(isOverdue("approved", "2026-11-22", today)).toBe(false);
  });
});
