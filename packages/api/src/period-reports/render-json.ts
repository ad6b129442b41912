import type { Writable } from "node:stream";
import {
  PERIOD_REPORT_FORMAT,
  PERIOD_REPORT_FORMAT_VERSION,
  type PeriodReportModel,
} from "./model";
import { close, type Progress, write } from "./streams";

/**
 * The versioned JSON export: `{ "format": "consortia.period-report", "formatVersion": 1, … }`,
 * exactly the report value (documented in ./FORMAT.md, schema in ./json-schema). Written key
 * by key and array element by element, so a large period never becomes one huge string.
 * Text is not neutralised: JSON is data for other systems, not a spreadsheet.
 */
export async function renderJson(m: PeriodReportModel, out: Writable, onProgress?: Progress) {
  const value: PeriodReportModel = {
    ...m,
    format: PERIOD_REPORT_FORMAT,
    formatVersion: PERIOD_REPORT_FORMAT_VERSION,
  };
  // The format marker first, whatever order the value was built in.
  const { format, formatVersion, ...rest } = value;
  const total = jsonRows(value);
  let done = 0;
  await write(out, `{"format":${JSON.stringify(format)},"formatVersion":${formatVersion}`);
  for (const [key, field] of Object.entries(rest)) {
    await write(out, `,\n${JSON.stringify(key)}:`);
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

/** The elements of the report's lists (the JSON export's "rows"). */
export const jsonRows = (m: PeriodReportModel) =>
  Object.values(m).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
