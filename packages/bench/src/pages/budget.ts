import fs from "node:fs";
import { PAGE_NAMES, type PageName } from "./page-list";

/** Per page, the most first-load JavaScript (KiB of gzip) it may ship. */
export type Budget = Record<PageName, number>;

/**
 * Issue 17's goal: no measured page ships more than this on its first load (a goal of the
 * bench's table). The committed budgets guard against growth from where the pages are now;
 * they come down towards the goal as pages get lighter.
 */
export const GOAL_KIB = 150;

/** Reads and checks the committed budget file: every page named, each a positive size. */
export function readBudget(file: string): Budget {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`Cannot read the page-weight budget ${file}: ${(err as Error).message}`);
  }
  return parseBudget(raw, file);
}

export function parseBudget(raw: unknown, source = "budget"): Budget {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new Error(`${source}: expected an object of page name → KiB`);
  const entries = raw as Record<string, unknown>;
  const unknown = Object.keys(entries).filter(
    (k) => !(PAGE_NAMES as readonly string[]).includes(k),
  );
  if (unknown.length)
    throw new Error(
      `${source}: unknown pages ${unknown.join(", ")} (known: ${PAGE_NAMES.join(", ")})`,
    );
  const budget = {} as Budget;
  for (const name of PAGE_NAMES) {
    const kib = entries[name];
    if (typeof kib !== "number" || !Number.isFinite(kib) || kib <= 0)
      throw new Error(`${source}: ${name} needs a budget in KiB (a positive number)`);
    budget[name] = kib;
  }
  return budget;
}

export type PageWeight = { page: PageName; path: string; gzipBytes: number };
export type Verdict = PageWeight & { kib: number; budgetKib: number; over: boolean };

/** Each page's first-load JavaScript against its budget. */
export function compareWithBudget(weights: PageWeight[], budget: Budget): Verdict[] {
  return weights.map((w) => {
    const kib = w.gzipBytes / 1024;
    return { ...w, kib, budgetKib: budget[w.page], over: kib > budget[w.page] };
  });
}

/** The table printed by the check, and the failure message naming each page over budget. */
export function formatVerdicts(verdicts: Verdict[]): { table: string; failure: string | null } {
  const table = verdicts
    .map(
      (v) =>
        `${v.over ? "OVER" : "ok  "}  ${v.page.padEnd(10)} ${v.kib.toFixed(1).padStart(6)} KiB  (budget ${v.budgetKib} KiB)  ${v.path}`,
    )
    .join("\n");
  const over = verdicts.filter((v) => v.over);
  const failure = over.length
    ? `First-load JavaScript over budget: ${over
        .map((v) => `${v.page} ${v.kib.toFixed(1)} KiB > ${v.budgetKib} KiB`)
        .join(
          "; ",
        )}. Load what the page does not need for its first paint later (next/dynamic, split by route and component), or raise the budget in apps/web/page-weight-budget.json if the growth is wanted (the goal is ${GOAL_KIB} KiB).`
    : null;
  return { table, failure };
}
