import pg from "pg";
import type { BenchPart } from "./config";
import { SEARCH_QUERIES } from "./documents-vocabulary";
import { type LoadShape, runHttpLoad } from "./http-load";
import { overviewOperation, overviewRequestOperation } from "./overview-sql";
import { parseSearchBody, searchOperation, searchStatements } from "./search-sql";
import { runSqlLoad } from "./sql-load";
import type { Measurement } from "./stats";

/** What the scenarios get once the database is filled, the server is up and we are signed in. */
export type BenchContext = {
  baseUrl: string;
  /** Cookie header of the signed-in bench user (lead coordinator of `projectId`). */
  cookie: string;
  databaseUrl: string;
  projectId: string;
  userId: string;
  sessionId: string;
};

export type RunLoad = (shape: LoadShape) => Promise<Measurement>;

export type Scenario = {
  name: string;
  /** Floors are what a target is compared against; targets are the real endpoints. */
  kind: "floor" | "target";
  description: string;
  /** The parts of the run (BENCH_ONLY) the scenario belongs to. */
  parts: BenchPart[];
  /** For targets: the floors its ratios are computed against. */
  compareWith?: string[];
  /** Checks the scenario works (one real call), then returns its load function. */
  prepare: (ctx: BenchContext) => Promise<RunLoad>;
};

export function trpcQueryUrl(baseUrl: string, path: string, input: unknown): string {
  // superjson wire format of a plain JSON input.
  const encoded = encodeURIComponent(JSON.stringify({ json: input }));
  return `${baseUrl}/api/trpc/${path}?input=${encoded}`;
}

async function fetchChecked(url: string, headers: Record<string, string>, status: number) {
  const res = await fetch(url, { headers });
  const body = await res.text();
  if (res.status !== status)
    throw new Error(`GET ${url} answered ${res.status}, expected ${status}: ${body.slice(0, 300)}`);
  return body;
}

type OverviewBody = {
  result?: {
    data?: { json?: { project?: { id?: string }; partners?: unknown[]; myRole?: string } };
  };
};

/**
 * The benchmark, in order. Later issues add their scenarios here: a target with the floors it
 * is compared against (and, when useful, a SQL floor mirroring the statements it issues).
 */
export const scenarios: Scenario[] = [
  {
    name: "ping",
    parts: ["overview", "search"],
    kind: "floor",
    description: "GET /api/ping: an empty route on the same Next.js server (HTTP + routing floor)",
    async prepare(ctx) {
      const url = `${ctx.baseUrl}/api/ping`;
      await fetchChecked(url, {}, 204);
      return (shape) => runHttpLoad({ url }, shape);
    },
  },
  {
    name: "overview-sql",
    parts: ["overview"],
    kind: "floor",
    description:
      "getProjectOverview's SQL statement (its lists as JSON subqueries) sent directly with pg (database floor)",
    async prepare(ctx) {
      const op = overviewOperation(ctx.projectId);
      return (shape) => runSqlLoad(ctx.databaseUrl, op, shape);
    },
  },
  {
    name: "overview-request-sql",
    parts: ["overview"],
    kind: "floor",
    description:
      "the whole request's 2 SQL statements with pg: session and membership check in one, then the overview",
    async prepare(ctx) {
      const op = overviewRequestOperation(ctx.projectId, ctx.sessionId);
      return (shape) => runSqlLoad(ctx.databaseUrl, op, shape);
    },
  },
  {
    name: "projects.overview",
    parts: ["overview"],
    kind: "target",
    description: "authenticated tRPC GET /api/trpc/projects.overview (lead coordinator)",
    compareWith: ["ping", "overview-sql", "overview-request-sql"],
    async prepare(ctx) {
      const url = trpcQueryUrl(ctx.baseUrl, "projects.overview", { projectId: ctx.projectId });
      const headers = { cookie: ctx.cookie };
      const body = await fetchChecked(url, headers, 200);
      const data = (JSON.parse(body) as OverviewBody).result?.data?.json;
      if (data?.project?.id !== ctx.projectId || !data.partners?.length)
        throw new Error(
          `projects.overview returned no data for the project: ${body.slice(0, 300)}`,
        );
      if (data.myRole !== "lead_coordinator")
        throw new Error(`projects.overview: expected myRole lead_coordinator, got ${data.myRole}`);
      // Compare every body under load when the answer is stable.
      const again = await fetchChecked(url, headers, 200);
      const expectBody = again === body ? body : undefined;
      return (shape) => runHttpLoad({ url, headers, ...(expectBody ? { expectBody } : {}) }, shape);
    },
  },
  {
    name: "search-sql",
    parts: ["search"],
    kind: "floor",
    description: `documents.search's SQL sent directly with pg (capped count and ranked page in one statement, then snippets), ${SEARCH_QUERIES.length} queries in turn`,
    async prepare(ctx) {
      const op = searchOperation(ctx.projectId, SEARCH_QUERIES);
      return (shape) => runSqlLoad(ctx.databaseUrl, op, shape);
    },
  },
  {
    name: "documents.search",
    parts: ["search"],
    kind: "target",
    description: `authenticated tRPC GET /api/trpc/documents.search, the same ${SEARCH_QUERIES.length} queries in turn (lead coordinator)`,
    compareWith: ["ping", "search-sql"],
    async prepare(ctx) {
      const headers = { cookie: ctx.cookie };
      const paths: string[] = [];
      const kinds: string[] = [];
      const bodies = new Set<string>();
      let stable = true;
      const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 2 });
      try {
        for (const { q, kind } of SEARCH_QUERIES) {
          const url = trpcQueryUrl(ctx.baseUrl, "documents.search", {
            projectId: ctx.projectId,
            q,
          });
          const body = await fetchChecked(url, headers, 200);
          // The floor must be the same work: same count, same page in the same order, same snippets.
          const answer = parseSearchBody(body);
          const app = JSON.stringify(answer);
          const floor = JSON.stringify(await searchStatements(pool, ctx.projectId, q));
          if (app !== floor)
            throw new Error(
              `documents.search and search-sql differ for ${JSON.stringify(q)}:\n` +
                `app   ${app.slice(0, 400)}\nfloor ${floor.slice(0, 400)}`,
            );
          if (answer.total === 0)
            throw new Error(`documents.search found nothing for ${JSON.stringify(q)}`);
          // The latencies are split by kind: a query must be the kind it is counted as.
          if (answer.totalIsLowerBound !== (kind === "broad"))
            throw new Error(
              `${JSON.stringify(q)} is counted as ${kind} but found ${answer.total}${answer.totalIsLowerBound ? "+" : ""}`,
            );
          if ((await fetchChecked(url, headers, 200)) !== body) stable = false;
          bodies.add(body);
          paths.push(url.slice(ctx.baseUrl.length));
          kinds.push(kind);
        }
      } finally {
        await pool.end();
      }
      const expect = stable ? { expectBodies: bodies } : {};
      // A slow answer is a result here, not a failure.
      const load = { url: ctx.baseUrl, headers, paths, kinds, timeoutSeconds: 30, ...expect };
      return (shape) => runHttpLoad(load, shape);
    },
  },
];
