import { PassThrough, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import archiver from "archiver";
import { periodReportJsonSchema } from "./json-schema";
import type { PeriodReportModel } from "./model";
import { renderCsvTable } from "./render-csv";
import { renderJson } from "./render-json";
import { materialise } from "./tables";

/**
 * Every CSV table, the JSON export and its JSON Schema in one zip, for systems that import
 * the whole period. Each entry is rendered into its own stream while the zip reads them in
 * turn, so an entry waits (backpressure) instead of piling up in memory.
 */
export async function renderZip(m: PeriodReportModel, out: Writable) {
  const zip = archiver("zip", { zlib: { level: 6 } });
  const done = pipeline(zip, out);
  const base = `${m.project.acronym}-period-${m.period.number}`.replace(/[^\w.-]+/g, "-");
  const renders: Promise<void>[] = [];
  const entries: PassThrough[] = [];
  const entry = (name: string) => {
    const stream = new PassThrough();
    zip.append(stream, { name });
    entries.push(stream);
    return stream;
  };
  for (const table of materialise(m))
    renders.push(renderCsvTable(table, entry(`${base}-${table.name}.csv`)));
  renders.push(renderJson(m, entry(`${base}.json`)));
  zip.append(`${JSON.stringify(periodReportJsonSchema(), null, 2)}\n`, {
    name: "period-report.schema.json",
  });
  try {
    await Promise.all([...renders, zip.finalize(), done]);
  } catch (err) {
    // A closed download: stop every entry's renderer, which would otherwise wait forever.
    for (const stream of entries) stream.destroy();
    zip.abort();
    throw err;
  }
}
