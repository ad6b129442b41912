import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, filesUnder, startCluster } from "./scale-out-cluster";
import {
  type CookieJar,
  cookieHeader,
  DEMO_ACRONYM,
  DEMO_PASSWORD,
  postAuthForm,
  postCredentials,
  SESSION_COOKIE,
} from "./support";

// Issue 17: two app servers on one PostgreSQL database and one S3 bucket behave as one app.
// Plain HTTP throughout (what the browser would send); no page needs rendering here.

// The daily digest e-mail: nothing but its schedule sends it. (The storage sweep would be the
// obvious one, but s3rver lacks ListMultipartUploads, which the sweep needs on S3.)
const SCHEDULED_JOB = "notifications.digest";

let cluster: Cluster;

beforeAll(async () => {
  // Normally at 07:00 UTC; every minute (configuration, as an operator would move it) lets a
  // run fall inside the test.
  cluster = await startCluster({ jobSchedules: `${SCHEDULED_JOB}=* * * * *` });
});

afterAll(async () => {
  await cluster?.stop();
});

type Jar = CookieJar;
const cookie = cookieHeader;

/** The credentials sign-in as the form posts it; returns the cookies (session included). */
async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Jar> {
  const { jar } = await postCredentials(email, password, {}, baseUrl);
  expect(jar.has(SESSION_COOKIE), `sign-in of ${email} set no session cookie`).toBe(true);
  return jar;
}

/** The sign-out the account menu performs (next-auth's CSRF-checked POST). */
async function signOut(baseUrl: string, jar: Jar): Promise<void> {
  const res = await postAuthForm(baseUrl, "/api/auth/signout", jar, { callbackUrl: "/sign-in" });
  expect(res.status).toBeLessThan(400);
}

async function trpc<T>(
  baseUrl: string,
  jar: Jar,
  procedure: string,
  input?: unknown,
  mutation = false,
): Promise<{ status: number; data: T }> {
  const q =
    input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = mutation
    ? await fetch(`${baseUrl}/api/trpc/${procedure}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: cookie(jar), origin: baseUrl },
        body: JSON.stringify({ json: input }),
      })
    : await fetch(`${baseUrl}/api/trpc/${procedure}${q}`, { headers: { cookie: cookie(jar) } });
  const body = (await res.json()) as { result?: { data?: { json?: T } } };
  return { status: res.status, data: body.result?.data?.json as T };
}

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out after ${ms / 1000}s waiting for ${what}`);
}

