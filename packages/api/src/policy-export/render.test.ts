import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { parseOfficeAsync } from "officeparser";
import { describe, expect, it } from "vitest";
import type { ActionExportModel } from "./model";
import { renderActionPlanDocx } from "./render-docx";
import { renderActionPlanPdf } from "./render-pdf";
import { ACTION_COLUMNS, COST_FORMAT, renderActionPlanXlsx } from "./render-xlsx";
import { formatCents, toCents } from "./template";
import { sampleModel } from "./test-model";

const text = (bytes: Buffer) => parseOfficeAsync(bytes, { outputErrorToConsole: false });
/** Whitespace differs between extractors (line wraps in a PDF); compare words only. */
const squash = (s: string) => s.replace(/\s+/g, " ");

/** One file out of a ZIP (DOCX, XLSX), read through the central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(p + 28);
    const entry = zip.toString("utf8", p + 46, p + 46 + nameLength);
    if (entry === name) {
      const method = zip.readUInt16LE(p + 10);
      const size = zip.readUInt32LE(p + 20);
      const local = zip.readUInt32LE(p + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  throw new Error(`${name} is not in the archive`);
}

/** Row 1's cells (exceljs leaves index 0 of a row's values empty). */
const headerOf = (sheet: ExcelJS.Worksheet) =>
  (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);

