import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvBuffer } from "./csv";
import { HOSTILE, itemTable } from "./test-table";

const read = (bytes: Buffer, bom = true): string[][] =>
  parse(bytes, { bom, relax_quotes: false, relax_column_count: false, record_delimiter: "\r\n" });

describe("CSV", () => {
  it("writes RFC 4180 with a BOM, a header, neutralised text and plain numbers and dates", async () => {
    const bytes = await csvBuffer(itemTable());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8").slice(1).split("\r\n")[0]).toBe(
      "Name,Note,Count,Amount,Share,Due,At",
    );
    const rows = read(bytes);
    expect(rows).toHaveLength(1 + HOSTILE.length + 1);
    expect(rows.slice(1, 1 + HOSTILE.length).map((r) => r[0])).toEqual(HOSTILE.map((h) => `'${h}`));
    expect(rows[3]).toEqual([
      "'-2",
      'Line one, "quoted"\nline two (ł ř Ω) 2',
      "-2",
      "2001.00",
      "12.34",
      "2026-03-01",
      "2026-03-01T09:30:00.000Z",
    ]);
    expect(rows.at(-1)).toEqual(["Plain", "", "7", "", "0", "", "2026-01-02T00:00:00.000Z"]);
  });

  it("quotes a lone CR or LF so a strict reader keeps the row together", async () => {
    const table = itemTable([
      {
        name: "a\rb",
        note: "c\nd",
        count: 1,
        amount: 1,
        share: 1,
        due: null,
        at: "2026-01-01T00:00:00Z",
      },
    ]);
    const bytes = await csvBuffer(table, { bom: false });
    expect(bytes[0]).toBe("N".charCodeAt(0));
    const text = bytes.toString("utf8");
    expect(text).toContain('"a\rb","c\nd"');
    expect(read(bytes, false)[1]?.slice(0, 2)).toEqual(["a\rb", "c\nd"]);
  });
});
