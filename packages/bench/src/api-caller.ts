import { appRouter, createCaller, createContext } from "@consortia/api";
import { createSession } from "@consortia/auth";
import type { InProcessApp } from "./in-process";
import { recordStatements, replay, statementCount } from "./recorded-sql";
import { median } from "./stats";

/**
 * What the in-process parts (finance, control) share to time API procedures: calls through
 * the API's own caller (a real session, access, services), and each procedure's floor, the
 * very statements it sent (recorded at the pg client) sent again straight through pg.
 */

export type Timing = { p50Ms: number; runs: number };
/** A procedure and its floor: the same statements it sent, straight through pg. */
export type ProcedureTiming = {
  app: Timing | null;
  floor: Timing | null;
  statements: number;
  skipped?: string;
};

export const RUNS = 25;

/** The median of `runs` calls after 3 unmeasured ones. */
export async function timed(fn: () => Promise<unknown>, runs = RUNS): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await milliseconds(fn));
  return { p50Ms: median(ms), runs };
}

export async function milliseconds(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export const hasProcedure = (path: string) =>
  path in (appRouter._def.procedures as Record<string, unknown>);

type Proc = (input: unknown) => Promise<unknown>;

/** Calls procedures as the web server's tRPC handler would, for users signed in here. */
export function apiCaller({ deps, pool }: InProcessApp) {
  const session = (userId: string) => createSession(deps.db, userId, "bench");
  const context = (sessionId: string) =>
    createContext(deps, { sessionId, requestId: crypto.randomUUID(), clientAddress: "127.0.0.1" });
  const call = async (sessionId: string, path: string, input: unknown) => {
    const [router = "", name = ""] = path.split(".");
    const caller = createCaller(await context(sessionId)) as unknown as Record<
      string,
      Record<string, Proc>
    >;
    const proc = caller[router]?.[name];
    if (!proc) throw new Error(`${path} is not on this build`);
    return proc(input);
  };
  /**
   * A read procedure against its floor: the statements one call sent (session and access
   * included), replayed straight through pg with the same concurrency.
   */
  const measured = async (
    sessionId: string,
    path: string,
    input: unknown,
  ): Promise<ProcedureTiming> => {
    if (!hasProcedure(path))
      return { app: null, skipped: `${path} is not on this build`, floor: null, statements: 0 };
    const run = () => call(sessionId, path, input);
    await run();
    const waves = await recordStatements(run);
    return {
      app: await timed(run),
      floor: await timed(() => replay(pool, waves)),
      statements: statementCount(waves),
    };
  };
  return { session, context, call, measured };
}

/** "12.3 ms p50 (25 runs)", or why it was not measured. */
export const showTiming = (x: Timing | null, skipped?: string) =>
  x ? `${x.p50Ms.toFixed(1)} ms p50 (${x.runs} runs)` : `skipped: ${skipped ?? "n/a"}`;

/** A procedure's line of a part's table: its time, then its statements' time sent directly. */
export const showProcedure = (p: ProcedureTiming) =>
  `${showTiming(p.app, p.skipped)}; same ${p.statements} statements ${showTiming(p.floor)}`;
