import path from "node:path";
import { launchChromium } from "./browser";
import { startDemoSite } from "./demo";
import { measureFirstLoad } from "./first-load";
import { pagePath } from "./page-list";

const site = await startDemoSite("/work/wt-pages/apps/web");
const browser = await launchChromium();
try {
  for (const name of ["home", "report"] as const) {
    const r = await measureFirstLoad(
      browser,
      site.server.baseUrl,
      site.cookie,
      pagePath(name, site.projectId),
    );
    console.log(name, (r.gzipBytes / 1024).toFixed(1));
    for (const s of r.scripts)
      console.log("   ", (s.gzipBytes / 1024).toFixed(1), path.basename(s.url));
  }
  console.log("PROJECT", site.projectId, site.server.baseUrl, site.cookie);
  if (process.env.HOLD) await new Promise((r) => setTimeout(r, Number(process.env.HOLD)));
} finally {
  await browser.close();
  await site.stop();
}
