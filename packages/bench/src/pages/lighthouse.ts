import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { freePort } from "../server";
import { CHROMIUM_FLAGS, chromiumPath } from "./browser";

export type LighthouseScores = {
  path: string;
  /** Lighthouse's mobile scores, 0–100. */
  performance: number;
  accessibility: number;
  /** The metrics behind the performance score, for the reader. */
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
};

export type DebugChromium = { port: number; stop: () => Promise<void> };

/**
 * The same Chromium as the browser tests, with its DevTools port open for Lighthouse, on a
 * fresh profile. Lighthouse never downloads a browser; CHROMIUM_PATH overrides the binary.
 */
export async function startDebugChromium(): Promise<DebugChromium> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-lighthouse-"));
  const child: ChildProcess = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    fs.rmSync(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`${chromiumPath()} did not open its DevTools port ${port} within 30 s`);
}

/**
 * One Lighthouse run of `url` with its default settings: a mobile phone, simulated slow 4G
 * and a 4× slower CPU. The session cookie goes with every request.
 */
export async function runLighthouse(
  port: number,
  baseUrl: string,
  cookie: string,
  pagePath: string,
): Promise<LighthouseScores> {
  try {
    return await lighthouseOnce(port, baseUrl, cookie, pagePath);
  } catch (err) {
    // Lighthouse asks for a second run when its trace missed the navigation (NO_NAVSTART and
    // the like, seen on a busy machine); a second failure is the answer.
    if (!/run Lighthouse again/i.test(String(err))) throw err;
    return lighthouseOnce(port, baseUrl, cookie, pagePath);
  }
}

async function lighthouseOnce(
  port: number,
  baseUrl: string,
  cookie: string,
  pagePath: string,
): Promise<LighthouseScores> {
  const result = await lighthouse(`${baseUrl}${pagePath}`, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: { Cookie: cookie },
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${pagePath}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${pagePath}: ${lhr.runtimeError.message}`);
  const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
  if (finalPath !== pagePath) throw new Error(`Lighthouse on ${pagePath} ended at ${finalPath}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    path: pagePath,
    performance: score("performance"),
    accessibility: score("accessibility"),
    metrics: {
      fcpMs: metric("first-contentful-paint"),
      lcpMs: metric("largest-contentful-paint"),
      tbtMs: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
    },
  };
}
