import type { Writable } from "node:stream";
import { jsonRows as listElements, type Progress, writeJson } from "@consortia/reports";
import {
  PERIOD_REPORT_FORMAT,
  PERIOD_REPORT_FORMAT_VERSION,
  type PeriodReportModel,
} from "./model";

/**
 * The versioned JSON export: `{ "format": "consortia.period-report", "formatVersion": 1, … }`,
 * exactly the report value (documented in ./FORMAT.md, schema in ./json-schema), streamed
 * key by key and list element by list element. Text is as written, never neutralised.
 */
export async function renderJson(m: PeriodReportModel, out: Writable, onProgress?: Progress) {
  // The format marker first, and this format's, whatever order the value was built in.
  const { format: _format, formatVersion: _version, ...rest } = m;
  await writeJson(
    out,
    { format: PERIOD_REPORT_FORMAT, formatVersion: PERIOD_REPORT_FORMAT_VERSION, ...rest },
    onProgress,
  );
}

/** The elements of the report's lists (the JSON export's "rows"). */
export const jsonRows = (m: PeriodReportModel) => listElements(m);
