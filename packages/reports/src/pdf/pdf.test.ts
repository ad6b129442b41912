import { parseOfficeAsync } from "officeparser";
import { describe, expect, it } from "vitest";
import { ITEMS, itemTable } from "../test-table";
import { barChart } from "./chart";
import { coverPage, tableOfContents } from "./cover";
import { newDocument, pageFurniture, toBuffer } from "./kit";
import { dataTable, pdfCell } from "./table";

const textOf = async (bytes: Buffer) =>
  (await parseOfficeAsync(bytes, { outputErrorToConsole: false })).replace(/\s+/g, " ");

describe("PDF pieces", () => {
  it("prints cells in English style, with the caller's day format", () => {
    expect(pdfCell(1234.5, "number")).toBe("1,234.5");
    expect(pdfCell(1234.5, "number", true)).toBe("€\u00a01,234.50");
    expect(pdfCell(12.34, "percent")).toBe("12.3\u00a0%");
    expect(pdfCell(null, "text")).toBe("–");
    expect(pdfCell("a\tb", "text")).toBe("a    b");
    const at = new Date("2026-03-01T09:30:00Z");
    expect(pdfCell(at, "day")).toBe("2026-03-01");
    expect(pdfCell(at, "instant", false, () => "1 Mar 2026")).toBe("1 Mar 2026 09:30");
  });

  it("lays out a cover, contents, a chart and a table whose header repeats on every page", async () => {
    const doc = newDocument({ title: "T", author: "A", subject: "S" });
    coverPage(doc, {
      kicker: "Programme · ACR",
      title: "Progress report",
      subtitle: "Period 1",
      subject: "Łódź and Ηράκλειο",
      facts: [["Status", "Draft"]],
    });
    const contents = tableOfContents(doc);
    contents.section("1. Chart");
    barChart(
      doc,
      [
        { label: "GP · Good practices", target: 20, before: 6, total: 30, value: "30 / 20" },
        { label: "PILOT · Pilots", target: null, before: 0, total: 1, value: "1 / –" },
      ],
      { before: "Before", since: "Since", rest: "To go", noTarget: "No target set" },
    );
    contents.section("2. Table");
    const many = Array.from({ length: 20 }, () => ITEMS).flat();
    dataTable(doc, itemTable(many), { empty: "None" });
    contents.section("3. Empty", 2);
    dataTable(doc, itemTable([]), { empty: "Nothing in this table." });
    contents.write();
    pageFurniture(doc, "Header", "Footer");
    const pages = doc.bufferedPageRange().count;
    const text = await textOf(await toBuffer(doc));
    expect(text).toContain("PROGRAMME · ACR");
    expect(text).toContain("Contents");
    expect(text).toContain("No target set");
    expect(text).toContain("Nothing in this table.");
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The header row on every page the table covers (the Share and At columns are not shown).
    const headers = text.match(/Name Note Count Amount Due/g)?.length ?? 0;
    expect(headers).toBeGreaterThan(1);
    expect(text).not.toContain("Share");
    // A PDF is no spreadsheet: text prints exactly as written.
    expect(text).toContain("=HYPERLINK(");
  });
});
