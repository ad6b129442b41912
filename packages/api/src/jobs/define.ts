import type { z } from "zod";
import type { ApiDeps } from "../context";
import type { Logger } from "../logger";

export type JobContext = {
  deps: ApiDeps;
  /** The clock handlers judge dates by (tests fix it); never read Date.now in a handler. */
  now: () => Date;
  log: Logger;
  jobId: string;
};

/** pg-boss queue policies: `stately` keeps at most one job waiting and one running. */
export type QueuePolicy = "standard" | "short" | "singleton" | "stately";

export interface JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> {
  /** Queue name, `<domain>.<what>` (e.g. `documents.purge-expired`). */
  readonly name: N;
  /** The payload, checked when sent and again when run (a stored job may predate a change). */
  readonly data: S;
  /** Cron expression in UTC; the schedule is kept in the database and fires once per tick. */
  readonly cron?: string;
  /** Also run once when the app starts (at most once an hour), for instances that sleep. */
  readonly runAtStart?: boolean;
  readonly policy?: QueuePolicy;
  /** Attempts after the first failure (default 2) and seconds between them (default 0). */
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  readonly retryBackoff?: boolean;
  /** A run taking longer than this counts as failed (default 15 minutes). */
  readonly expireInSeconds?: number;
  /** Throwing fails this attempt; it is retried while attempts remain. */
  handle(data: z.output<S>, ctx: JobContext): Promise<unknown>;
}

export type AnyJob = JobDefinition<string, z.ZodType>;

export function defineJob<const N extends string, S extends z.ZodType>(
  definition: JobDefinition<N, S>,
): JobDefinition<N, S> {
  return definition;
}

export type JobName<D extends readonly AnyJob[]> = D[number]["name"];
export type JobInput<D extends readonly AnyJob[], N extends JobName<D>> = z.input<
  Extract<D[number], { name: N }>["data"]
>;
