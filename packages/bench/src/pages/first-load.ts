import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export type FirstLoad = {
  path: string;
  /** Gzip bytes of every script the page fetched until its load event. */
  gzipBytes: number;
  /** The same, uncompressed. */
  rawBytes: number;
  scripts: { url: string; gzipBytes: number }[];
};

/**
 * Opens `path` in a fresh context signed in with `cookie` and adds up the JavaScript fetched
 * until the load event: what a first visit pays before the page is usable. Each body is
 * gzipped here (zlib level 6, what `next start` sends) so the figure does not depend on how
 * the server compressed it. Scripts fetched after the load event (charts deferred until
 * then) are not counted.
 */
export async function measureFirstLoad(
  browser: Browser,
  baseUrl: string,
  cookie: string,
  path: string,
): Promise<FirstLoad> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    await context.addCookies(cookiesFor(baseUrl, cookie));
    const page = await context.newPage();
    const bodies: Promise<{ url: string; body: Buffer }>[] = [];
    let loaded = false;
    page.on("response", (res) => {
      if (loaded || res.request().resourceType() !== "script") return;
      bodies.push(res.body().then((body) => ({ url: res.url(), body })));
    });
    const res = await page.goto(path, { waitUntil: "load", timeout: 60_000 });
    loaded = true;
    if (!res?.ok()) throw new Error(`GET ${path} answered ${res?.status() ?? "nothing"}`);
    const finalPath = new URL(page.url()).pathname;
    if (finalPath !== path.split("?")[0])
      throw new Error(`GET ${path} ended at ${finalPath} (not signed in, or no such page?)`);
    const scripts = (await Promise.all(bodies)).map(({ url, body }) => ({
      url,
      rawBytes: body.length,
      gzipBytes: gzipSync(body, { level: 6 }).length,
    }));
    return {
      path,
      gzipBytes: scripts.reduce((s, x) => s + x.gzipBytes, 0),
      rawBytes: scripts.reduce((s, x) => s + x.rawBytes, 0),
      scripts: scripts.map(({ url, gzipBytes }) => ({ url, gzipBytes })),
    };
  } finally {
    await context.close();
  }
}

/** `name=value; name2=value2` as cookies of the server's host. */
export function cookiesFor(baseUrl: string, cookie: string) {
  const url = new URL(baseUrl);
  return cookie.split(";").map((pair) => {
    const [name = "", ...rest] = pair.trim().split("=");
    return { name, value: rest.join("="), domain: url.hostname, path: "/" };
  });
}
