import { sql } from "kysely";
import { afterEach, describe, expect, vi } from "vitest";
import { z } from "zod";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { type AnyJob, defineJob } from "./define";
import { createJobs, type JobsOptions } from "./queue";

const running: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const jobs of running.splice(0)) await jobs.stop();
});

function start<const D extends readonly AnyJob[]>(
  h: Harness,
  definitions: D,
  options: JobsOptions = {},
) {
  const jobs = createJobs(
    { ...h.deps, handle: h.handle },
    {
      pollingIntervalSeconds: 0.5,
      stopTimeoutMs: 5_000,
      ...options,
      definitions,
    },
  );
  running.push(jobs);
  return jobs.start().then(() => jobs);
}

const until = (check: () => Promise<boolean> | boolean) =>
  vi.waitFor(
    async () => {
      if (!(await check())) throw new Error("not yet");
    },
    { timeout: 20_000, interval: 100 },
  );

describe("job queue", () => {
  it("processes a sent job once", async ({ h }) => {
    const seen: string[] = [];
    const echo = defineJob({
      name: "test.echo",
      data: z.strictObject({ word: z.string() }),
      async handle(data) {
        seen.push(data.word);
        return { length: data.word.length };
      },
    });
    const jobs = await start(h, [echo]);
    const first = await jobs.send("test.echo", { word: "peer" });
    expect(first).toEqual(expect.any(String));
    await until(async () => (await jobs.job("test.echo", first!))?.state === "completed");
    // A later job done means the worker moved on without taking the first one again.
    const second = await jobs.send("test.echo", { word: "review" });
    await until(async () => (await jobs.job("test.echo", second!))?.state === "completed");
    expect(seen).toEqual(["peer", "review"]);
    expect(await jobs.job("test.echo", first!)).toMatchObject({
      retryCount: 0,
      output: { length: 4 },
    });
  });

  it("refuses a payload that does not fit the job", async ({ h }) => {
    const strict = defineJob({
      name: "test.strict",
      data: z.strictObject({ n: z.number().int() }),
      async handle() {},
    });
    const jobs = await start(h, [strict]);
    await expect(jobs.send("test.strict", { n: 1.5 })).rejects.toThrow();
  });

  it("keeps a job sent before a stop and runs it after the restart", async ({ h }) => {
    const done: number[] = [];
    const later = defineJob({
      name: "test.later",
      data: z.strictObject({ n: z.number() }),
      async handle(data) {
        done.push(data.n);
      },
    });
    const sender = await start(h, [later], { work: false });
    const id = await sender.send("test.later", { n: 7 });
    expect(await sender.job("test.later", id!)).toMatchObject({ state: "created" });
    await sender.stop();

    const restarted = await start(h, [later]);
    await until(async () => (await restarted.job("test.later", id!))?.state === "completed");
    expect(done).toEqual([7]);
  });

  it("retries a failing handler without holding up other jobs", async ({ h }) => {
    const attempts = new Map<string, number>();
    const finished: string[] = [];
    const flaky = defineJob({
      name: "test.flaky",
      data: z.strictObject({ key: z.string(), failures: z.number() }),
      retryLimit: 2,
      retryDelaySeconds: 1,
      async handle(data) {
        const n = (attempts.get(data.key) ?? 0) + 1;
        attempts.set(data.key, n);
        if (n <= data.failures) throw new Error(`attempt ${n} of ${data.key} fails`);
        finished.push(data.key);
      },
    });
    const jobs = await start(h, [flaky]);
    const once = await jobs.send("test.flaky", { key: "once", failures: 1 });
    const always = await jobs.send("test.flaky", { key: "always", failures: 99 });
    const fine = await jobs.send("test.flaky", { key: "fine", failures: 0 });
    await until(async () => (await jobs.job("test.flaky", always!))?.state === "failed");
    await until(async () => (await jobs.job("test.flaky", once!))?.state === "completed");

    expect(attempts.get("always")).toBe(3); // the first run and two retries
    expect(await jobs.job("test.flaky", once!)).toMatchObject({ retryCount: 1 });
    expect(await jobs.job("test.flaky", fine!)).toMatchObject({ state: "completed" });
    // The good job ran while the failing one waited for its retries.
    expect(finished.indexOf("fine")).toBeLessThan(finished.indexOf("once"));
    expect(finished).not.toContain("always");
  });

  it("sends inside an app transaction: the job exists only if it commits", async ({ h }) => {
    const done: string[] = [];
    const audit = defineJob({
      name: "test.in-transaction",
      data: z.strictObject({ note: z.string() }),
      async handle(data) {
        done.push(data.note);
      },
    });
    const jobs = await start(h, [audit]);
    await expect(
      h.db.transaction().execute(async (trx) => {
        await jobs.send("test.in-transaction", { note: "rolled back" }, { trx });
        throw new Error("the write fails");
      }),
    ).rejects.toThrow("the write fails");
    const id = await h.db
      .transaction()
      .execute((trx) => jobs.send("test.in-transaction", { note: "committed" }, { trx }));
    await until(async () => (await jobs.job("test.in-transaction", id!))?.state === "completed");
    expect(done).toEqual(["committed"]);
  });

  it("runs start-up jobs once however many instances start", async ({ h }) => {
    const warmUp = defineJob({
      name: "test.warm-up",
      data: z.strictObject({}),
      runAtStart: true,
      async handle() {},
    });
    await start(h, [warmUp], { work: false, runAtStart: true });
    await start(h, [warmUp], { work: false, runAtStart: true });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pgboss.job where name = 'test.warm-up'`.execute(h.db);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it("schedules cron jobs in the database, once for several instances", async ({ h }) => {
    const nightly = defineJob({
      name: "test.nightly",
      data: z.strictObject({}),
      cron: "0 3 * * *",
      async handle() {},
    });
    await start(h, [nightly], { work: false });
    await start(h, [nightly], { work: false });
    const { rows } = await sql`select name, cron, timezone from pgboss.schedule`.execute(h.db);
    expect(rows).toEqual([{ name: "test.nightly", cron: "0 3 * * *", timezone: "UTC" }]);
  });

  it("takes a configured cron instead of the definition's own", async ({ h }) => {
    const nightly = defineJob({
      name: "test.nightly",
      data: z.strictObject({}),
      cron: "0 3 * * *",
      async handle() {},
    });
    await start(h, [nightly], { work: false, schedules: { "test.nightly": "*/2 * * * *" } });
    const { rows } = await sql`select name, cron from pgboss.schedule`.execute(h.db);
    expect(rows).toEqual([{ name: "test.nightly", cron: "*/2 * * * *" }]);
  });

  it("refuses a configured cron for a job that has no schedule", ({ h }) => {
    const onDemand = defineJob({
      name: "test.on-demand",
      data: z.strictObject({}),
      async handle() {},
    });
    expect(() =>
      createJobs(
        { ...h.deps, handle: h.handle },
        { definitions: [onDemand], schedules: { "test.on-demand": "* * * * *" } },
      ),
    ).toThrow(/JOB_SCHEDULES names test.on-demand, which is no scheduled job/);
  });

  it("refuses a configured cron that is no cron expression", ({ h }) => {
    const nightly = defineJob({
      name: "test.nightly",
      data: z.strictObject({}),
      cron: "0 3 * * *",
      async handle() {},
    });
    expect(() =>
      createJobs(
        { ...h.deps, handle: h.handle },
        { definitions: [nightly], schedules: { "test.nightly": "61 * * * *" } },
      ),
    ).toThrow(/JOB_SCHEDULES: "61 \* \* \* \*" for test.nightly is no cron expression/);
  });

  it("sets up queues and schedules when several servers start at the same moment", async ({
    h,
  }) => {
    // Two app servers booting together each create every queue (a partition table apiece)
    // and schedule; on PostgreSQL that used to deadlock one of them (issue 17).
    const definitions = Array.from({ length: 8 }, (_, i) =>
      defineJob({
        name: `test.twin-${i}`,
        data: z.strictObject({}),
        cron: "0 4 * * *",
        async handle() {},
      }),
    );
    await Promise.all([1, 2, 3].map(() => start(h, definitions, { work: false })));
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pgboss.schedule where name like 'test.twin-%'`.execute(h.db);
    expect(rows).toEqual([{ n: 8 }]);
  });
});
