import { z } from "zod";
import { backfillChunkHashes } from "../documents/chunk-backfill";
import { purgeExpired } from "../documents/trash";
import { defineJob } from "./define";

const HOUR = 3_600_000;

/** Documents in the trash for more than 30 days, in every project: rows, then unused blobs. */
export const purgeExpiredJob = defineJob({
  name: "documents.purge-expired",
  data: z.strictObject({}),
  cron: "0 3 * * *",
  runAtStart: true,
  policy: "stately",
  retryLimit: 3,
  retryDelaySeconds: 300,
  async handle(_data, { deps, now }) {
    return { purged: await purgeExpired(deps.db, deps.store, now()) };
  },
});

/** Leftovers of uploads interrupted more than an hour ago (temporary files, multipart parts). */
export const storageSweepJob = defineJob({
  name: "storage.sweep",
  data: z.strictObject({}),
  cron: "0 * * * *",
  policy: "stately",
  async handle(_data, { deps }) {
    return { removed: await deps.store.sweepIncomplete(HOUR) };
  },
});

/** Per-chunk hashes for the blobs of versions stored before they existed (issue 15, item 7). */
export const chunkHashBackfillJob = defineJob({
  name: "documents.backfill-chunk-hashes",
  data: z.strictObject({}),
  cron: "30 2 * * *",
  runAtStart: true,
  policy: "stately",
  expireInSeconds: 6 * 3600,
  async handle(_data, { deps, log }) {
    return backfillChunkHashes(deps.db, deps.store, log);
  },
});
