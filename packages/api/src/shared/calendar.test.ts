import { describe, expect, it } from "vitest";
import {
  addMonths,
  closureEnd,
  daysBetween,
  monthsAfter,
  periodOf,
  reportingPeriods,
  scheduleOf,
} from "./calendar";

const medtech = { startDate: "2025-03-01", endDate: "2029-02-28", corePhaseEnd: "2028-02-29" };

describe("reporting periods", () => {
  it("cuts a four-year project into eight semesters, the last with three months of closure", () => {
    const periods = reportingPeriods(medtech);
    expect(periods.map((p) => [p.number, p.start, p.end])).toEqual([
      [1, "2025-03-01", "2025-08-31"],
      [2, "2025-09-01", "2026-02-28"],
      [3, "2026-03-01", "2026-08-31"],
      [4, "2026-09-01", "2027-02-28"],
      [5, "2027-03-01", "2027-08-31"],
      [6, "2027-09-01", "2028-02-29"],
      [7, "2028-03-01", "2028-08-31"],
      [8, "2028-09-01", "2029-05-31"],
    ]);
    expect(periods.map((p) => p.closureStart)).toEqual([...Array(7).fill(null), "2029-03-01"]);
  });

  it("sets the partner report two weeks and the progress report three months after the end", () => {
    const [first, , , fourth, , , , last] = reportingPeriods(medtech);
    expect(first).toMatchObject({
      partnerReportDue: "2025-09-14",
      progressReportDue: "2025-11-30",
    });
    expect(fourth).toMatchObject({
      partnerReportDue: "2027-03-14",
      progressReportDue: "2027-05-31",
    });
    expect(last).toMatchObject({ partnerReportDue: "2029-06-14", progressReportDue: "2029-08-31" });
  });

  it("marks the mid-term review in semester 4 and the follow-up phase after the core phase", () => {
    const periods = reportingPeriods(medtech);
    expect(periods.filter((p) => p.midTermReview).map((p) => p.number)).toEqual([4]);
    expect(periods.map((p) => p.phase)).toEqual([
      ...Array(6).fill("core"),
      "follow_up",
      "follow_up",
    ]);
    expect(
      reportingPeriods({ ...medtech, corePhaseEnd: null }).every((p) => p.phase === "core"),
    ).toBe(true);
  });

  it("keeps month ends when a project starts on the 31st", () => {
    const periods = reportingPeriods({
      startDate: "2025-08-31",
      endDate: "2026-08-30",
      corePhaseEnd: null,
    });
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ["2025-08-31", "2026-02-27"],
      ["2026-02-28", "2026-11-30"],
    ]);
  });

  it("folds a stub of less than three months into the period before, keeps a longer one", () => {
    const stub = reportingPeriods({
      startDate: "2025-01-01",
      endDate: "2026-02-15",
      corePhaseEnd: null,
    });
    expect(stub.map((p) => [p.start, p.closureStart, p.end])).toEqual([
      ["2025-01-01", null, "2025-06-30"],
      ["2025-07-01", "2026-02-16", "2026-05-15"],
    ]);
    const longer = reportingPeriods({
      startDate: "2025-01-01",
      endDate: "2026-03-31",
      corePhaseEnd: null,
    });
    expect(longer.map((p) => [p.start, p.end])).toEqual([
      ["2025-01-01", "2025-06-30"],
      ["2025-07-01", "2025-12-31"],
      ["2026-01-01", "2026-06-30"],
    ]);
  });

  it("finds the period of a day, closure included, and nothing outside the project", () => {
    const periods = reportingPeriods(medtech);
    expect(periodOf(periods, "2025-03-01")).toBe(1);
    expect(periodOf(periods, "2026-11-23")).toBe(4);
    expect(periodOf(periods, "2029-05-31")).toBe(8);
    expect(periodOf(periods, "2029-06-01")).toBeNull();
    expect(periodOf(periods, "2025-02-28")).toBeNull();
    expect(closureEnd(periods, medtech)).toBe("2029-05-31");
  });

  it("does date arithmetic on calendar days", () => {
    expect(addMonths("2024-08-31", 6)).toBe("2025-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2025-11-30", -9)).toBe("2025-02-28");
    expect(monthsAfter("2027-02-28", 3)).toBe("2027-05-31");
    expect(monthsAfter("2026-08-30", 3)).toBe("2026-11-30");
    expect(daysBetween("2026-10-15", "2026-11-23")).toBe(39);
    expect(daysBetween("2026-03-30", "2026-03-29")).toBe(-1);
  });

  it("names the period and phase of a 40-month project the same way everywhere", () => {
    // 40 months: six periods of six months and a final one of four, plus three closure months.
    const forty = { startDate: "2024-03-15", endDate: "2027-07-14", corePhaseEnd: "2026-09-14" };
    const s = (day: string) => scheduleOf(forty, day);
    expect(s("2024-03-14")).toMatchObject({ currentPeriod: null, phase: "not_started" });
    expect(s("2024-03-15")).toMatchObject({ currentPeriod: 1, phase: "core" });
    expect(s("2026-09-14")).toMatchObject({ currentPeriod: 5, phase: "core" });
    expect(s("2026-09-15")).toMatchObject({ currentPeriod: 6, phase: "follow_up" });
    expect(s("2027-03-15")).toMatchObject({ currentPeriod: 7, phase: "follow_up" });
    expect(s("2027-07-14")).toMatchObject({ currentPeriod: 7, phase: "follow_up" });
    // The closure months still belong to the final period.
    expect(s("2027-07-15")).toMatchObject({
      currentPeriod: 7,
      phase: "closure",
      phaseLabel: "Closure",
    });
    expect(s("2027-10-14")).toMatchObject({ currentPeriod: 7, phase: "closure" });
    expect(s("2027-10-15")).toMatchObject({ currentPeriod: null, phase: "closed" });
    expect(s("2027-03-15").periods).toHaveLength(7);
  });

  it("joins a short final stub to the period before it when naming today's period", () => {
    // 38 months: the last two months are no period of their own; they extend period 6.
    const p = { startDate: "2025-01-01", endDate: "2028-02-29", corePhaseEnd: null };
    expect(scheduleOf(p, "2028-01-15")).toMatchObject({ currentPeriod: 6, phase: "core" });
    expect(scheduleOf(p, "2028-01-15").periods).toHaveLength(6);
    expect(scheduleOf(p, "2028-04-15")).toMatchObject({ currentPeriod: 6, phase: "closure" });
  });
});
