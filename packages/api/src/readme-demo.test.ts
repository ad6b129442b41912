import fs from "node:fs";
import path from "node:path";
import { describe, expect } from "vitest";
import { projectSchedule } from "./shared/project-calendar";
// The demo partnership itself: the README describes it.
import { demoTest as test } from "./testing/fixture";

/**
 * The root README's description of the demo partnership matches what the seeded demo holds
 * and what the app shows on any day it runs: the project's dates and periods as the calendar
 * computes them, the contributions as seeded, and a current period that follows today's date
 * (the records keep fixed dates; the README names no period as "the current one").
 */
const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");
const start = readme.indexOf("## The demo partnership");
const section = readme.slice(start, readme.indexOf("\n## ", start + 1)).replace(/\s+/g, " ");

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const month = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
const longDay = (day: string) => `${Number(day.slice(8, 10))} ${month(day)}`;

describe("the README's demo partnership", () => {
  test("gives the project's dates and reporting periods as the calendar computes them", async ({
    db,
    projectId,
  }) => {
    const p = await db
      .selectFrom("projects")
      .select(["start_date", "end_date", "core_phase_end"])
      .where("id", "=", projectId)
      .executeTakeFirstOrThrow();
    expect(section).toContain(`from ${longDay(p.start_date)} to ${longDay(p.end_date)}`);
    expect(section).toContain(`core phase ends on ${longDay(p.core_phase_end ?? "")}`);
    const { periods } = await projectSchedule(db, projectId);
    const named = [
      ...section.matchAll(/period (\d+),?(?: for instance,)? from (\w+ \d{4}) to (\w+ \d{4})/g),
    ];
    expect(named.length).toBeGreaterThanOrEqual(3);
    for (const [, n, from, to] of named) {
      const period = periods.find((x) => x.number === Number(n));
      expect(period, `period ${n}`).toBeDefined();
      expect([from, to], `period ${n}`).toEqual([
        month(period?.start ?? ""),
        month(period?.end ?? ""),
      ]);
    }
  });

  test("says the current period follows today's date and names none as current", () => {
    expect(section).toContain("current reporting period from today's date");
    expect(section).not.toMatch(/period \d+ is (being collected|current|under way)/i);
  });

  test("describes the contributions as seeded", async ({ db, projectId }) => {
    const rows = await db
      .selectFrom("report_contributions")
      .select(["period_number as period", "status"])
      .where("project_id", "=", projectId)
      .execute();
    const partners = await db
      .selectFrom("partners")
      .select("id")
      .where("project_id", "=", projectId)
      .execute();
    const count = (period: number, status: string) =>
      rows.filter((r) => r.period === period && r.status === status).length;
    const all = section.match(/every partner has submitted its contribution to period (\d+)/);
    expect(all).not.toBeNull();
    const full = Number(all?.[1]);
    expect(count(full, "submitted")).toBe(partners.length);
    const some = section.match(
      /for period (\d+), (\d+) of the (\d+) partners have submitted theirs and (\d+) more have started writing/,
    );
    expect(some).not.toBeNull();
    const [, period, submitted, of, writing] = (some ?? []).map(Number);
    expect(of).toBe(partners.length);
    expect(count(period ?? 0, "submitted")).toBe(submitted);
    expect(count(period ?? 0, "draft")).toBe(writing);
    // No other period has a contribution in the demo.
    expect([...new Set(rows.map((r) => r.period))].sort()).toEqual([full, period].sort());
  });
});
