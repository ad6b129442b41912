import type { ProcedureTiming } from "./api-caller";
import type { ControlBenchResult } from "./control-bench";
import type { FinanceBenchResult } from "./finance-bench";
import type { Goal } from "./goals";
import type { OwnParts } from "./in-process-parts";
import { pageGoals } from "./pages";
import type { ScenarioResult } from "./report";
import type { ScaleOutResult } from "./scale-out";
import type { TransferResult } from "./transfer";

/** What a run measured: the load scenarios on its server, and the parts on their own. */
export type Measured = Partial<OwnParts> & {
  results?: ScenarioResult[];
  transfers?: TransferResult[];
  scaleOut?: ScaleOutResult | null;
};

/** The issues' goals, from what this run measured (a part not run adds none). */
export function benchGoals({
  results = [],
  transfers = [],
  exported = null,
  scaleOut = null,
  pages = [],
  finance = null,
  control = null,
}: Measured): Goal[] {
  const goals: Goal[] = [];
  const m = (name: string) => results.find((r) => r.name === name)?.measurement;
  const ping = m("ping");
  const overview = m("projects.overview");
  const requestSql = m("overview-request-sql");
  if (ping && overview && requestSql) {
    const floor = ping.latencyMs.p50 + requestSql.latencyMs.p50;
    goals.push({
      part: "overview",
      what: "projects.overview p50 / (ping p50 + request SQL p50)",
      figure: overview.latencyMs.p50 / floor,
      kind: "max",
      target: 1.5,
      detail: `${overview.latencyMs.p50.toFixed(1)} ms vs ${ping.latencyMs.p50.toFixed(1)} + ${requestSql.latencyMs.p50.toFixed(1)} ms`,
    });
  }
  const search = m("documents.search");
  if (ping && search)
    goals.push({
      part: "search",
      what: "documents.search p97.5 / ping p97.5",
      figure: search.latencyMs.p97_5 / ping.latencyMs.p97_5,
      kind: "max",
      target: 5,
      detail: `${search.latencyMs.p97_5.toFixed(1)} ms vs ${ping.latencyMs.p97_5.toFixed(1)} ms`,
    });
  for (const t of transfers)
    goals.push({
      part: "transfer",
      what: `${t.direction} throughput, app / bare stream`,
      figure: t.ratio,
      kind: "min",
      target: 0.9,
      detail: `${t.appMiBps.toFixed(0)} vs ${t.floorMiBps.toFixed(0)} MiB/s, ${t.mebibytes} MiB`,
    });
  if (exported) {
    goals.push({
      part: "export",
      what: "period XLSX export time, app / fair floor",
      figure: exported.ratios.time,
      kind: "max",
      target: 1.5,
      detail: `${exported.app.seconds.toFixed(2)} s vs ${exported.fairFloor.seconds.toFixed(2)} s (in-memory floor ${exported.floor.seconds.toFixed(2)} s, × ${exported.memoryFloorRatios.time.toFixed(2)})`,
    });
    goals.push({
      part: "export",
      what: "period XLSX export heap growth, app / fair floor",
      figure: exported.ratios.heapGrowth,
      kind: "max",
      target: 2,
      detail: `${exported.app.heapGrowthMiB.toFixed(0)} vs ${exported.fairFloor.heapGrowthMiB.toFixed(0)} MiB (in-memory floor ${exported.floor.heapGrowthMiB.toFixed(0)} MiB, × ${exported.memoryFloorRatios.heapGrowth.toFixed(2)})`,
    });
  }
  if (scaleOut) {
    const [one, two] = scaleOut.rows.map((r) => r.measurement.requestsPerSecond);
    goals.push({
      part: "scale-out",
      what: "projects.overview throughput, 2 processes / 1 (informational)",
      figure: scaleOut.throughputRatio,
      kind: "min",
      target: 1,
      informational: true,
      detail: `${two?.toFixed(0)} vs ${one?.toFixed(0)} req/s on ${scaleOut.cpus} CPUs`,
    });
  }
  goals.push(...pageGoals(pages));
  if (finance) goals.push(...financeGoals(finance));
  if (control) goals.push(...controlGoals(control));
  return goals;
}

/** A procedure's p50 against its own statements sent directly (none when it was skipped). */
export function vsSqlGoal(part: string, what: string, r: ProcedureTiming): Goal[] {
  if (!r.app || !r.floor) return [];
  return [
    {
      part,
      what: `${what} p50 / its ${r.statements} statements sent directly`,
      figure: r.app.p50Ms / r.floor.p50Ms,
      kind: "max",
      target: 1.5,
      detail: `${r.app.p50Ms.toFixed(1)} ms vs ${r.floor.p50Ms.toFixed(1)} ms`,
    },
  ];
}

/** Issue 18: the desk and a report's overview against their SQL, the XLSX against exceljs. */
function financeGoals(f: FinanceBenchResult): Goal[] {
  const goals: Goal[] = [
    ...vsSqlGoal("finance", "moneyDesk.overview", f.desk),
    ...vsSqlGoal("finance", "financialReports.get (10,000 items)", f.report),
  ];
  goals.push({
    part: "finance",
    what: "expenditure XLSX (10,000 items) time, app / bare exceljs",
    figure: f.xlsx.appSeconds / f.xlsx.floorSeconds,
    kind: "max",
    target: 1.5,
    detail: `${f.xlsx.appSeconds.toFixed(2)} s vs ${f.xlsx.floorSeconds.toFixed(2)} s`,
  });
  return goals;
}

/** Issue 19: controlling a 2,000-item report and the joint claim, each against its SQL. */
export function controlGoals(c: ControlBenchResult): Goal[] {
  const items = c.round.items.toLocaleString("en");
  return [
    ...vsSqlGoal("control", `control.start (${items} items)`, c.start),
    ...vsSqlGoal("control", `control.sample (${c.round.sampled} of ${items})`, c.sample),
    ...vsSqlGoal(
      "control",
      `control.verifyRest (${c.round.verified.toLocaleString("en")} items)`,
      c.verifyRest,
    ),
    ...vsSqlGoal("control", `control.get (${items} items)`, c.get),
    ...vsSqlGoal("control", `periodReports.certificates (${c.claim.partners} partners)`, c.claim),
  ];
}
