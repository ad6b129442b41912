import { describe, expect, it } from "vitest";
import { dayLong, dayShort, utcDay } from "./dates";

describe("dates", () => {
  it("reads a calendar day at midnight UTC, also from a timestamp", () => {
    expect(utcDay("2026-03-03").toISOString()).toBe("2026-03-03T00:00:00.000Z");
    expect(utcDay("2026-03-03T23:30:00Z").toISOString()).toBe("2026-03-03T00:00:00.000Z");
  });

  it("writes a short day as in mail subjects and report tables", () => {
    expect(dayShort("2026-03-03")).toBe("3 Mar 2026");
    expect(dayShort(new Date("2026-07-15T23:59:00Z"))).toBe("15 Jul 2026");
    expect(dayShort("2026-09-01")).toBe("1 Sept 2026");
  });

  it("writes a long day as in exports", () => {
    expect(dayLong("2026-03-03")).toBe("3 March 2026");
    expect(dayLong("2026-03-12T08:00:00Z")).toBe("12 March 2026");
    expect(dayLong(new Date("2026-12-31T23:59:59Z"))).toBe("31 December 2026");
  });

  it("gives nothing for no date and the text itself for one it cannot read", () => {
    expect(dayLong(null)).toBe("");
    expect(dayShort(null)).toBe("");
    expect(dayLong("soon")).toBe("soon");
  });
});
