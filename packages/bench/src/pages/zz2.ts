import lighthouse from "lighthouse";
import { startDemoSite } from "./demo";
import { startDebugChromium } from "./lighthouse";
import { pagePath } from "./page-list";

const site = await startDemoSite("/work/wt-pages/apps/web");
const chromium = await startDebugChromium();
try {
  for (const name of (process.env.PAGES ?? "documents").split(",") as any[]) {
    const url = site.server.baseUrl + pagePath(name, site.projectId);
    await fetch(url, { headers: { Cookie: site.cookie } });
    const r = await lighthouse(url, {
      port: chromium.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      extraHeaders: { Cookie: site.cookie },
    });
    const lhr = r!.lhr;
    console.log(name, "perf", lhr.categories.performance!.score);
    for (const id of [
      "first-contentful-paint",
      "largest-contentful-paint",
      "total-blocking-time",
      "cumulative-layout-shift",
      "speed-index",
      "server-response-time",
      "interactive",
    ])
      console.log("  ", id, lhr.audits[id]?.displayValue, lhr.audits[id]?.score);
    for (const id of [
      "render-blocking-resources",
      "bootup-time",
      "mainthread-work-breakdown",
      "largest-contentful-paint-element",
      "lcp-lazy-loaded",
      "layout-shifts",
      "long-tasks",
      "network-requests",
    ]) {
      const a = lhr.audits[id];
      if (!a) continue;
      const items = (a.details as any)?.items ?? [];
      console.log(
        "  ##",
        id,
        a.displayValue ?? "",
        JSON.stringify(
          items.slice(0, id === "network-requests" ? 40 : 6).map((i: any) =>
            id === "network-requests"
              ? [
                  i.url?.slice(-40),
                  i.transferSize,
                  Math.round(i.networkRequestTime),
                  Math.round(i.networkEndTime),
                  i.resourceType,
                ]
              : i.items
                ? i.items.map((x: any) => x.node?.snippet ?? x.phase ?? x)
                : Object.fromEntries(
                    Object.entries(i)
                      .filter(([k, v]) => typeof v !== "object" || k === "node")
                      .map(([k, v]) => [k, k === "node" ? (v as any).snippet : v]),
                  ),
          ),
        ),
      );
    }
  }
} finally {
  await chromium.stop();
  await site.stop();
}
