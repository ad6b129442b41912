import { type ChildProcess, spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type RssReport, sampleRss } from "./rss";
import { median } from "./stats";
import { getFile, postFile, writeTestFile } from "./transfer-client";

export type TransferRun = {
  appMiBps: number;
  floorMiBps: number;
  appRss: RssReport;
  floorRss: RssReport;
};

export type TransferResult = {
  direction: "upload" | "download";
  mebibytes: number;
  /** Medians over the runs; ratio = app / floor (1 = as fast as the plain stream server). */
  appMiBps: number;
  floorMiBps: number;
  ratio: number;
  /** Largest growth of the app server's resident memory in any run (streaming keeps it small). */
  appRssGrowthMiB: number;
  appRssPeakMiB: number;
  floorRssGrowthMiB: number;
  /** Every byte came back: sha256 of each download (app and floor) equals the file's. */
  sha256Match: boolean;
  runs: TransferRun[];
};

export type TransferOptions = {
  baseUrl: string;
  cookie: string;
  projectId: string;
  /** Process id of the app server (`next start`). */
  appPid: number;
  /** Scratch folder on the disk the app stores blobs on. */
  dir: string;
  mebibytes: number;
  runs: number;
  log: (msg: string) => void;
};

type Floor = { baseUrl: string; pid: number; stop: () => Promise<void> };

/** The plain stream server (transfer-floor.ts) in its own process, as the app has its own. */
async function startFloor(dir: string): Promise<Floor> {
  const script = fileURLToPath(new URL("./transfer-floor.ts", import.meta.url));
  // process.execArgv carries tsx's loader, so the child runs TypeScript like this process.
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, script, dir], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (out.includes("\n")) resolve(Number(out.split("\n")[0]));
    });
    child.once("exit", (code) => reject(new Error(`transfer floor exited (${code})`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: async () => {
      child.stdin?.end();
      await exited;
    },
  };
}

/** Runs `transfer` while sampling the memory of the process serving it. */
async function measured<T>(pid: number, transfer: () => Promise<T>) {
  const sampler = sampleRss(pid);
  try {
    const result = await transfer();
    return { result, rss: sampler.stop() };
  } catch (err) {
    sampler.stop();
    throw err;
  }
}

type Measured = { result: { seconds: number }; rss: RssReport };

/** Both transfers in the given order; runs alternate it so neither always goes first. */
async function both<T>(appFirst: boolean, app: () => Promise<T>, floor: () => Promise<T>) {
  if (appFirst) {
    const a = await app();
    return { app: a, floor: await floor() };
  }
  const f = await floor();
  return { app: await app(), floor: f };
}

function toRun(pair: { app: Measured; floor: Measured }, mebibytes: number): TransferRun {
  return {
    appMiBps: mebibytes / pair.app.result.seconds,
    floorMiBps: mebibytes / pair.floor.result.seconds,
    appRss: pair.app.rss,
    floorRss: pair.floor.rss,
  };
}

function summarise(
  direction: TransferResult["direction"],
  mebibytes: number,
  runs: TransferRun[],
  sha256Match: boolean,
): TransferResult {
  const appMiBps = median(runs.map((r) => r.appMiBps));
  const floorMiBps = median(runs.map((r) => r.floorMiBps));
  return {
    direction,
    mebibytes,
    appMiBps,
    floorMiBps,
    ratio: floorMiBps > 0 ? appMiBps / floorMiBps : Number.NaN,
    appRssGrowthMiB: Math.max(...runs.map((r) => r.appRss.growthMiB)),
    appRssPeakMiB: Math.max(...runs.map((r) => r.appRss.peakMiB)),
    floorRssGrowthMiB: Math.max(...runs.map((r) => r.floorRss.growthMiB)),
    sha256Match,
    runs,
  };
}

/**
 * Upload and download of one large file through the app and through the floor, `runs` times
 * each, alternating which goes first. Throws when a transfer is refused or incomplete.
 */
export async function runTransfers(opts: TransferOptions): Promise<TransferResult[]> {
  const { mebibytes } = opts;
  const bytes = mebibytes * 1024 * 1024;
  const floorDir = path.join(opts.dir, "floor");
  await mkdir(floorDir, { recursive: true });
  const file = path.join(opts.dir, `bench-${mebibytes}mib.mp4`);
  const started = performance.now();
  const sha256 = await writeTestFile(file, mebibytes);
  opts.log(
    `wrote ${mebibytes} MiB test file in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const floor = await startFloor(floorDir);
  const floorUrl = `${floor.baseUrl}/files/upload.mp4`;
  const documentsUrl = `${opts.baseUrl}/api/projects/${opts.projectId}/documents`;
  const appHeaders = {
    cookie: opts.cookie,
    origin: opts.baseUrl,
    "x-consortia-upload": "1",
    "x-file-name": encodeURIComponent(path.basename(file)),
    "content-type": "video/mp4",
  };
  const uploads: TransferRun[] = [];
  const downloads: TransferRun[] = [];
  let allMatch = true;
  try {
    for (let run = 1; run <= opts.runs; run++) {
      const appFirst = run % 2 === 0;
      const query = `title=Bench+transfer+${run}&category=other&visibility=partnership`;
      const up = await both(
        appFirst,
        () =>
          measured(opts.appPid, () =>
            postFile(`${documentsUrl}?${query}`, file, bytes, appHeaders),
          ),
        () => measured(floor.pid, () => postFile(floorUrl, file, bytes, {})),
      );
      for (const [who, u] of [
        ["app", up.app.result],
        ["floor", up.floor.result],
      ] as const)
        if (u.status !== 201)
          throw new Error(`${who} upload answered ${u.status}: ${u.body.slice(0, 300)}`);
      const doc = (
        JSON.parse(up.app.result.body) as { document?: { id?: string; sha256?: string } }
      ).document;
      if (!doc?.id || doc.sha256 !== sha256)
        throw new Error(`app upload stored another checksum: ${up.app.result.body.slice(0, 300)}`);
      uploads.push(toRun(up, mebibytes));

      const fileUrl = `${documentsUrl}/${doc.id}/file`;
      const down = await both(
        appFirst,
        () => measured(opts.appPid, () => getFile(fileUrl, { cookie: opts.cookie })),
        () => measured(floor.pid, () => getFile(floorUrl, {})),
      );
      for (const [who, d] of [
        ["app", down.app.result],
        ["floor", down.floor.result],
      ] as const) {
        if (d.status !== 200)
          throw new Error(`${who} download answered ${d.status}: ${d.body.slice(0, 300)}`);
        if (d.bytes !== bytes)
          throw new Error(`${who} download returned ${d.bytes} of ${bytes} bytes`);
        if (d.sha256 !== sha256) allMatch = false;
      }
      downloads.push(toRun(down, mebibytes));
      const [u, d] = [uploads.at(-1)!, downloads.at(-1)!];
      opts.log(
        `transfer run ${run}/${opts.runs}: upload app ${u.appMiBps.toFixed(0)} / floor ` +
          `${u.floorMiBps.toFixed(0)} MiB/s, download app ${d.appMiBps.toFixed(0)} / floor ` +
          `${d.floorMiBps.toFixed(0)} MiB/s`,
      );
    }
  } finally {
    await floor.stop();
  }
  return [
    summarise("upload", mebibytes, uploads, true),
    summarise("download", mebibytes, downloads, allMatch),
  ];
}
