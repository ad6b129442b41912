import { describe, expect, it } from "vitest";
import type { ProcedureTiming } from "./api-caller";
import { benchGoals } from "./bench-goals";
import type { ControlBenchResult } from "./control-bench";
import { formatGoals } from "./goals";

const timing = (app: number, floor: number, statements = 8): ProcedureTiming => ({
  app: { p50Ms: app, runs: 20 },
  floor: { p50Ms: floor, runs: 20 },
  statements,
});

const control: ControlBenchResult = {
  dataset: { rows: {}, generationSeconds: 1 },
  start: timing(90, 90),
  sample: timing(70, 60, 10),
  verifyRest: timing(70, 70, 7),
  round: { items: 2000, sampled: 200, verified: 1800 },
  get: timing(60, 57, 11),
  claim: { ...timing(40, 20, 9), partners: 30, certificates: 120 },
};

describe("the control part's goals", () => {
  it("sets each procedure against its own statements sent directly, at most 1.5 ×", () => {
    const goals = benchGoals({ control });
    expect(goals.map((g) => [g.part, g.what, g.target])).toEqual([
      ["control", "control.start (2,000 items) p50 / its 8 statements sent directly", 1.5],
      ["control", "control.sample (200 of 2,000) p50 / its 10 statements sent directly", 1.5],
      ["control", "control.verifyRest (1,800 items) p50 / its 7 statements sent directly", 1.5],
      ["control", "control.get (2,000 items) p50 / its 11 statements sent directly", 1.5],
      [
        "control",
        "periodReports.certificates (30 partners) p50 / its 9 statements sent directly",
        1.5,
      ],
    ]);
    expect(goals[1]?.figure).toBeCloseTo(70 / 60);
  });

  it("prints the figures and names the goal that falls short", () => {
    const table = formatGoals(benchGoals({ control }));
    expect(table).toMatch(/control\.start .*1\.00 ×\s+≤ 1\.50 ×\s+met\s+90\.0 ms vs 90\.0 ms/);
    expect(table).toContain(
      "1 of 5 goals fall short: periodReports.certificates (30 partners) p50 / its 9 statements sent directly",
    );
  });

  it("adds no goal for a procedure this build does not have", () => {
    const skipped = { app: null, floor: null, statements: 0, skipped: "not on this build" };
    expect(benchGoals({ control: { ...control, get: skipped } })).toHaveLength(4);
  });
});
