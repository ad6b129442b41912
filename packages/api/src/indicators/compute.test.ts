import { describe, expect } from "vitest";
import { practiceProgress } from "../learning/progress";
import { policyCounts } from "../policy-views/counts";
import { reportingPeriods } from "../shared/calendar";
import { it, test } from "../testing/fixture";
import { periodIndex } from "./compute";
import { listIndicators } from "./list";
import { buildPartnership, NOW } from "./test-partnership";

let b: Awaited<ReturnType<typeof buildPartnership>>;
let list: Awaited<ReturnType<typeof listIndicators>>;

test.beforeAll(async ({ h }) => {
  b = await buildPartnership(h);
  list = await listIndicators(b.ctx, NOW);
});

const indicator = (code: string) => {
  const found = list.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};
const values = (code: string) => indicator(code).periods.map((p) => p.value);
const cumulative = (code: string) => indicator(code).periods.map((p) => p.cumulative);
const ofPartner = (code: string, partnerId: string) =>
  indicator(code).byPartner?.find((p) => p.partnerId === partnerId)?.periods;
const n = (...xs: number[]) => [...xs, ...Array(8 - xs.length).fill(0)].map(String);

describe("computed indicators per reporting period", () => {
  it("knows the project's eight periods, four of them begun", () => {
    expect(list.periods.map((p) => p.start)).toEqual(
      ["2025-01", "2025-07", "2026-01", "2026-07", "2027-01", "2027-07", "2028-01", "2028-07"].map(
        (m) => `${m}-01`,
      ),
    );
    expect(list.periods.map((p) => p.begun)).toEqual([
      ...Array(4).fill(true),
      ...Array(4).fill(false),
    ]);
    expect(list.currentPeriod).toBe(4);
  });

  it("counts validated good practices on their validation date, by owner", () => {
    expect(values("GP")).toEqual(n(1, 0, 2, 1));
    expect(cumulative("GP")).toEqual(n(1, 1, 3, 4, 4, 4, 4, 4));
    expect(ofPartner("GP", b.partners.crete)).toEqual(n(1));
    expect(ofPartner("GP", b.partners.sardinia)).toEqual(n(0, 0, 2));
    expect(ofPartner("GP", b.partners.pomorskie)).toEqual(n(0, 0, 0, 1));
    expect(indicator("GP")).toMatchObject({ cumulative: "4", target: "20", percentOfTarget: 20 });
  });

  it("counts learning events and peer reviews held on their start date, by host", () => {
    // The deleted event and the one of period 5 (not yet held) count nowhere.
    expect(values("LE")).toEqual(n(1, 1, 1, 1));
    expect(ofPartner("LE", b.partners.crete)).toEqual(n(1, 0, 1));
    expect(ofPartner("LE", b.partners.pomorskie)).toEqual(n(0, 0, 0, 1));
    expect(values("PR")).toEqual(n(0, 1, 1));
    expect(ofPartner("PR", b.partners.sardinia)).toEqual(n(0, 1));
    expect(ofPartner("PR", b.partners.crete)).toEqual(n(0, 0, 1));
    expect(indicator("PR").cumulative).toBe("2");
  });

  it("counts people with increased capacity at their event, by the partner they came with", () => {
    expect(values("PC")).toEqual(n(3, 0, 2));
    expect(ofPartner("PC", b.partners.sardinia)).toEqual(n(2));
    // The guest who came with no partner is credited to the host.
    expect(ofPartner("PC", b.partners.crete)).toEqual(n(1));
    expect(ofPartner("PC", b.partners.pomorskie)).toEqual(n(0, 0, 2));
    expect(indicator("PC")).toMatchObject({ unit: "people", cumulative: "5" });
  });

  it("counts instruments addressed, action plans and instruments improved, by partner", () => {
    expect(values("PI")).toEqual(n(2, 1));
    expect(ofPartner("PI", b.partners.pomorskie)).toEqual(n(0, 1));
    expect(values("AP")).toEqual(n(0, 0, 2));
    expect(ofPartner("AP", b.partners.sardinia)).toEqual(n(0, 0, 1));
    // Crete's instrument counts once, in the period of its first validated improvement.
    expect(values("PIM")).toEqual(n(0, 0, 1, 1));
    expect(ofPartner("PIM", b.partners.crete)).toEqual(n(0, 0, 1));
    expect(ofPartner("PIM", b.partners.sardinia)).toEqual(n(0, 0, 0, 1));
  });

  it("sums the funds of validated improvements in euros, exactly", () => {
    const eur = (...xs: string[]) => [...xs, ...Array(8 - xs.length).fill("0.00")];
    expect(values("FM")).toEqual(eur("0.00", "0.00", "100000.50", "0.25"));
    expect(cumulative("FM").at(3)).toBe("100000.75");
    expect(ofPartner("FM", b.partners.crete)).toEqual(eur("0.00", "0.00", "100000.50", "0.25"));
    expect(ofPartner("FM", b.partners.pomorskie)).toEqual(eur());
    expect(indicator("FM")).toMatchObject({ unit: "eur", cumulative: "100000.75", target: null });
  });

  it("counts every partner as an organisation cooperating, in the first period", () => {
    expect(values("OC")).toEqual(n(3));
    for (const id of Object.values(b.partners)) expect(ofPartner("OC", id)).toEqual(n(1));
  });

  it("leaves a manual indicator without values until they are entered", () => {
    expect(indicator("PA")).toMatchObject({ source: "manual", byPartner: null, cumulative: "0" });
    expect(values("PA")).toEqual(Array(8).fill(null));
  });

  it("ends on the same totals as the policy counts and the good-practice progress", async () => {
    const counts = await policyCounts(b.ctx);
    expect(indicator("PI").cumulative).toBe(String(counts.policyInstrumentsAddressed));
    expect(indicator("AP").cumulative).toBe(String(counts.actionPlansDeveloped));
    expect(indicator("PIM").cumulative).toBe(String(counts.policyInstrumentsImproved));
    expect(indicator("FM").cumulative).toBe(counts.fundsMobilisedEur);
    expect(indicator("GP").cumulative).toBe(String((await practiceProgress(b.ctx)).validated));
  });

  it("counts the records of a period once it has happened", async () => {
    const later = await listIndicators(b.ctx, new Date("2027-05-01T08:00:00Z"));
    const le = later.indicators.find((i) => i.code === "LE");
    const pc = later.indicators.find((i) => i.code === "PC");
    expect(le?.periods.map((p) => p.value)).toEqual(n(1, 1, 1, 1, 1));
    expect(pc?.byPartner?.find((p) => p.partnerId === b.partners.sardinia)?.cumulative).toBe("3");
  });
});

describe("placing a dated record in a period", () => {
  const periods = reportingPeriods({
    startDate: "2025-01-01",
    endDate: "2026-12-31",
    corePhaseEnd: null,
  });
  it("uses the period a day falls in, the first for the start, none for the future", () => {
    expect(periodIndex(periods, "2025-06-30", "2026-01-01")).toBe(0);
    expect(periodIndex(periods, "2025-07-01", "2026-01-01")).toBe(1);
    expect(periodIndex(periods, "2026-01-02", "2026-01-01")).toBeNull();
    expect(periodIndex(periods, null, "2026-01-01")).toBe(0);
  });
  it("keeps records dated before the start or after closure in the first or last period", () => {
    expect(periodIndex(periods, "2024-12-31", "2030-01-01")).toBe(0);
    expect(periodIndex(periods, "2027-03-31", "2030-01-01")).toBe(3);
    expect(periodIndex(periods, "2027-04-01", "2030-01-01")).toBe(3);
    expect(periodIndex([], "2025-01-01", "2030-01-01")).toBeNull();
  });
});
