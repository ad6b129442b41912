import path from "node:path";
import { type BenchConfig, type BenchPart, runsPart } from "./config";
import { type ControlBenchResult, formatControl, runControlBench } from "./control-bench";
import { type ExportBenchResult, formatExport, runExportBench } from "./export-bench";
import { type FinanceBenchResult, formatFinance, runFinanceBench } from "./finance-bench";
import { formatPages, type PageResult, runPagesPart } from "./pages";

/**
 * The parts that need no load on the run's server: export, finance and control run in this
 * process on the run's database (each adds its own dataset), pages starts its own server on
 * the demo database. Each is printed as it finishes.
 */
export type OwnParts = {
  exported: ExportBenchResult | null;
  finance: FinanceBenchResult | null;
  control: ControlBenchResult | null;
  pages: PageResult[];
};

const IN_PROCESS: readonly BenchPart[] = ["export", "finance", "control"];

/** Whether the run is only of parts in this process (no web build needed). */
export const onlyInProcess = (config: BenchConfig) =>
  config.only?.every((p) => IN_PROCESS.includes(p)) ?? false;

/** Whether the run is only of these parts (no generated dataset nor load server needed). */
export const onlyOwnParts = (config: BenchConfig) =>
  config.only?.every((p) => p === "pages" || IN_PROCESS.includes(p)) ?? false;

export async function runOwnParts(
  config: BenchConfig,
  databaseUrl: string,
  scratch: string,
  log: (msg: string) => void,
): Promise<OwnParts> {
  const at = (folder: string) => ({ databaseUrl, dataDir: path.join(scratch, folder), log });
  const part = async <T>(name: BenchPart, run: () => Promise<T>, format: (r: T) => string) => {
    if (!runsPart(config, name)) return null;
    const result = await run();
    console.log(`\n${format(result)}\n`);
    return result;
  };
  const exported = await part(
    "export",
    () => runExportBench({ ...at("export-data"), ...config.export }),
    formatExport,
  );
  const finance = await part("finance", () => runFinanceBench(at("finance-data")), formatFinance);
  const control = await part("control", () => runControlBench(at("control-data")), formatControl);
  const pages = await part("pages", () => runPagesPart(config.webDir, log), formatPages);
  return { exported, finance, control, pages: pages ?? [] };
}

/** The parts' results under the results file's keys. */
export const ownPartsJson = ({ exported, ...rest }: OwnParts) => ({ export: exported, ...rest });
