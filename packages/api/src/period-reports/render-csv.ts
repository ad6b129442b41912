import type { Writable } from "node:stream";
import { writeCsv } from "@consortia/reports";
import type { PeriodReportModel } from "./model";
import { materialise } from "./tables";

/** The CSV of the table named `name` (one of TABLE_NAMES), streamed into `out`. */
export async function renderCsv(m: PeriodReportModel, name: string, out: Writable) {
  const [table] = materialise(m, name);
  if (!table) throw new Error(`no table ${name}`);
  await writeCsv(out, table);
}
