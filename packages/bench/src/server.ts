import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export type WebServer = {
  baseUrl: string;
  port: number;
  /** Process id of `next start` (whose memory the transfer scenarios watch). */
  pid: number;
  /** The last lines the server printed (shown when something goes wrong). */
  tail: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function nextBinary(webDir: string): string {
  const bin = path.join(webDir, "node_modules", "next", "dist", "bin", "next");
  if (!fs.existsSync(bin)) throw new Error(`next is not installed in ${webDir} (run pnpm install)`);
  return bin;
}

export function assertBuilt(webDir: string): string {
  const buildIdFile = path.join(webDir, ".next", "BUILD_ID");
  if (!fs.existsSync(buildIdFile)) {
    throw new Error(
      `No production build of the web app (${buildIdFile} is missing).\n` +
        "Build it first: `pnpm --filter @consortia/web build` (root `pnpm bench` does this via turbo).",
    );
  }
  return fs.readFileSync(buildIdFile, "utf8").trim();
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * `next start` of the existing production build, in its own process group so the whole
 * tree can be ended. Resolves once GET /api/ping answers.
 */
export async function startWebServer(opts: {
  webDir: string;
  databaseUrl: string;
  secret: string;
  logLevel: string;
  /** Further settings of the app (storage folder, upload limits). */
  env?: Record<string, string>;
  /** Run node with --cpu-prof: the profile lands in this folder when the server stops. */
  cpuProfileDir?: string | null;
  timeoutMs?: number;
}): Promise<WebServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const profile = opts.cpuProfileDir;
  if (profile) fs.mkdirSync(profile, { recursive: true });
  const nodeArgs = profile ? ["--cpu-prof", "--cpu-prof-dir", profile] : [];
  const args = [...nodeArgs, nextBinary(opts.webDir), "start", "-p", String(port)];
  const child = spawn(process.execPath, args, {
    cwd: opts.webDir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: opts.secret,
      NEXTAUTH_URL: baseUrl,
      LOG_LEVEL: opts.logLevel,
      SMTP_URL: "",
      ...opts.env,
    },
  });
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const tail = () => lines.slice(-40).join("\n");

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    // next start exits on SIGTERM (process.exit), which is when node writes the profile.
    if (!(await waitForExit(child, profile ? 60_000 : 5000))) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
      await waitForExit(child, 2000);
    }
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}):\n${tail()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/ping`);
      if (res.status === 204 || res.ok) return { baseUrl, port, pid: child.pid ?? 0, tail, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`next start did not answer /api/ping within the time limit:\n${tail()}`);
}

const GiB = 1024 ** 3;

/**
 * Local storage in the run's scratch folder. The generated library's nominal sizes (it has
 * no blobs) add up to more than the default quota, so the quota is lifted out of the way.
 */
export function appStorageEnv(scratch: string, bytes: number): Record<string, string> {
  return {
    STORAGE_DRIVER: "local",
    STORAGE_DIR: path.join(scratch, "storage"),
    DATA_DIR: path.join(scratch, "data"),
    UPLOAD_MAX_BYTES: String(Math.max(GiB, bytes)),
    STORAGE_QUOTA_BYTES: String(1024 ** 5),
  };
}
