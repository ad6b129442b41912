import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_LEAD_EMAIL } from "@consortia/db";
import { startWebServer, type WebServer } from "../server";
import { signIn } from "../sign-in";

export const DEMO_PASSWORD = "medtech-demo-2026";
const DEMO_ACRONYM = "MEDTECH-S3";

export type DemoSite = {
  server: WebServer;
  /** The demo lead coordinator's Cookie header. */
  cookie: string;
  projectId: string;
  stop: () => Promise<void>;
};

/**
 * The production build on a fresh embedded database holding the demo partnership (seeded at
 * boot, as the browser tests do), signed in as its lead coordinator: every page has realistic
 * content (indicators and practices charted, a work plan, reports under way).
 */
export async function startDemoSite(webDir: string, logLevel = "warn"): Promise<DemoSite> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-pages-"));
  const server = await startWebServer({
    webDir,
    databaseUrl: "",
    secret: randomBytes(32).toString("base64url"),
    logLevel,
    env: { DATA_DIR: dataDir, DEMO_PASSWORD },
    timeoutMs: 120_000,
  });
  const stop = async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // The first request that needs the database waits for the migrations and the demo seed.
    const first = await fetch(`${server.baseUrl}/sign-in`, {
      signal: AbortSignal.timeout(120_000),
    });
    if (!first.ok) throw new Error(`GET /sign-in answered ${first.status}`);
    const cookie = await signIn(server.baseUrl, DEMO_LEAD_EMAIL, DEMO_PASSWORD);
    const projectId = await demoProjectId(server.baseUrl, cookie);
    return { server, cookie, projectId, stop };
  } catch (err) {
    console.error(`last server output:\n${server.tail()}`);
    await stop();
    throw err;
  }
}

async function demoProjectId(baseUrl: string, cookie: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/trpc/projects.mine`, { headers: { Cookie: cookie } });
  const body = (await res.json()) as {
    result?: { data?: { json?: { id: string; acronym: string }[] } };
  };
  const project = body.result?.data?.json?.find((p) => p.acronym === DEMO_ACRONYM);
  if (!project) throw new Error(`projects.mine (${res.status}) has no ${DEMO_ACRONYM}`);
  return project.id;
}
