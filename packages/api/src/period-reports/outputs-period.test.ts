import { describe, expect } from "vitest";
import { listIndicators } from "../indicators";
import type { ProjectCtx } from "../shared/service-context";
import { it, test } from "../testing/fixture";
import { loadPeriodReport } from "./load";

/**
 * Issue 16 #3: a good practice validated in one period and published in the next is an
 * output of the period it counts in for the indicator, and of no other — the output list and
 * the indicator "good practices" place a practice by one rule (`practiceCountDay`).
 * The project's periods: 3 is March to August 2026, 4 September 2026 to February 2027.
 */
let ctx: ProjectCtx;
let practiceId: string;
const now = new Date("2026-12-07T12:00:00Z");

test.beforeAll(async ({ h, db, learning }) => {
  // Validated on 2026-06-30 (period 3), then published: today, in period 4.
  practiceId = (await learning.newPractice({ status: "published" })).id;
  await db
    .updateTable("good_practices")
    .set({ published_at: new Date("2026-09-15T10:00:00Z") })
    .where("id", "=", practiceId)
    .execute();
  ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
});

const practiceOutputs = async (periodNumber: number) =>
  (await loadPeriodReport(ctx, { periodNumber }, now)).outputs.filter(
    (o) => o.kind === "good_practice",
  );

describe("the period a good practice counts in", () => {
  it("lists a practice validated in period 3 and published in period 4 in period 3 only", async () => {
    const p3 = (await practiceOutputs(3)).filter((o) => o.id === practiceId);
    expect(p3).toEqual([expect.objectContaining({ date: "2026-06-30", status: "published" })]);
    expect((await practiceOutputs(4)).map((o) => o.id)).not.toContain(practiceId);
  });

  it("lists in every period exactly as many practices as the indicator counts", async () => {
    const { indicators } = await listIndicators(ctx, now);
    const gp = indicators.find((i) => i.computedKey === "good_practices");
    for (const period of [1, 2, 3, 4]) {
      const computed = Number(gp?.periods[period - 1]?.computed ?? -1);
      expect((await practiceOutputs(period)).length, `period ${period}`).toBe(computed);
    }
    expect(Number(gp?.periods[2]?.computed)).toBeGreaterThan(0);
  });
});
