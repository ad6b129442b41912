import { describe, expect, it } from "vitest";
import { readDelimited, readXlsxRows } from "./read";
import { tableOf } from "./table";
import { xlsxBuffer } from "./xlsx";

describe("reading a table typed elsewhere", () => {
  it("finds the delimiter below a title line and keeps quoted cells whole", () => {
    const text = '\uFEFFMonthly rates\r\nCountry;Code;Value\r\nSweden;SEK;"11,05"\r\n\r\n\r\n';
    expect(readDelimited(text)).toEqual([
      ["Monthly rates"],
      ["Country", "Code", "Value"],
      ["Sweden", "SEK", "11,05"],
    ]);
    expect(readDelimited("a\tb, c\n1\t2, 3")).toEqual([
      ["a", "b, c"],
      ["1", "2, 3"],
    ]);
  });

  it("reads the first sheet's cells as text: numbers, days, empty cells", async () => {
    const table = tableOf(
      {
        name: "t",
        title: "T",
        columns: [
          {
            header: "Day",
            kind: "day",
            width: 10,
            value: (r: { d: Date; n: number | null }) => r.d,
          },
          { header: "Amount", kind: "eur", width: 10, value: (r) => r.n },
          { header: "Note", kind: "text", width: 10, value: () => "x" },
        ],
      },
      [
        { d: new Date("2026-03-31T00:00:00Z"), n: 1234.5 },
        { d: new Date("2026-04-01T00:00:00Z"), n: null },
      ],
    );
    const rows = await readXlsxRows(await xlsxBuffer([table], { created: new Date() }));
    expect(rows).toEqual([
      ["Day", "Amount", "Note"],
      ["2026-03-31", "1234.5", "x"],
      ["2026-04-01", "", "x"],
    ]);
    await expect(readXlsxRows(Buffer.from("not a workbook"))).rejects.toThrow();
  });
});
