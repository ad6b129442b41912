import { inflateRawSync } from "node:zlib";
import { parse } from "csv-parse/sync";

/** The files of a zip, read through its central directory: for tests that check an export. */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(at + 10);
  at = bytes.readUInt32LE(at + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString();
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A CSV file read as a strict RFC 4180 reader reads it, for tests that check an export:
 * the byte-order mark (unless `bom: false`), CRLF after every record, the same number of
 * fields in every record, quotes only around whole fields (doubled inside), and a field that
 * holds a line break (CR or LF) or a quote quoted — where a reader such as LibreOffice would
 * otherwise start a new row. Throws on anything else; the rows include the header.
 */
export function readCsvStrict(bytes: Buffer, opts: { bom?: boolean } = {}): string[][] {
  if ((opts.bom ?? true) && !bytes.subarray(0, 3).equals(BOM))
    throw new Error("CSV: no UTF-8 byte-order mark");
  const text = bytes.subarray((opts.bom ?? true) ? 3 : 0).toString("utf8");
  if (text !== "" && !text.endsWith("\r\n")) throw new Error("CSV: the last record has no CRLF");
  return parse(text, {
    bom: false,
    // Any line break outside quotes ends a record, as lenient readers take it: a field
    // holding an unquoted LF or CR then breaks the field count below.
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    skip_records_with_empty_values: false,
    trim: false,
    cast: (value, context) => {
      if (!context.quoting && /[\r\n"]/.test(value))
        throw new Error(`CSV: unquoted line break or quote in record ${context.lines}`);
      return value;
    },
  }) as string[][];
}
