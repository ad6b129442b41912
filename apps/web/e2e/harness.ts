import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startMailSink } from "./mail-sink";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    mailUrl: string;
  }
}

const WEB_DIR = path.resolve(import.meta.dirname, "..");
const DEMO_PASSWORD = "medtech-demo-2026";
const BOOT_TIMEOUT_MS = 120_000;

/**
 * Vitest global setup: a mail sink and the production build (`next start`) on free ports,
 * with a fresh embedded database that migrates and loads the demo partnership at boot.
 */
export default async function setup(project: TestProject) {
  if (readBuildId() === null) {
    throw new Error(
      "apps/web/.next/BUILD_ID is missing: build first (`pnpm --filter @consortia/web build`, " +
        "or run `pnpm test:e2e` from the repository root, which builds through turbo).",
    );
  }
  const buildId = readBuildId();
  const sink = await startMailSink();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-e2e-data-"));
  const logFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), "consortia-e2e-log-")),
    "server.log",
  );
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_PASSWORD,
    SMTP_URL: `smtp://127.0.0.1:${sink.smtpPort}`,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "e2e-fixed-secret-that-is-long-enough-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The embedded database, never a developer's PostgreSQL.
  delete env.DATABASE_URL;

  const log = fs.createWriteStream(logFile);
  const server = spawn(
    process.execPath,
    [
      path.join(WEB_DIR, "node_modules", "next", "dist", "bin", "next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    { cwd: WEB_DIR, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  const teardown = async () => {
    await stop(server);
    await sink.close();
    log.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    console.log(`[e2e] server log: ${logFile}`);
    if (readBuildId() !== buildId) {
      console.warn("[e2e] apps/web/.next was rebuilt during the run: failures may be artefacts.");
    }
  };

  try {
    await waitForServer(baseUrl, server, logFile);
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide("baseUrl", baseUrl);
  project.provide("mailUrl", sink.httpUrl);
  return teardown;
}

function readBuildId(): string | null {
  try {
    return fs.readFileSync(path.join(WEB_DIR, ".next", "BUILD_ID"), "utf8");
  } catch {
    return null;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForServer(baseUrl: string, server: ChildProcess, logFile: string) {
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  const tail = () => fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
  let lastError = "no answer yet";
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`next start exited with code ${server.exitCode}:\n${tail()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/ping`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 204) {
        // The first page that needs the database waits for migration and the demo seed.
        const page = await fetch(`${baseUrl}/sign-in`, { signal: AbortSignal.timeout(90_000) });
        if (page.ok) return;
        lastError = `GET /sign-in answered ${page.status}`;
      } else {
        lastError = `GET /api/ping answered ${res.status}`;
      }
    } catch (err) {
      lastError = String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `Server at ${baseUrl} not ready in ${BOOT_TIMEOUT_MS / 1000}s (${lastError}):\n${tail()}`,
  );
}

export async function stop(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  // Its own process group (detached), so anything next start forked ends with it.
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (server.pid) process.kill(-server.pid, signal);
    } catch {
      server.kill(signal);
    }
  };
  kill("SIGTERM");
  const timer = setTimeout(() => kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
