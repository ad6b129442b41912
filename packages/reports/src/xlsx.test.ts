import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tableOf } from "./table";
import { HOSTILE, itemTable } from "./test-table";
import { DATE_FORMAT, EUR_FORMAT, INSTANT_FORMAT, writeXlsx, xlsxBuffer } from "./xlsx";

async function load(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("XLSX", () => {
  it("writes a frozen bold header, a filter, numbers, dates and neutralised text", async () => {
    const table = itemTable();
    const progress: number[] = [];
    const bytes = await xlsxBuffer([table], {
      created: new Date("2026-07-01T00:00:00Z"),
      title: "=Report",
      onProgress: (done) => progress.push(done),
    });
    expect(progress.at(-1)).toBe(table.rows.length);
    const workbook = await load(bytes);
    expect(workbook.title).toBe("'=Report");
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.name).toBe(table.title.slice(0, 31));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:G${table.rows.length + 1}`);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Name",
      "Note",
      "Count",
      "Amount",
      "Share",
      "Due",
      "At",
    ]);
    // XML keeps no bare CR: "'\rx" reads back as "'\nx", still behind its apostrophe.
    const names = HOSTILE.map((_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(names).toEqual(HOSTILE.map((h) => `'${h.replace("\r", "\n")}`));
    const row = sheet.getRow(4);
    expect(row.getCell(1).font?.bold).toBe(true);
    expect(row.getCell(2).value).toBe('Line one, "quoted"\nline two (ł ř Ω) 2');
    expect(row.getCell(2).alignment?.wrapText).toBe(true);
    expect(row.getCell(3).value).toBe(-2);
    expect(row.getCell(4).value).toBe(2001);
    expect(row.getCell(4).numFmt).toBe(EUR_FORMAT);
    expect(row.getCell(5).numFmt).toBe('0.0"%"');
    expect(row.getCell(6).value).toEqual(new Date("2026-03-01T00:00:00Z"));
    expect(row.getCell(6).numFmt).toBe(DATE_FORMAT);
    expect(row.getCell(7).value).toEqual(new Date("2026-03-01T09:30:00Z"));
    expect(row.getCell(7).numFmt).toBe(INSTANT_FORMAT);
    expect(sheet.getRow(table.rows.length + 1).getCell(4).value).toBeNull();
  });

  it("writes rows after the table: a formula total and styled text, still neutralised", async () => {
    const table = itemTable();
    const end = table.rows.length + 1;
    const bytes = await xlsxBuffer(
      [
        {
          ...table,
          filter: false,
          after: [
            {
              cells: [null, "Total", null, { formula: `SUM(D2:D${end})`, result: 21010.5 }],
              bold: true,
            },
            { cells: ["@note", "shaded"], styles: [undefined, { shaded: true }] },
          ],
        },
      ],
      { created: new Date() },
    );
    const sheet = (await load(bytes)).worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.autoFilter).toBeUndefined();
    expect(sheet.getRow(end + 1).cellCount).toBe(0);
    const total = sheet.getRow(end + 2);
    expect(total.getCell(2).value).toBe("Total");
    expect(total.getCell(2).font?.bold).toBe(true);
    expect(total.getCell(4).value).toMatchObject({ formula: `SUM(D2:D${end})`, result: 21010.5 });
    expect(total.getCell(4).numFmt).toBe(EUR_FORMAT);
    const note = sheet.getRow(end + 3);
    expect(note.getCell(1).value).toBe("'@note");
    expect(note.getCell(2).fill).toMatchObject({ fgColor: { argb: "FFE8F0F9" } });
  });

  it("writes a mixed column's days as date cells and its instants with their time", async () => {
    const midnight = new Date("2025-09-01T00:00:00Z");
    const rows: [string, Date | string, "day" | "instant" | "text"][] = [
      ["Start", midnight, "day"],
      ["Generated", midnight, "instant"],
      ["Title", "x", "text"],
    ];
    const table = tableOf(
      {
        name: "summary",
        title: "Summary",
        columns: [
          { header: "Field", kind: "text", width: 10, value: (r) => r[0] },
          { header: "Value", kind: "text", width: 10, value: (r) => r[1], kindOf: (r) => r[2] },
        ],
      },
      rows,
    );
    const sheet = (await load(await xlsxBuffer([table], { created: new Date() }))).worksheets[0];
    const cell = (row: number) => sheet?.getRow(row).getCell(2);
    expect([cell(2)?.value, cell(2)?.numFmt]).toEqual([midnight, DATE_FORMAT]);
    expect([cell(3)?.value, cell(3)?.numFmt]).toEqual([midnight, INSTANT_FORMAT]);
    expect(cell(4)?.value).toBe("x");
  });

  it("stops with an error when the reader goes away half-way", async () => {
    const many = Array.from({ length: 3000 }, () => itemTable().rows).flat();
    const out = new PassThrough({ highWaterMark: 1024 });
    out.once("data", () => out.destroy());
    await expect(
      writeXlsx(out, [{ ...itemTable(), rows: many }], { created: new Date() }),
    ).rejects.toThrow();
  });

  it("writes sheets made one at a time, as the same workbook, with the progress of all", async () => {
    const tables = [itemTable(), { ...itemTable(), title: "Second" }];
    const info = { created: new Date("2026-07-01T00:00:00Z") };
    const made: string[] = [];
    function* oneAtATime() {
      for (const t of tables) {
        made.push(t.title);
        yield t;
      }
    }
    const progress: [number, number][] = [];
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const rows = tables.reduce((n, t) => n + t.rows.length, 0);
    await writeXlsx(out, oneAtATime(), {
      ...info,
      rows,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(made).toEqual([tables[0]?.title, "Second"]);
    expect(progress.at(-1)).toEqual([rows, rows]);
    const lazy = await load(Buffer.concat(chunks));
    const whole = await load(await xlsxBuffer(tables, info));
    const cells = (w: ExcelJS.Workbook) =>
      w.worksheets.map((ws) => ws.getSheetValues().map((r) => (Array.isArray(r) ? r : [])));
    expect(lazy.worksheets.map((w) => w.name)).toEqual(whole.worksheets.map((w) => w.name));
    expect(cells(lazy)).toEqual(cells(whole));
  });
});
