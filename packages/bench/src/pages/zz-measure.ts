import path from "node:path";
import { launchChromium } from "/work/wt-pages/packages/bench/src/pages/browser";
import { startDemoSite } from "/work/wt-pages/packages/bench/src/pages/demo";
import { measureFirstLoad } from "/work/wt-pages/packages/bench/src/pages/first-load";
import { PAGE_NAMES, pagePath } from "/work/wt-pages/packages/bench/src/pages/page-list";
const t0 = Date.now();
const site = await startDemoSite("/work/wt-pages/apps/web");
console.log("ready", (Date.now() - t0) / 1000);
const browser = await launchChromium();
try {
  for (const name of PAGE_NAMES) {
    const r = await measureFirstLoad(browser, site.server.baseUrl, site.cookie, pagePath(name, site.projectId));
    console.log(name, (r.gzipBytes / 1024).toFixed(1), "KiB gzip", (r.rawBytes / 1024).toFixed(0), "raw");
    if (process.env.V) for (const s of r.scripts.sort((a,b)=>b.gzipBytes-a.gzipBytes)) console.log("   ", (s.gzipBytes/1024).toFixed(1), path.basename(s.url));
  }
} finally { await browser.close(); await site.stop(); }
console.log("total", (Date.now() - t0) / 1000);
