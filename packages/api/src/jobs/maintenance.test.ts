import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { createLocalStore } from "@consortia/storage";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type DocumentFixtures, documentFixtures } from "../testing/document-fixtures";
import { createHarness, type Harness } from "../testing/harness";
import type { AnyJob } from "./define";
import { chunkHashBackfillJob, purgeExpiredJob, storageSweepJob } from "./maintenance";
import { createJobs, type JobsDeps } from "./queue";

const DAY = 86_400_000;

let h: Harness;
let docs: DocumentFixtures;
beforeAll(async () => {
  h = await createHarness();
  docs = documentFixtures(h);
});
afterAll(async () => h?.close());

const running: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const jobs of running.splice(0)) await jobs.stop();
});

async function start<const D extends readonly AnyJob[]>(
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

const blobKeyOf = async (documentId: string) =>
  (
    await h.db
      .selectFrom("document_versions")
      .select("blob_key")
      .where("document_id", "=", documentId)
      .executeTakeFirstOrThrow()
  ).blob_key;

describe("maintenance jobs", () => {
  it("purges documents trashed more than 30 days ago, rows and blobs, and keeps younger ones", async () => {
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
      [old.id, young.id, kept.id].map(blobKeyOf),
    );

    const jobs = await start([purgeExpiredJob], () => clock);
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

  it("sweeps leftovers of uploads interrupted more than an hour ago", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "consortia-sweep-"));
    await mkdir(path.join(root, "tmp"));
    const stale = path.join(root, "tmp", "stale.part");
    await writeFile(stale, "half an upload");
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);
    await writeFile(path.join(root, "tmp", "fresh.part"), "an upload in progress");

    const jobs = await start([storageSweepJob], () => new Date(), {
      store: createLocalStore(root),
    });
    expect(await runToCompletion(jobs, "storage.sweep")).toEqual({ removed: 1 });
  });

  it("stores chunk hashes for versions stored before they existed, unless the blob is corrupt", async () => {
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
      await blobKeyOf(tampered!.id),
      Readable.from([Buffer.from("second minutez")]),
    );

    const jobs = await start([chunkHashBackfillJob], () => new Date());
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
