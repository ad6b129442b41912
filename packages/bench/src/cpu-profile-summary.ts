/**
 * The top frames of a V8 .cpuprofile (what `BENCH_CPU_PROFILE` makes `next start` write), by
 * self time and by inclusive time, as Markdown tables:
 *
 *   pnpm --filter @consortia/bench profile:summary <file.cpuprofile> [rows] [last-seconds]
 *
 * With `last-seconds`, only the samples of the profile's last seconds count: with
 * `BENCH_ONLY=overview` the server's last load is projects.overview (warm-up and measurement),
 * right before the bench stops it, while ping ran earlier.
 * Frames are grouped by function, file and line; inclusive time counts a function once per
 * sample however often it recurses. Percentages are of the busy time (idle excluded).
 */
import fs from "node:fs";
import path from "node:path";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; parent?: number; children?: number[] };
type CpuProfile = {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

export type FrameTime = { frame: string; selfMs: number; totalMs: number };

function frameName(f: CallFrame): string {
  const name = f.functionName || "(anonymous)";
  if (!f.url) return name;
  // Bundled chunks have long paths; the folder after node_modules or .next says enough.
  const url = f.url.replace(/^file:\/\//, "");
  const short = url.includes("node_modules/")
    ? url.slice(url.lastIndexOf("node_modules/") + "node_modules/".length)
    : url.includes("/.next/")
      ? url.slice(url.indexOf("/.next/") + 1)
      : path.basename(url);
  return `${name} ${short}:${f.lineNumber + 1}`;
}

export function summariseProfile(
  profile: CpuProfile,
  lastSeconds = Number.POSITIVE_INFINITY,
): {
  busyMs: number;
  idleMs: number;
  frames: FrameTime[];
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let idleMs = 0;
  let busyMs = 0;
  const from = profile.endTime - lastSeconds * 1e6;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    // timeDeltas[i] is the time before sample i; the next delta is how long it lasted.
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || at < from) return;
    if (node.callFrame.functionName === "(idle)") {
      idleMs += ms;
      return;
    }
    busyMs += ms;
    const leaf = frameName(node.callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = n.parent ? byId.get(n.parent) : undefined) {
      const name = frameName(n.callFrame);
      if (name === "(root)" || seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  const frames = [...total.entries()].map(([frame, totalMs]) => ({
    frame,
    selfMs: self.get(frame) ?? 0,
    totalMs,
  }));
  return { busyMs, idleMs, frames };
}

function table(frames: FrameTime[], busyMs: number): string {
  const pct = (ms: number) => `${((100 * ms) / busyMs).toFixed(1)} %`;
  const rows = frames.map(
    (f) =>
      `| ${pct(f.selfMs)} | ${pct(f.totalMs)} | ${f.frame.replaceAll("|", "\\|").slice(0, 140)} |`,
  );
  return ["| self | inclusive | frame |", "| ---: | ---: | --- |", ...rows].join("\n");
}

export function formatSummary(profile: CpuProfile, rows = 25, lastSeconds?: number): string {
  const { busyMs, idleMs, frames } = summariseProfile(profile, lastSeconds);
  const bySelf = [...frames].sort((a, b) => b.selfMs - a.selfMs).slice(0, rows);
  const byTotal = [...frames].sort((a, b) => b.totalMs - a.totalMs).slice(0, rows);
  return [
    `busy ${(busyMs / 1000).toFixed(1)} s, idle ${(idleMs / 1000).toFixed(1)} s`,
    "",
    `### Top ${rows} by self time`,
    "",
    table(bySelf, busyMs),
    "",
    `### Top ${rows} by inclusive time`,
    "",
    table(byTotal, busyMs),
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [file, rows, last] = process.argv.slice(2);
  if (!file) {
    console.error("usage: profile:summary <file.cpuprofile> [rows] [last-seconds]");
    process.exit(2);
  }
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  console.log(formatSummary(profile, rows ? Number(rows) : 25, last ? Number(last) : undefined));
}
