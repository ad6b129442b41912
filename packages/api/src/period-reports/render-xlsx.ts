import type { Writable } from "node:stream";
import { type Progress, writeXlsx } from "@consortia/reports";
import type { PeriodReportModel } from "./model";
import { countRows, TABLES } from "./tables";

export { INSTANT_FORMAT } from "@consortia/reports";

/**
 * The report as a workbook, one sheet per table of ./tables, streamed into `out` (the
 * writer gives every sheet its frozen header, filter, number and date formats, and
 * neutralises every text cell). Each sheet's cells are computed as it is written, so only
 * that sheet's are held beside the report. `onProgress` hears of every row written.
 */
export async function renderXlsx(
  m: PeriodReportModel,
  out: Writable,
  opts: { onProgress?: Progress } = {},
) {
  function* sheets() {
    for (const t of TABLES) yield t.materialise(m);
  }
  await writeXlsx(out, sheets(), {
    rows: countRows(m),
    created: new Date(m.generatedAt),
    title: `${m.project.acronym} progress report, period ${m.period.number}`,
    onProgress: opts.onProgress,
  });
}
