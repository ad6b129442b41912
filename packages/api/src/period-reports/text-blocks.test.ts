import { describe, expect, it } from "vitest";
import { PERIOD_REPORT_FORMAT, type PeriodReportModel } from "./model";
import { formLength, TEXT_BLOCK_LIMITS, textBlocks } from "./text-blocks";

const base: PeriodReportModel = {
  format: PERIOD_REPORT_FORMAT,
  formatVersion: 2,
  generatedAt: "2025-07-01T00:00:00.000Z",
  project: { id: "p", acronym: "MEDTECH-S3", title: "MedTech", programme: "Interreg Europe" },
  period: { number: 1, start: "2025-01-01", end: "2025-06-30" },
  report: { status: "draft", version: null, submittedAt: null, submittedBy: null },
  highlights: "",
  partners: [],
  contributions: [],
  workPackages: [],
  deliverables: [],
  outputs: [],
  indicators: [],
  annexes: [],
};
const contribution = (partner: string, status: "submitted" | "draft", communication: string) => ({
  partnerId: partner,
  partner,
  status,
  submittedAt: null,
  activities: "",
  stakeholderInvolvement: "",
  communication,
  difficultiesDeviations: "",
});

describe("copy-ready text blocks", () => {
  it("counts characters as the form does: code points, a line break as one", () => {
    expect(formLength("Øresund 🇩🇰")).toBe(10);
    expect(formLength("a\r\nb")).toBe(3);
    expect(formLength("a\nb")).toBe(3);
  });

  it("checks every block against its limit", () => {
    const blocks = textBlocks({
      ...base,
      highlights: "é".repeat(TEXT_BLOCK_LIMITS.summary),
      workPackages: [
        {
          id: "w",
          number: 2,
          title: "Learning",
          leadPartner: "Region Hovedstaden",
          achievement: "partly",
          explanation: "x".repeat(2000),
        },
      ],
      contributions: [
        contribution("Stockholm", "submitted", "Newsletter."),
        contribution("Skåne", "draft", "Not yet submitted"),
        contribution("Helsinki", "submitted", "Press release.\r\nTwo posts."),
      ],
    });
    const by = (key: string) => blocks.find((b) => b.key === key);
    expect(by("summary")).toMatchObject({ limit: 5000, length: 5000, over: false });
    expect(by("wp-2")).toMatchObject({ limit: 2000, over: true });
    expect(by("wp-2")?.text.startsWith("Partly achieved. xxx")).toBe(true);
    expect(by("wp-2")?.length).toBe("Partly achieved. ".length + 2000);
    expect(by("communication")?.text).toBe(
      "Stockholm: Newsletter.\n\nHelsinki: Press release.\nTwo posts.",
    );
    expect(by("difficulties")).toMatchObject({ text: "", length: 0, over: false });
    const over = textBlocks({ ...base, highlights: "a".repeat(5001) });
    expect(over.find((b) => b.key === "summary")?.over).toBe(true);
  });
});
