import { describe, expect, it } from "vitest";
import { escapeText, foldLine, renderCalendar } from "./ical";

const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("iCalendar writer", () => {
  it("escapes TEXT values", () => {
    expect(escapeText("Peer review; Stockholm, Sweden\nday 2 \\ notes")).toBe(
      "Peer review\\; Stockholm\\, Sweden\\nday 2 \\\\ notes",
    );
  });

  it("folds at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"Region Hovedstaden – Øresund ".repeat(8)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(" ")).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
  });

  it("writes a calendar of all-day events with CRLF line ends", () => {
    const text = renderCalendar({
      name: "Consortia deadlines",
      prodId: "-//Consortia//Deadlines//EN",
      stamp: new Date("2026-11-23T12:00:00Z"),
      events: [
        {
          uid: "d1@consortia",
          date: "2026-12-31",
          summary: "[MEDTECH-S3] D1.2 Report, final",
          description: "Due\nRegion Stockholm",
          url: "http://consortia.test/projects/p/deliverables/d1",
          categories: ["MEDTECH-S3"],
        },
      ],
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const lines = unfold(text).split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("DTSTART;VALUE=DATE:20261231");
    expect(lines).toContain("DTEND;VALUE=DATE:20270101");
    expect(lines).toContain("DTSTAMP:20261123T120000Z");
    expect(lines).toContain("SUMMARY:[MEDTECH-S3] D1.2 Report\\, final");
    expect(lines).toContain("DESCRIPTION:Due\\nRegion Stockholm");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });
});
