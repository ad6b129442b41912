import { PassThrough, type Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { parseOfficeAsync } from "officeparser";
import { describe, expect, it } from "vitest";
import { periodReportJsonSchema, periodReportSchema } from "./json-schema";
import { renderCsv } from "./render-csv";
import { renderJson } from "./render-json";
import { renderPdf } from "./render-pdf";
import { INSTANT_FORMAT, renderXlsx } from "./render-xlsx";
import { renderZip } from "./render-zip";
import { materialise, TABLE_NAMES, TABLES } from "./tables";
import { bytesOf, HOSTILE, sampleReport } from "./test-model";

const m = sampleReport(40);
const NEUTRALISED = ['\'=HYPERLINK("http://x","y")', "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx"];

async function workbookOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("tables", () => {
  it("give every table one definition with typed cells", () => {
    const tables = materialise(m);
    expect(tables.map((t) => t.name)).toEqual(TABLE_NAMES);
    expect(TABLES.length).toBe(12);
    const indicators = tables.find((t) => t.name === "indicators");
    const funds = indicators?.rows[2];
    expect(funds?.cells.slice(0, 8)).toEqual([
      "FUNDS",
      "Funds mobilised for the policy instruments",
      "eur",
      1_000_000,
      100000.5,
      0.25,
      100000.75,
      10,
    ]);
    expect(funds?.eur.slice(3, 7)).toEqual([true, true, true, true]);
    const deliverables = tables.find((t) => t.name === "deliverables");
    expect(deliverables?.rows[0]?.cells[4]).toEqual(new Date("2026-01-28T00:00:00Z"));
  });
});

describe("CSV", () => {
  it("writes each table with a BOM, neutralised text, plain numbers and ISO dates", async () => {
    const bytes = await bytesOf((out) => renderCsv(m, "deliverables", out));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.toString("utf8").slice(1), { relax_column_count: false });
    expect(rows[0]).toEqual(materialise(m, "deliverables")[0]?.columns.map((c) => c.header));
    expect(rows[1]?.[1]).toBe("'-2");
    expect(rows[1]?.[4]).toBe("2026-01-28");
    expect(rows[2]?.[6]).toBe("2026-02-20");
    expect(rows[2]?.[1]).toContain("ř Ω");
    expect(rows).toHaveLength(1 + m.deliverables.filter((d) => d.kind === "deliverable").length);

    const outputs: string[][] = parse(
      (await bytesOf((out) => renderCsv(m, "work_plan_outputs", out))).toString("utf8").slice(1),
    );
    expect(outputs[1]?.slice(7, 9)).toEqual(["10", "7.5"]);
    const indicators: string[][] = parse(
      (await bytesOf((out) => renderCsv(m, "indicators", out))).toString("utf8").slice(1),
    );
    expect(indicators[3]?.slice(3, 8)).toEqual([
      "1000000.00",
      "100000.50",
      "0.25",
      "100000.75",
      "10",
    ]);
    expect(indicators[4]?.[10]).toBe(`'${HOSTILE[0]} letter of 2026-05-02`);
  });

  it("neutralises every formula start in user text, whatever the table", async () => {
    const all = await Promise.all(
      TABLE_NAMES.map(async (name) =>
        (await bytesOf((out) => renderCsv(m, name, out))).toString("utf8"),
      ),
    );
    const cells = all.flatMap((text) => parse(text.slice(1)) as string[][]).flat();
    for (const hostile of NEUTRALISED) expect(cells.some((c) => c.startsWith(hostile))).toBe(true);
    for (const raw of HOSTILE) expect(cells.some((c) => c.startsWith(raw))).toBe(false);
    // The negative of a number is not text: it stays a plain number.
    const numbers = parse(
      (
        await bytesOf((out) =>
          renderCsv(
            { ...m, indicators: [{ ...m.indicators[0]!, thisPeriod: -2 }] },
            "indicators",
            out,
          ),
        )
      )
        .toString("utf8")
        .slice(1),
    ) as string[][];
    expect(numbers[1]?.[5]).toBe("-2");
  });
});

