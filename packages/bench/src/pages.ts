import type { Goal } from "./goals";
import { launchChromium } from "./pages/browser";
import { GOAL_KIB } from "./pages/budget";
import { startDemoSite } from "./pages/demo";
import { measureFirstLoad } from "./pages/first-load";
import { type LighthouseScores, runLighthouse, startDebugChromium } from "./pages/lighthouse";
import { PAGE_NAMES, type PageName, pagePath } from "./pages/page-list";

export type PageResult = {
  page: PageName;
  path: string;
  firstLoadKiB: number;
  scripts: number;
  lighthouse: LighthouseScores;
};

/**
 * The `pages` part: the production build on the demo database, signed in as the demo lead
 * coordinator (the demo partnership fills every page: charts, a work plan, a report under
 * way — the bench's generated project has no indicators, practices or reports). For each
 * page, its first-load JavaScript (see first-load.ts) and one Lighthouse mobile run.
 */
export async function runPagesPart(
  webDir: string,
  log: (msg: string) => void,
): Promise<PageResult[]> {
  const site = await startDemoSite(webDir);
  log(`pages: demo site ready at ${site.server.baseUrl}`);
  const results: PageResult[] = [];
  try {
    const browser = await launchChromium();
    const weights = new Map<PageName, { kib: number; scripts: number }>();
    try {
      for (const page of PAGE_NAMES) {
        const r = await measureFirstLoad(
          browser,
          site.server.baseUrl,
          site.cookie,
          pagePath(page, site.projectId),
        );
        weights.set(page, { kib: r.gzipBytes / 1024, scripts: r.scripts.length });
      }
    } finally {
      await browser.close();
    }
    const chromium = await startDebugChromium();
    try {
      for (const page of PAGE_NAMES) {
        const path = pagePath(page, site.projectId);
        // One unmeasured visit first, so the server's first render of the page is not scored.
        await fetch(`${site.server.baseUrl}${path}`, { headers: { Cookie: site.cookie } });
        const lighthouse = await runLighthouse(
          chromium.port,
          site.server.baseUrl,
          site.cookie,
          path,
        );
        const w = weights.get(page)!;
        results.push({ page, path, firstLoadKiB: w.kib, scripts: w.scripts, lighthouse });
        log(
          `pages: ${page} ${w.kib.toFixed(1)} KiB JS, performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}`,
        );
      }
    } finally {
      await chromium.stop();
    }
  } finally {
    await site.stop();
  }
  return results;
}

export function formatPages(results: PageResult[]): string {
  const rows = results.map((r) => {
    const m = r.lighthouse.metrics;
    return `${r.page.padEnd(10)} ${r.firstLoadKiB.toFixed(1).padStart(6)} KiB  ${String(r.scripts).padStart(3)} scripts  perf ${String(r.lighthouse.performance).padStart(3)}  a11y ${String(r.lighthouse.accessibility).padStart(3)}  FCP ${(m.fcpMs / 1000).toFixed(1)} s  LCP ${(m.lcpMs / 1000).toFixed(1)} s  TBT ${m.tbtMs.toFixed(0)} ms  CLS ${m.cls.toFixed(3)}`;
  });
  return ["Pages (first-load JS gzip; Lighthouse mobile)", ...rows].join("\n");
}

/** Issue 17's goals, per page: first-load JS ≤ 150 KiB, performance ≥ 90, accessibility 100. */
export function pageGoals(results: PageResult[]): Goal[] {
  return results.flatMap((r) => {
    const m = r.lighthouse.metrics;
    const metrics = `FCP ${(m.fcpMs / 1000).toFixed(1)} s, LCP ${(m.lcpMs / 1000).toFixed(1)} s, TBT ${m.tbtMs.toFixed(0)} ms, CLS ${m.cls.toFixed(3)}`;
    return [
      {
        part: "pages",
        what: `${r.page} first-load JS (gzip)`,
        figure: r.firstLoadKiB,
        kind: "max",
        target: GOAL_KIB,
        unit: "KiB",
        detail: `${r.scripts} scripts, ${r.path}`,
      },
      {
        part: "pages",
        what: `${r.page} Lighthouse mobile performance`,
        figure: r.lighthouse.performance,
        kind: "min",
        target: 90,
        unit: "score",
        detail: metrics,
      },
      {
        part: "pages",
        what: `${r.page} Lighthouse accessibility`,
        figure: r.lighthouse.accessibility,
        kind: "min",
        target: 100,
        unit: "score",
      },
    ] satisfies Goal[];
  });
}