describe("two app servers on one database and one bucket", () => {
  it("serves a document uploaded through A byte-identical through B, from the bucket", async () => {
    const { a, b } = cluster;
    const lead = await signIn(a.baseUrl, "lead@consortia.demo");
    const mine = await trpc<Array<{ id: string; acronym: string }>>(
      a.baseUrl,
      lead,
      "projects.mine",
    );
    const projectId = mine.data.find((p) => p.acronym === DEMO_ACRONYM)?.id;
    expect(projectId).toBeDefined();

    // About 1.5 MB of text, different on every run, uploaded as the library's upload does.
    const bytes = Buffer.from(`${randomBytes(768 * 1024).toString("hex")}\n`);
    const title = `Scale-out check ${randomBytes(3).toString("hex")}`;
    const query = new URLSearchParams({
      title,
      category: "deliverable",
      visibility: "partnership",
    });
    const upload = await fetch(`${a.baseUrl}/api/projects/${projectId}/documents?${query}`, {
      method: "POST",
      headers: {
        cookie: cookie(lead),
        origin: a.baseUrl,
        "x-consortia-upload": "1",
        "x-file-name": encodeURIComponent("scale-out.txt"),
        "content-type": "text/plain",
      },
      body: bytes,
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const { document } = (await upload.json()) as { document: { id: string } };

    // The lead's session from A, used on B.
    const listed = await trpc<{ documents: Array<{ id: string; title: string }> }>(
      b.baseUrl,
      lead,
      "documents.list",
      { projectId, pageSize: 200 },
    );
    expect(listed.status).toBe(200);
    expect(listed.data.documents.find((d) => d.id === document.id)?.title).toBe(title);

    const download = await fetch(
      `${b.baseUrl}/api/projects/${projectId}/documents/${document.id}/file`,
      { headers: { cookie: cookie(lead) } },
    );
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    // The bytes live in the bucket, in neither server's own folder.
    expect(filesUnder(path.join(cluster.s3Dir, "consortia-scale-out")).length).toBeGreaterThan(0);
    expect([...filesUnder(a.dataDir), ...filesUnder(b.dataDir)]).toEqual([]);
  });

  it("accepts a session from A on B, and refuses it on A as soon as B ends it", async () => {
    const { a, b } = cluster;
    const email = "giulia.rossi@consortia.demo";
    const first = await signIn(a.baseUrl, email);
    const second = await signIn(a.baseUrl, email);
    for (const jar of [first, second]) {
      expect((await trpc(b.baseUrl, jar, "account.me")).status).toBe(200);
    }

    // Signing out on B ends that session on A at once, and only that one.
    await signOut(b.baseUrl, first);
    expect((await trpc(a.baseUrl, first, "account.me")).status).toBe(401);
    expect((await trpc(a.baseUrl, second, "account.me")).status).toBe(200);

    // Changing the password on the profile page of B ends every session, A's included.
    const changed = await trpc<{ signedOut: boolean }>(
      b.baseUrl,
      second,
      "account.changePassword",
      {
        currentPassword: DEMO_PASSWORD,
        newPassword: `Scale-out-${randomBytes(8).toString("hex")}`,
      },
      true,
    );
    expect(changed).toEqual({ status: 200, data: { signedOut: true } });
    expect((await trpc(a.baseUrl, second, "account.me")).status).toBe(401);
    expect((await trpc(b.baseUrl, second, "account.me")).status).toBe(401);
  });

  it("runs a scheduled job once per tick, not once per server", async () => {
    const { a, b, query } = cluster;
    // Both servers' queues are live: each has started its workers and its scheduler.
    for (const server of [a, b]) {
      await until("both job queues", async () =>
        server.log().includes('"msg":"job queue started"') ? true : undefined,
      );
    }
    type Run = { id: string; state: string; created_on: Date };
    const runs = () =>
      query<Run>(
        `select id, state, created_on from pgboss.job where name = $1
         union all select id, state, created_on from pgboss.archive where name = $1
         order by created_on`,
        [SCHEDULED_JOB],
      );
    // On a fresh database the first scheduler check comes before the schedules exist; the
    // next one is 30 seconds later.
    await until(
      "a completed scheduled run",
      async () => ((await runs()).some((r) => r.state === "completed") ? true : undefined),
      75_000,
    ).catch(async (err) => {
      const jobs = await query(
        "select name, state, created_on from pgboss.job order by created_on",
      );
      throw new Error(`${err}; pg-boss jobs: ${JSON.stringify(jobs)}`);
    });
    // Long enough for the other server's scheduler and workers to have looked (they poll
    // every 5 and 2 seconds): a run per server would show up now.
    await new Promise((r) => setTimeout(r, 10_000));

    // Each cron tick becomes one pg-boss "send-it" job (one per minute, whichever server's
    // scheduler saw the tick) and that becomes exactly one run, on one of the two servers.
    // One statement, one snapshot. A tick seen just now may not have become its run yet:
    // hence at least the handled ticks' runs, at most one per tick.
    const [count] = await query<{ ticks: number; slots: number; handled: number; runs: number }>(
      `with ticks as (
         select singleton_on, state from pgboss.job
         where name = '__pgboss__send-it' and data->>'name' = $1
         union all select singleton_on, state from pgboss.archive
         where name = '__pgboss__send-it' and data->>'name' = $1),
       runs as (
         select id from pgboss.job where name = $1
         union all select id from pgboss.archive where name = $1)
       select (select count(*)::int from ticks) as ticks,
              (select count(distinct singleton_on)::int from ticks) as slots,
              (select count(*)::int from ticks where state = 'completed') as handled,
              (select count(*)::int from runs) as runs`,
      [SCHEDULED_JOB],
    );
    expect(count?.handled).toBeGreaterThanOrEqual(1);
    expect(count?.slots).toBe(count?.ticks);
    expect(count?.runs).toBeGreaterThanOrEqual(count?.handled ?? Infinity);
    expect(count?.runs).toBeLessThanOrEqual(count?.ticks ?? 0);
    const done = await runs();
    expect(done.filter((r) => r.state === "completed").length).toBeGreaterThanOrEqual(1);
    // No two runs of one tick (those would be seconds apart): successive ticks are a cron
    // minute apart, give or take the schedulers' 30-second check.
    const times = done.map((r) => r.created_on.getTime());
    for (const [i, t] of times.slice(1).entries()) {
      expect(t - (times[i] ?? 0)).toBeGreaterThan(20_000);
    }
  });
});