describe("XLSX", () => {
  it("writes one sheet per table with frozen bold headers, filters, numbers and dates", async () => {
    const progress: number[][] = [];
    const bytes = await bytesOf((out) =>
      renderXlsx(m, out, { onProgress: (d, t) => progress.push([d, t]) }),
    );
    const total = materialise(m).reduce((n, t) => n + t.rows.length, 0);
    expect(progress.at(-1)).toEqual([total, total]);
    const wb = await workbookOf(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(materialise(m).map((t) => t.title));
    const sheet = wb.getWorksheet("Indicators");
    if (!sheet) throw new Error("no indicators sheet");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:M${m.indicators.length + 1}`);
    const funds = sheet.getRow(4);
    expect(funds.getCell(4).value).toBe(1_000_000);
    expect(funds.getCell(7).value).toBe(100000.75);
    expect(funds.getCell(7).numFmt).toBe("#,##0.00");
    expect(sheet.getRow(2).getCell(8).value).toBe(45);
    expect(sheet.getRow(5).getCell(11).value).toBe(`'${HOSTILE[0]} letter of 2026-05-02`);
    const deliverables = wb.getWorksheet("Deliverables");
    expect(deliverables?.getRow(2).getCell(5).value).toEqual(new Date("2026-01-28T00:00:00Z"));
    expect(deliverables?.getRow(2).getCell(5).numFmt).toBe("yyyy-mm-dd");
    const annexes = wb.getWorksheet("Annexes");
    expect(annexes?.getRow(2).getCell(6).value).toEqual(new Date(m.annexes[0]?.updatedAt ?? ""));
    expect(annexes?.getRow(2).getCell(6).numFmt).toBe(INSTANT_FORMAT);
  });

  it("neutralises every formula start in user text and keeps numbers numbers", async () => {
    const wb = await workbookOf(await bytesOf((out) => renderXlsx(m, out)));
    const strings: string[] = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") strings.push(cell.value);
          expect(cell.formula).toBeFalsy();
        }),
      ),
    );
    // XML keeps no bare CR: "'\rx" reads back as "'\nx", still behind its apostrophe.
    for (const hostile of NEUTRALISED.map((h) => h.replace("\r", "\n")))
      expect(strings.some((c) => c.startsWith(hostile))).toBe(true);
    for (const raw of HOSTILE) expect(strings.some((c) => c.startsWith(raw))).toBe(false);
    expect(strings.some((s) => s.includes("Łódź") && s.includes("Ηράκλειο"))).toBe(true);
  });
});

describe("JSON", () => {
  it("is the versioned report value, valid against its schema", async () => {
    const bytes = await bytesOf((out) => renderJson(m, out));
    const value = JSON.parse(bytes.toString("utf8"));
    expect(Object.keys(value).slice(0, 2)).toEqual(["format", "formatVersion"]);
    expect(value).toMatchObject({ format: "consortia.period-report", formatVersion: 2 });
    expect(periodReportSchema.parse(value)).toEqual(m);
    expect(() => periodReportSchema.parse({ ...value, formatVersion: 3 })).toThrow();
  });

  it("documents every field in its JSON Schema", () => {
    const schema = periodReportJsonSchema();
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      const props = n.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(props ?? {})) {
        if (!child.description) undocumented.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      if (n.items) walk(n.items, `${path}[]`);
      for (const alt of (n.anyOf as unknown[]) ?? []) walk(alt, path);
    };
    walk(schema, "$");
    expect(undocumented).toEqual([]);
    expect(schema.required).toContain("formatVersion");
  });
});

describe("PDF", () => {
  it("prints a cover, contents with page numbers and every section in DejaVu", async () => {
    const bytes = await bytesOf((out) => renderPdf(m, out));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const raw = bytes.toString("latin1");
    expect(raw).toContain("DejaVuSans");
    expect(raw).not.toContain("/Helvetica");
    const text = (await parseOfficeAsync(bytes, { outputErrorToConsole: false })).replace(
      /\s+/g,
      " ",
    );
    for (const heading of [
      "Progress report",
      "Contents",
      "1. Highlights",
      "2. Work-package status",
      "3. Indicators",
      "4. Deliverables and outputs",
      "5. Partner contributions",
      "6. Financial part",
      "7. Annexes",
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain("Łódź");
    expect(text).toContain("Dřevo & Ωmega");
    expect(text).toContain("Deliverable 40 – analýza ř Ω");
  });
});

describe("a download closed half-way", () => {
  it("stops every streamed renderer with an error instead of leaving it waiting", async () => {
    const big = sampleReport(3000);
    const closedEarly = (render: (out: Writable) => Promise<void>) => {
      // A reader that takes one chunk and goes away, like a browser tab that was closed.
      const out = new PassThrough({ highWaterMark: 1024 });
      out.once("data", () => out.destroy());
      return render(out);
    };
    await expect(closedEarly((out) => renderCsv(big, "deliverables", out))).rejects.toThrow();
    await expect(closedEarly((out) => renderJson(big, out))).rejects.toThrow();
    await expect(closedEarly((out) => renderXlsx(big, out))).rejects.toThrow();
    await expect(closedEarly((out) => renderZip(big, out))).rejects.toThrow();
  });
});
