import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { createLocalStore } from "@consortia/storage";
import { afterEach, describe, expect, vi } from "vitest";
import type { AnyJob } from "../jobs/define";
import { createJobs, type JobsDeps } from "../jobs/queue";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { chunkHashBackfillJob, purgeExpiredJob, storageSweepJob } from "./document-jobs";

const DAY = 86_400_000;

const running: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const jobs of running.splice(0)) await jobs.stop();
});

async function start<const D extends readonly AnyJob[]>(
  h: Harness,
  definitions: D,
  now: () => Date,
  deps: Partial<JobsDeps> = {},
) {
  const jobs = createJobs(
    { ...h.deps, handle: h.handle, ...deps },
    { definitions, now, runAtStart: false, pollingIntervalSeconds: 0.5, stopTimeoutMs: 5_000 },
  );
  running.push(jobs);
  await jobs.start();
  return jobs;
}

async function runToCompletion(
  jobs: Awaited<ReturnType<typeof start>>,
  name: string,
): Promise<unknown> {
  const id = await jobs.send(name, {});
  if (!id) throw new Error(`${name} was not queued`);
  return vi.waitFor(
    async () => {
      const job = await jobs.job(name, id);
      if (job?.state !== "completed") throw new Error(`${name} is ${job?.state}`);
      return job.output;
    },
    { timeout: 20_000, interval: 100 },
  );
}

describe("maintenance jobs", () => {
  it("purges documents trashed more than 30 days ago, rows and blobs, and keeps younger ones", async ({
    docs,
    h,
  }) => {
    const clock = new Date("2031-03-01T03:00:00Z");
    const old = await docs.trashedDocument();
    const young = await docs.trashedDocument();
    const kept = await docs.newDocument();
    // Time passes: one was trashed 31 days before the clock's today, the other 29.
    for (const [id, daysAgo] of [
      [old.id, 31],
      [young.id, 29],
    ] as const) {
      await h.db
        .updateTable("documents")
        .set({ deleted_at: new Date(clock.getTime() - daysAgo * DAY) })
        .where("id", "=", id)
        .execute();
    }
    const [oldKey, youngKey, keptKey] = await Promise.all(
      [old.id, young.id, kept.id].map(docs.blobKeyOf),
    );

    const jobs = await start(h, [purgeExpiredJob], () => clock);
    expect(await runToCompletion(jobs, "documents.purge-expired")).toEqual({ purged: 1 });

    const left = await h.db
      .selectFrom("documents")
      .select("id")
      .where("id", "in", [old.id, young.id, kept.id])
      .execute();
    expect(left.map((d) => d.id).sort()).toEqual([young.id, kept.id].sort());
    expect(await h.deps.store.stat(oldKey!)).toBeNull();
    expect(await h.deps.store.stat(youngKey!)).not.toBeNull();
    expect(await h.deps.store.stat(keptKey!)).not.toBeNull();
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("entity_id", "=", old.id)
      .where("action", "=", "purge")
      .execute();
    expect(audit).toEqual([{ action: "purge", actor_id: null }]);
  });

  it("cleans up after uploads whose server stopped a minute ago, and spares live ones", async ({
    h,
  }) => {
    const root = await mkdtemp(path.join(tmpdir(), "consortia-sweep-"));
    const store = createLocalStore(root);
    await mkdir(path.join(root, "tmp"));
    const p = h.f.projectA.id;
    const tempOf = (id: string) =>
      path.join(root, "tmp", `projects.${p}.${id}.${randomUUID()}.part`);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    const [crashed, stalled, fresh, recordedLate] = [1, 2, 3, 4].map(() => randomUUID());
    // A crashed server's half-written file (no reservation: its row was already reclaimed).
    await writeFile(tempOf(crashed as string), "half an upload");
    // A live upload whose client paused: old file, but its reservation is beating.
    await writeFile(tempOf(stalled as string), "a paused upload");
    // An upload that has just begun.
    await writeFile(tempOf(fresh as string), "an upload in progress");
    for (const id of [crashed, stalled]) {
      const file = (await readdir(path.join(root, "tmp"))).find((n) => n.includes(id as string));
      await utimes(path.join(root, "tmp", file as string), twoMinutesAgo, twoMinutesAgo);
    }
    // A crashed server's upload that was complete but never recorded: row and blob go.
    await store.put(`projects/${p}/${recordedLate}`, Readable.from([Buffer.from("whole")]));
    await h.db
      .insertInto("upload_reservations")
      .values([
        { project_id: p, blob_key: `projects/${p}/${stalled}`, bytes: 15 },
        { project_id: p, blob_key: `projects/${p}/${recordedLate}`, bytes: 5 },
      ])
      .execute();
    await h.db
      .updateTable("upload_reservations")
      .set({ heartbeat_at: twoMinutesAgo })
      .where("blob_key", "=", `projects/${p}/${recordedLate}`)
      .execute();

    const jobs = await start(h, [storageSweepJob], () => new Date(), { store });
    expect(await runToCompletion(jobs, "storage.sweep")).toEqual({
      reservations: 1,
      leftovers: 1,
    });
    const left = await readdir(path.join(root, "tmp"));
    expect(left.some((n) => n.includes(crashed as string))).toBe(false);
    expect(
      left.filter((n) => n.includes(stalled as string) || n.includes(fresh as string)),
    ).toHaveLength(2);
    expect(await store.stat(`projects/${p}/${recordedLate}`)).toBeNull();
    const rows = await h.db.selectFrom("upload_reservations").select("blob_key").execute();
    expect(rows.map((r) => r.blob_key)).toEqual([`projects/${p}/${stalled}`]);
  });

  it("stores chunk hashes for versions stored before they existed, unless the blob is corrupt", async ({
    docs,
    h,
  }) => {
    const [intact, tampered, current] = await Promise.all(
      ["first minutes", "second minutes", "third minutes"].map((bytes) =>
        docs.newDocument({ bytes }),
      ),
    );
    const ids = [intact!.id, tampered!.id];
    const before = await h.db
      .selectFrom("document_versions")
      .select(["document_id", "chunk_size", "chunk_hashes"])
      .where("document_id", "in", ids)
      .orderBy("document_id")
      .execute();
    await h.db
      .updateTable("document_versions")
      .set({ chunk_size: null, chunk_hashes: null })
      .where("document_id", "in", ids)
      .execute();
    await h.deps.store.put(
      await docs.blobKeyOf(tampered!.id),
      Readable.from([Buffer.from("second minutez")]),
    );

    const jobs = await start(h, [chunkHashBackfillJob], () => new Date());
    expect(await runToCompletion(jobs, "documents.backfill-chunk-hashes")).toEqual({
      hashed: 1,
      corrupt: 1,
      missing: 0,
    });
    const after = await h.db
      .selectFrom("document_versions")
      .select(["document_id", "chunk_size", "chunk_hashes"])
      .where("document_id", "in", [...ids, current!.id])
      .execute();
    const of = (id: string) => after.find((r) => r.document_id === id);
    const original = before.find((r) => r.document_id === intact!.id);
    expect(Buffer.from(of(intact!.id)?.chunk_hashes ?? [])).toEqual(
      Buffer.from(original?.chunk_hashes ?? [0]),
    );
    expect(of(intact!.id)?.chunk_size).toBe(original?.chunk_size);
    expect(of(tampered!.id)?.chunk_hashes).toBeNull();
    expect(of(current!.id)?.chunk_hashes).not.toBeNull();
  });
});
