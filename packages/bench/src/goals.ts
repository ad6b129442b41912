/**
 * The bench's goal table: every figure an issue set a target for, with its goal, in one
 * place. Each part of the run adds the goals it measured; the table is printed last and
 * written to the results file, and says which goals fall short.
 */
export type Goal = {
  /** The part of the run that measured it (overview, search, transfer, export, pages, …). */
  part: string;
  /** What is measured, e.g. "projects.overview p50 / (ping p50 + request SQL p50)". */
  what: string;
  figure: number;
  /** "max": the figure must be at most the target; "min": at least. */
  kind: "max" | "min";
  target: number;
  /** How the figure is printed: a ratio (×), KiB, a score. */
  unit?: "×" | "KiB" | "score" | "ms";
  /** The numbers behind the figure, for the reader (e.g. "43.9 ms vs 10.9 + 8.3"). */
  detail?: string;
  /** Reported for information (no issue set it as a goal): never counted as falling short. */
  informational?: boolean;
};

export function goalMet(g: Goal): boolean {
  if (!Number.isFinite(g.figure)) return false;
  return g.kind === "max" ? g.figure <= g.target : g.figure >= g.target;
}

const show = (n: number, unit: Goal["unit"]) => {
  if (!Number.isFinite(n)) return "n/a";
  if (unit === "KiB" || unit === "score") return n.toFixed(0) + (unit === "KiB" ? " KiB" : "");
  if (unit === "ms") return `${n.toFixed(1)} ms`;
  return `${n.toFixed(2)} ×`;
};

export function formatGoals(goals: Goal[]): string {
  if (!goals.length) return "goals: none measured in this run";
  const rows = goals.map((g) => [
    g.part,
    g.what,
    show(g.figure, g.unit),
    `${g.kind === "max" ? "≤" : "≥"} ${show(g.target, g.unit)}`,
    g.informational ? (goalMet(g) ? "info" : "info, below") : goalMet(g) ? "met" : "SHORT",
    g.detail ?? "",
  ]);
  const header = ["part", "goal", "figure", "target", "", "detail"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const short = goals.filter((g) => !g.informational && !goalMet(g));
  return [
    "Goals",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    short.length
      ? `${short.length} of ${goals.length} goals fall short: ${short.map((g) => g.what).join("; ")}`
      : `all ${goals.filter((g) => !g.informational).length} goals met`,
  ].join("\n");
}
