import { z } from "zod";
import { defineJob } from "../jobs/define";
import { backfillChunkHashes } from "./chunk-backfill";
import { cleanInterruptedUploads, STALE_AFTER_MS } from "./reservations";
import { purgeExpired } from "./trash";

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

/**
 * What uploads interrupted by a crashed server left: their reservations (counted against the
 * quota until now) and temporary files or multipart parts. Also run at start-up.
 */
export const storageSweepJob = defineJob({
  name: "storage.sweep",
  data: z.strictObject({}),
  cron: "*/5 * * * *",
  policy: "stately",
  async handle(_data, { deps }) {
    return cleanInterruptedUploads(deps.db, deps.store, { staleAfterMs: STALE_AFTER_MS });
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
