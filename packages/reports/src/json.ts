import type { Writable } from "node:stream";
import { close, type Progress, write } from "./streams";

/**
 * An object as JSON, written key by key and its lists element by element (one per line), so
 * a large export never becomes one huge string. Keys keep their order; `undefined` values
 * are left out, as JSON.stringify does. Text is not neutralised: JSON is data for other
 * systems, not a spreadsheet.
 */
export async function writeJson(
  out: Writable,
  value: Record<string, unknown>,
  onProgress?: Progress,
) {
  const total = jsonRows(value);
  let done = 0;
  let first = true;
  await write(out, "{");
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    await write(out, `${first ? "" : ",\n"}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(field)) {
      await write(out, JSON.stringify(field));
      continue;
    }
    await write(out, "[");
    for (let i = 0; i < field.length; i++) {
      await write(out, `${i ? "," : ""}\n${JSON.stringify(field[i])}`);
      onProgress?.(++done, total);
    }
    await write(out, "]");
  }
  await write(out, "}\n");
  await close(out);
}

/** The elements of an object's lists (a JSON export's "rows"). */
export const jsonRows = (value: object) =>
  Object.values(value).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
