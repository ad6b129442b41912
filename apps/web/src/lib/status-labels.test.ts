import {
  ACTION_PLAN_STATUSES,
  ACTION_STATUSES,
  DELIVERABLE_STATUSES,
  GOOD_PRACTICE_STATUSES,
  POLICY_IMPROVEMENT_STATUSES,
} from "@consortia/db/schema";
import { describe, expect, it } from "vitest";
import { COUNTRY_OPTIONS } from "./countries";
import { statusLabel } from "./status-labels";

describe("what people read", () => {
  it("writes every status of every record as a label, never as a code", () => {
    const all = [
      ["deliverable", DELIVERABLE_STATUSES],
      ["output", DELIVERABLE_STATUSES],
      ["good_practice", GOOD_PRACTICE_STATUSES],
      ["action_plan", ACTION_PLAN_STATUSES],
      ["action", ACTION_STATUSES],
      ["policy_improvement", POLICY_IMPROVEMENT_STATUSES],
    ] as const;
    for (const [kind, statuses] of all)
      for (const status of statuses) {
        const label = statusLabel(kind, status);
        expect(label, `${kind} ${status}`).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
        expect(label).not.toContain("_");
      }
    expect(statusLabel("deliverable", "changes_requested")).toBe("Changes requested");
    expect(statusLabel("action", "in_progress")).toBe("In progress");
    expect(statusLabel("action_plan", "in_review")).toBe("In review");
    expect(statusLabel("learning_event", null)).toBeNull();
  });

  it("lists countries by name", () => {
    const names = COUNTRY_OPTIONS.map((c) => c.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    const codes = COUNTRY_OPTIONS.map((c) => c.value);
    expect(codes).not.toEqual([...codes].sort());
  });
});