describe("action plan PDF", () => {
  it("follows the template, prints ł, ř and Ω with an embedded DejaVu font, and numbers pages", async () => {
    const pdf = await renderActionPlanPdf(sampleModel());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).not.toContain("/Helvetica");
    const content = squash(await text(pdf));
    const inOrder = [
      "Action plan",
      "Plan działań dla MedTech w Małopolsce",
      "Part I – General information",
      "Other partner organisations involved",
      "Kraków Technology Park",
      "NUTS 2 region",
      "Małopolskie (PL21)",
      "Paweł Łukasiewicz",
      "Informacje ogólne: łączymy szpitale i firmy.",
      "English summary",
      "General information: we connect hospitals and companies.",
      "Part II – Policy context",
      "☒ Investment for Growth and Jobs programme",
      "☐ European Territorial Cooperation programme",
      "Regionalny Program Operacyjny Małopolska 2021–2027",
      "Part III – Details of the actions envisaged",
      "EUR 1,012,500.50",
      "Action 1: Szybkie randki firm i szpitali",
      "1. The background",
      "přímý kontakt (ř) działa",
      "Learning event: Study visit to Ωmega Hospital",
      "2. Action (activities)",
      "3. Players involved",
      "4. Timeframe",
      "30 September 2027",
      "5. Costs",
      "EUR 12,500.50",
      "6. Funding sources",
      "=SUM(A1:A9) RPO, oś 1",
      "Action 2: Fundusz pilotaży Ω",
      "No English summary yet.",
      "Date and signature",
      "Stamp of the organisation (if available)",
    ];
    let at = -1;
    for (const phrase of inOrder) {
      const next = content.indexOf(phrase, at + 1);
      expect(next, `"${phrase}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    expect(content).toContain("Page 1 of 3");
    expect(content).toContain("Page 3 of 3");
    expect(content).toContain("MEDTECH-S3 · Action plan · Województwo Małopolskie");
  });

  it("continues a long English summary on the next page instead of cutting it", async () => {
    const m = sampleModel();
    const ending = "Ostatnie zdanie ř Ω końca.";
    m.plan.generalInformationEn = `${"A long summary line with ł ř Ω. ".repeat(400)}${ending}`;
    const content = squash(await text(await renderActionPlanPdf(m)));
    expect(content).toContain(ending);
    expect(content).toContain("Page 5 of");
  });
});

describe("action plan DOCX", () => {
  it("has real headings and tables with the partner's text and the English summaries", async () => {
    const docx = await renderActionPlanDocx(sampleModel());
    const content = squash(await text(docx));
    for (const phrase of [
      "Part I – General information",
      "Województwo Małopolskie",
      "Part II – Policy context",
      "☒ Investment for Growth and Jobs programme",
      "přímý kontakt (ř) działa",
      "Good practice: Speed dating between companies and care providers",
      "Fundusz pilotaży Ω",
      "EUR 1,000,000.00",
      "=SUM(A1:A9) RPO, oś 1",
      "Speed dating between companies and hospitals twice a year.",
      "Date and signature",
    ])
      expect(content).toContain(phrase);
    const xml = zipEntry(docx, "word/document.xml");
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(4);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBe(2);
    // Parts I and II, the action overview, timeframe and costs per action, the signature.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(8);
    expect(xml).toContain('w:fill="E8F0F9"');
    const footer = zipEntry(docx, "word/footer1.xml");
    expect(footer).toContain("NUMPAGES");
  });
});

describe("action plan XLSX", () => {
  it("writes one sheet per part, actions with date cells, number costs, frozen header and filter", async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await renderActionPlanXlsx(sampleModel());
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Part I – General information",
      "Part II – Policy context",
      "Part III – Actions",
    ]);
    const [partOne, partTwo, actions] = workbook.worksheets;
    if (!partOne || !partTwo || !actions) throw new Error("missing sheets");
    expect(headerOf(partOne)).toEqual(["Field", "Text (Polish (pl))", "English summary"]);
    const general = partOne.getRows(2, partOne.rowCount - 1)?.find((r) => {
      return r.getCell(1).value === "General information";
    });
    expect(general?.getCell(2).value).toBe("Informacje ogólne: łączymy szpitale i firmy.");
    expect(general?.getCell(3).value).toBe(
      "General information: we connect hospitals and companies.",
    );

    expect(actions.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(actions.autoFilter).toBe("A1:L3");
    expect(ACTION_COLUMNS).toHaveLength(12);
    expect(headerOf(actions)).toEqual(ACTION_COLUMNS.map((c) => c.header));
    const first = actions.getRow(2);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe("Szybkie randki firm i szpitali");
    expect(first.getCell(5).value).toBe(
      "Good practice: Speed dating between companies and care providers\nLearning event: Study visit to Ωmega Hospital",
    );
    expect(first.getCell(8).value).toEqual(new Date("2026-10-01T00:00:00Z"));
    expect(first.getCell(9).value).toEqual(new Date("2027-09-30T00:00:00Z"));
    expect(first.getCell(10).value).toBe(12500.5);
    expect(first.getCell(10).numFmt).toBe(COST_FORMAT);
    // Formula-like user text is a plain string, neutralised like every spreadsheet export's.
    expect(first.getCell(11).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(11).value).toBe("'=SUM(A1:A9) RPO, oś 1");
    const second = actions.getRow(3);
    expect(second.getCell(2).value).toBe("Fundusz pilotaży Ω");
    expect(second.getCell(9).value).toBeNull();
    expect(second.getCell(10).value).toBe(1_000_000);
    const total = actions.getRow(5).getCell(10).value;
    expect(total).toMatchObject({ formula: "SUBTOTAL(109,J2:J3)", result: 1_012_500.5 });
  });
});

describe("text XML cannot hold", () => {
  it("is dropped from DOCX and XLSX, keeping tabs and line breaks, and the PDF still renders", async () => {
    const m = sampleModel();
    const players = "Gracze\u0007\u0000 i\tkto\r\nDruga linia \ud800ř";
    m.actions[0] = { ...(m.actions[0] as ActionExportModel), players };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(await renderActionPlanXlsx(m)).buffer);
    expect(workbook.worksheets[2]?.getRow(2).getCell(7).value).toBe("Gracze i\tkto\nDruga linia ř");
    const xml = zipEntry(await renderActionPlanDocx(m), "word/document.xml");
    expect(xml).toContain("Gracze i\tkto");
    expect(xml).not.toContain("\u0007");
    expect(squash(await text(await renderActionPlanPdf(m)))).toContain("Gracze i kto");
  });
});

describe("amounts", () => {
  it("adds decimal strings exactly and formats them with thousands separators", () => {
    expect(toCents("0.1") + toCents("0.2")).toBe(30n);
    expect(formatCents(toCents("123456789012.34"))).toBe("EUR 123,456,789,012.34");
    expect(() => toCents("12,50")).toThrow();
  });
});
