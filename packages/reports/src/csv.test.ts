import { describe, expect, it } from "vitest";
import { csvBuffer } from "./csv";
import { tableOf } from "./table";
import { HOSTILE, itemTable } from "./test-table";
import { readCsvStrict } from "./testing";

const read = (bytes: Buffer, bom = true): string[][] => readCsvStrict(bytes, { bom });

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

  it("writes a mixed column's days as YYYY-MM-DD and its instants as ISO 8601", async () => {
    const rows: [string, Date | number, "day" | "instant" | "int"][] = [
      ["Start", new Date("2025-09-01T00:00:00Z"), "day"],
      ["Generated", new Date("2025-09-01T00:00:00Z"), "instant"],
      ["Version", 2, "int"],
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
    expect(read(await csvBuffer(table)).slice(1)).toEqual([
      ["Start", "2025-09-01"],
      ["Generated", "2025-09-01T00:00:00.000Z"],
      ["Version", "2"],
    ]);
  });
});

describe("the strict reader the export tests use", () => {
  const bytes = (text: string) => Buffer.from(`\ufeff${text}`);
  it("refuses what a spreadsheet would read as other rows or columns", () => {
    expect(read(bytes('A,B\r\n"x\ny","a ""b"", c"\r\n'))).toEqual([
      ["A", "B"],
      ["x\ny", 'a "b", c'],
    ]);
    for (const broken of [
      "A,B\r\nx\ny,z\r\n",
      "A,B\r\nx\ry,z\r\n",
      'A,B\r\nsay "hi",z\r\n',
      "A,B\r\nx,y,z\r\n",
      "A,B\r\nx,y",
      "A,B\nx,y\n",
    ])
      expect(() => read(bytes(broken)), JSON.stringify(broken)).toThrow();
    expect(() => read(Buffer.from("A,B\r\n"))).toThrow(/byte-order mark/);
  });
});
