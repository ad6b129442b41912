import { execSync } from "node:child_process";
import fs from "node:fs";

export type RssReport = {
  /** Resident memory of the process tree just before the transfer. */
  baselineMiB: number;
  /** Highest sum seen while sampling, or the kernel's own peak (VmHWM) if that is higher. */
  peakMiB: number;
  growthMiB: number;
  samples: number;
};

/** `root` and every process below it (parents read from /proc/<pid>/stat). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function statusKiB(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Writing 5 to clear_refs resets the kernel's peak RSS (VmHWM) of a process we own. */
function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

const MiB = (kib: number) => kib / 1024;

/**
 * Samples the resident memory (VmRSS, summed over the process tree) of `root` every
 * `intervalMs` until `stop()`. A spike between two samples is still caught through VmHWM,
 * which is reset at the start when the kernel allows it.
 */
export function sampleRss(root: number, intervalMs = 10): { stop: () => RssReport } {
  const pids = processTree(root);
  const rss = () => pids.reduce((sum, pid) => sum + statusKiB(pid, "VmRSS"), 0);
  const peakKnown = pids.map(resetPeak).every(Boolean);
  const baseline = rss();
  let peak = baseline;
  let samples = 1;
  const timer = setInterval(() => {
    peak = Math.max(peak, rss());
    samples++;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, rss());
      if (peakKnown)
        peak = Math.max(
          peak,
          pids.reduce((s, pid) => s + statusKiB(pid, "VmHWM"), 0),
        );
      return {
        baselineMiB: MiB(baseline),
        peakMiB: MiB(peak),
        growthMiB: MiB(peak - baseline),
        samples,
      };
    },
  };
}

let ticksPerSecond: number | undefined;

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat; 0 if gone. */
export function processCpuMs(pid: number): number {
  ticksPerSecond ??= Number(execSync("getconf CLK_TCK", { encoding: "utf8" }).trim()) || 100;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name: state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return 0;
  }
}
