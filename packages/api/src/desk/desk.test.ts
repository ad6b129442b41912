import { describe, expect } from "vitest";
import { listDeliverables } from "../deliverables/deliverable-queries";
import { projectSchedule } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";
import { demoTest as test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { deskSummary, type Figure } from "./desk";

// The desk's figures are read off the demo partnership as a lead partner would see them on a
// given day: ten regions' traffic lights and dozens of deliverables due at set dates. Making
// that picture with factories would copy the demo seed; this file keeps the demo.
let ctx: ProjectCtx;
test.beforeAll(async ({ h }) => {
  ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
});

const day = (iso: string) => new Date(`${iso}T10:30:00Z`);

async function codes(h: Harness, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await h.db
    .selectFrom("deliverables")
    .select("code")
    .where("id", "in", ids)
    .execute();
  return rows.map((r) => r.code).sort();
}

describe("the lead partner's desk", () => {
  test("shows what is late, what falls due within 30 days and what waits for review", async () => {
    const desk = await deskSummary(ctx, day("2026-11-23"));
    expect(desk.today).toBe("2026-11-23");
    expect(desk.overdue.items.map((i) => [i.code, i.daysLate])).toEqual([
      ["D2.3", 54],
      ["D2.5", 39],
      ["D2.6", 13],
    ]);
    expect(desk.dueSoon.items.map((i) => i.code)).toEqual(["D1.4", "D2.7"]);
    expect(desk.awaitingReview.items.map((i) => i.code)).toEqual(["D2.4"]);
    expect(desk.overdue.filter).toEqual({
      status: ["planned", "in_progress", "changes_requested"],
      dueTo: "2026-11-22",
    });
  });

  test("gives completion by work package and by partner", async ({ h }) => {
    const desk = await deskSummary(ctx, day("2026-11-23"));
    const wp1 = desk.byWorkPackage.find((w) => w.number === 1);
    expect(wp1).toMatchObject({ completion: 0.6 });
    expect(await codes(h, wp1?.approved.ids ?? [])).toEqual(["D1.1", "D1.2", "D1.3"]);
    const france = desk.byPartner.find((p) => p.nutsCode === "FRK2");
    expect(france).toMatchObject({ completion: null, light: "green" });
    expect(france?.total.count).toBe(0);
  });

  test("lights each region by the documented rule", async ({ h }) => {
    const desk = await deskSummary(ctx, day("2026-11-23"));
    const lights = Object.fromEntries(desk.byPartner.map((p) => [p.shortName, p.light]));
    expect(lights).toMatchObject({
      Uusimaa: "red",
      "Region Stockholm": "red",
      Pomorskie: "amber",
      ACCIÓ: "green",
      RegionH: "green",
      Lombardia: "green",
    });
    const finland = desk.byPartner.find((p) => p.shortName === "Uusimaa");
    expect(await codes(h, finland?.behindLight.ids ?? [])).toEqual(["D2.3"]);
    expect(finland?.reasons).toEqual(["1 overdue: D2.3", "more than 30 days late: D2.3"]);
  });

  test("moves with the clock: a week later the period report is late too", async () => {
    const desk = await deskSummary(ctx, day("2026-12-01"));
    expect(desk.overdue.items.map((i) => i.code)).toEqual(["D2.3", "D2.5", "D2.6", "D1.4"]);
    const dk = desk.byPartner.find((p) => p.shortName === "RegionH");
    expect(dk).toMatchObject({ light: "amber", reasons: ["overdue: D1.4"] });
  });

  test("carries, for every figure, the filter that lists exactly its deliverables", async () => {
    const now = day("2026-11-23");
    const desk = await deskSummary(ctx, now);
    const figures: Figure[] = [
      desk.overdue,
      desk.dueSoon,
      desk.awaitingReview,
      ...desk.byPartner.flatMap((p) => [p.total, p.approved, p.overdue, p.behindLight]),
      ...desk.byWorkPackage.flatMap((w) => [w.total, w.approved]),
    ];
    for (const fig of figures) {
      const listed = await listDeliverables(ctx, fig.filter, now);
      expect(listed.map((d) => d.id).sort()).toEqual([...fig.ids].sort());
      expect(fig.count).toBe(fig.ids.length);
    }
  });

  test("knows the current reporting period", async () => {
    const periods = await projectSchedule(ctx.db, ctx.access.projectId, day("2026-11-23"));
    expect(periods.currentPeriod).toBe(4);
    expect(periods.phase).toBe("core");
    expect(periods.periods[3]).toMatchObject({
      midTermReview: true,
      progressReportDue: "2027-05-31",
    });
    expect(periods.lastDay).toBe("2029-05-31");
  });
});
