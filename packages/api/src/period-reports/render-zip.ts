import type { Writable } from "node:stream";
import { writeCsv, writeZip } from "@consortia/reports";
import { periodReportJsonSchema } from "./json-schema";
import type { PeriodReportModel } from "./model";
import { renderJson } from "./render-json";
import { materialise } from "./tables";

/**
 * Every CSV table, the JSON export and its JSON Schema in one zip, for systems that import
 * the whole period; streamed, each file rendered as the zip reads it.
 */
export async function renderZip(m: PeriodReportModel, out: Writable) {
  const base = `${m.project.acronym}-period-${m.period.number}`.replace(/[^\w.-]+/g, "-");
  await writeZip(out, [
    ...materialise(m).map((table) => ({
      name: `${base}-${table.name}.csv`,
      render: (entry: Writable) => writeCsv(entry, table),
    })),
    { name: `${base}.json`, render: (entry: Writable) => renderJson(m, entry) },
    {
      name: "period-report.schema.json",
      text: `${JSON.stringify(periodReportJsonSchema(), null, 2)}\n`,
    },
  ]);
}
