import { PassThrough, type Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvBuffer, writeCsv } from "./csv";
import { writeJson } from "./json";
import { collect } from "./streams";
import { itemTable } from "./test-table";
import { unzip } from "./testing";
import { writeZip } from "./zip";

describe("JSON", () => {
  it("streams an object with its lists element by element, in key order", async () => {
    const value = {
      format: "x",
      version: 1,
      skipped: undefined,
      list: [{ a: "=1" }, { a: 2 }],
      n: null,
    };
    const rows: number[] = [];
    const bytes = await collect((out) => writeJson(out, value, (done) => rows.push(done)));
    const text = bytes.toString("utf8");
    expect(JSON.parse(text)).toEqual({
      format: "x",
      version: 1,
      list: [{ a: "=1" }, { a: 2 }],
      n: null,
    });
    expect(Object.keys(JSON.parse(text))).toEqual(["format", "version", "list", "n"]);
    expect(rows).toEqual([1, 2]);
  });
});

describe("zip", () => {
  it("holds rendered entries and text entries in their order", async () => {
    const table = itemTable();
    const bytes = await collect((out) =>
      writeZip(out, [
        { name: "items.csv", render: (entry: Writable) => writeCsv(entry, table) },
        { name: "readme.txt", text: "Ω\n" },
      ]),
    );
    const files = unzip(bytes);
    expect([...files.keys()]).toEqual(["items.csv", "readme.txt"]);
    expect(files.get("items.csv")).toEqual(await csvBuffer(table));
    expect(files.get("readme.txt")?.toString()).toBe("Ω\n");
  });

  it("stops every entry's writer when the reader goes away", async () => {
    const table = itemTable();
    const many = { ...table, rows: Array.from({ length: 5000 }, () => table.rows).flat() };
    const out = new PassThrough({ highWaterMark: 1024 });
    out.once("data", () => out.destroy());
    await expect(
      writeZip(out, [{ name: "big.csv", render: (entry: Writable) => writeCsv(entry, many) }]),
    ).rejects.toThrow();
  });
});
