/**
 * CI's page-weight check: the production build of apps/web on the demo database (embedded,
 * seeded at boot), signed in as the demo lead coordinator; each page of issue 17 loaded once
 * in Chromium, its first-load JavaScript compared with apps/web/page-weight-budget.json.
 * Exits 1 naming every page over its budget. Needs `next build` first.
 */
import path from "node:path";
import { readBenchConfig } from "./config";
import { launchChromium } from "./pages/browser";
import { compareWithBudget, formatVerdicts, type PageWeight, readBudget } from "./pages/budget";
import { startDemoSite } from "./pages/demo";
import { measureFirstLoad } from "./pages/first-load";
import { PAGE_NAMES, pagePath } from "./pages/page-list";
import { assertBuilt } from "./server";

const { webDir } = readBenchConfig({});
const budgetFile = path.join(webDir, "page-weight-budget.json");

async function main() {
  const budget = readBudget(budgetFile);
  assertBuilt(webDir);
  const started = Date.now();
  const site = await startDemoSite(webDir);
  const browser = await launchChromium().catch(async (err: unknown) => {
    await site.stop();
    throw err;
  });
  const weights: PageWeight[] = [];
  try {
    for (const page of PAGE_NAMES) {
      const { path: p, gzipBytes } = await measureFirstLoad(
        browser,
        site.server.baseUrl,
        site.cookie,
        pagePath(page, site.projectId),
      );
      weights.push({ page, path: p, gzipBytes });
    }
  } finally {
    await browser.close();
    await site.stop();
  }
  const { table, failure } = formatVerdicts(compareWithBudget(weights, budget));
  console.log(`First-load JavaScript (gzip), signed in as the demo lead:\n${table}`);
  console.log(
    `(${((Date.now() - started) / 1000).toFixed(0)} s, budget ${path.relative(process.cwd(), budgetFile)})`,
  );
  if (failure) {
    console.error(failure);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(`page-weight: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
