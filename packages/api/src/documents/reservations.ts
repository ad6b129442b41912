import type { Db } from "@consortia/db";
import type { BlobStore } from "@consortia/storage";
import { sql } from "kysely";
import { DomainError } from "../errors";
import { logger } from "../logger";
import type { ProjectCtx } from "../shared/service-context";
import { storageQuota, storageUsed } from "./queries";

/**
 * Uploads in progress hold a row in `upload_reservations`: its bytes (always at least what
 * has been received, reserved ahead in steps) count against the project's quota on every
 * app server, so uploads running at once cannot together overrun it, and a server that
 * crashes mid-upload leaves bytes that stay counted until the clean-up removes them: a crash
 * loop cannot fill the disk. The writing server refreshes the row's heartbeat; a row whose
 * heartbeat stopped for STALE_AFTER_MS belongs to a dead server.
 */
export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 60_000;
/** Reserved ahead of the bytes received: one database round trip per step. */
const STEP = 8 * 1024 * 1024;

export function formatBytes(n: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

export const quotaFull = (left: number) =>
  new DomainError(
    "INSUFFICIENT_STORAGE",
    `The project's storage is full: ${formatBytes(Math.max(0, left))} left. Ask your lead coordinator to free space.`,
  );

/**
 * Bytes the quota leaves for one upload: quota − stored − every other upload's reservation.
 * Runs in a transaction holding the project row, so two uploads of a project never both
 * take the same room. (FOR NO KEY UPDATE: rows referencing the project are still inserted.)
 */
async function roomFor(trx: Db, ctx: ProjectCtx, except: string | null): Promise<number> {
  await trx
    .selectFrom("projects")
    .select("id")
    .where("id", "=", ctx.access.projectId)
    .forNoKeyUpdate()
    .execute();
  const inTrx = { ...ctx, db: trx };
  const reserved = await trx
    .selectFrom("upload_reservations")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("bytes"), eb.lit(0)).as("n"))
    .where("project_id", "=", ctx.access.projectId)
    .$if(except !== null, (q) => q.where("id", "<>", except as string))
    .executeTakeFirstOrThrow();
  return (await storageQuota(inTrx)) - (await storageUsed(inTrx)) - Number(reserved.n);
}

export type Reservation = {
  /** What the quota left for this upload when it began. */
  room: number;
  /** The upload's bytes, passed on once reserved; fails with 507 when the quota runs out. */
  count(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
  /**
   * Ends the reservation inside the transaction that records the upload, so its bytes are
   * counted exactly once. Fails if the clean-up reclaimed it (its bytes may be gone).
   */
  settle(trx: Db): Promise<void>;
  /** Stops the heartbeat and drops the row if still there (after settle, or on failure). */
  release(): Promise<void>;
};

/** Opens the reservation of an upload to `key`; 507 if `declared` bytes do not fit. */
export async function reserveUpload(
  ctx: ProjectCtx,
  key: string,
  declared: number,
): Promise<Reservation> {
  const { id, room } = await ctx.db.transaction().execute(async (trx) => {
    const room = await roomFor(trx, ctx, null);
    if (declared > room) throw quotaFull(room);
    const row = await trx
      .insertInto("upload_reservations")
      .values({ project_id: ctx.access.projectId, blob_key: key, bytes: declared })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: row.id, room };
  });
  let reserved = declared;
  const max = ctx.config.uploadMaxBytes;
  const beat = setInterval(() => {
    ctx.db
      .updateTable("upload_reservations")
      .set({ heartbeat_at: sql<Date>`now()` })
      .where("id", "=", id)
      .execute()
      .catch((err: unknown) => logger.warn({ err, key }, "upload heartbeat failed"));
  }, HEARTBEAT_MS);
  beat.unref();

  async function grow(received: number) {
    reserved = await ctx.db.transaction().execute(async (trx) => {
      const left = await roomFor(trx, ctx, id);
      if (received > left) throw quotaFull(left);
      const next = Math.min(received + STEP, max, left);
      const { numUpdatedRows } = await trx
        .updateTable("upload_reservations")
        .set({ bytes: next, heartbeat_at: sql<Date>`now()` })
        .where("id", "=", id)
        .executeTakeFirst();
      if (numUpdatedRows === 0n) throw new Error(`The reservation of ${key} was reclaimed`);
      return next;
    });
  }

  async function* count(source: AsyncIterable<Uint8Array>) {
    let received = 0;
    for await (const chunk of source) {
      received += chunk.length;
      // Past the per-file limit `put` fails the upload (413) on this very chunk.
      if (received > reserved && received <= max) await grow(received);
      yield chunk;
    }
  }

  return {
    room,
    count,
    async settle(trx) {
      const gone = await trx
        .deleteFrom("upload_reservations")
        .where("id", "=", id)
        .executeTakeFirst();
      if (gone.numDeletedRows === 0n) throw new Error(`The reservation of ${key} was reclaimed`);
    },
    async release() {
      clearInterval(beat);
      await ctx.db.deleteFrom("upload_reservations").where("id", "=", id).execute();
    },
  };
}

/**
 * Removes what crashed uploads left: reservations whose heartbeat stopped more than
 * `staleAfterMs` ago (with a blob completed but never recorded, if any), and temporary data
 * of writes no live reservation accounts for, once unwritten for `staleAfterMs` (a write by
 * a live server moves on, or belongs to a reservation). A row is deleted before its bytes,
 * so an upload still running somewhere finds it gone and fails rather than record a blob
 * that was removed.
 */
export async function cleanInterruptedUploads(
  db: Db,
  store: BlobStore,
  opts: { staleAfterMs: number },
): Promise<{ reservations: number; leftovers: number }> {
  const cutoff = sql<Date>`now() - ${opts.staleAfterMs}::integer * interval '1 millisecond'`;
  const dead = await db
    .deleteFrom("upload_reservations")
    .where("heartbeat_at", "<=", cutoff)
    .returning("blob_key")
    .execute();
  for (const { blob_key } of dead) {
    const recorded = await db
      .selectFrom("document_versions")
      .select("id")
      .where("blob_key", "=", blob_key)
      .executeTakeFirst();
    if (!recorded) await store.delete(blob_key);
  }
  // Listed before the live rows are read: an upload starting meanwhile has its row first.
  const writes = [];
  for await (const w of store.listIncomplete()) writes.push(w);
  const live = new Set(
    (await db.selectFrom("upload_reservations").select("blob_key").execute()).map(
      (r) => r.blob_key,
    ),
  );
  let leftovers = 0;
  for (const w of writes) {
    if (w.key !== null && live.has(w.key)) continue;
    if (Date.now() - w.since.getTime() < opts.staleAfterMs) continue;
    await store.discardIncomplete(w);
    leftovers++;
  }
  if (dead.length || leftovers)
    logger.info({ reservations: dead.length, leftovers }, "cleaned up interrupted uploads");
  return { reservations: dead.length, leftovers };
}

/**
 * The clean-up at start-up, so a crash loop does not pile up leftovers. On the embedded
 * database no other process can be running, so everything left is from a dead one and goes
 * at once. With PostgreSQL other servers may be uploading: only stale rows go now, and a
 * second pass once they would be stale catches this server's previous life too.
 */
export async function cleanUpAtStart(db: Db, store: BlobStore, opts: { soleServer: boolean }) {
  const run = (staleAfterMs: number) =>
    cleanInterruptedUploads(db, store, { staleAfterMs }).catch((err: unknown) =>
      logger.error({ err }, "cleaning up interrupted uploads failed"),
    );
  await run(opts.soleServer ? 0 : STALE_AFTER_MS);
  if (!opts.soleServer) setTimeout(() => void run(STALE_AFTER_MS), STALE_AFTER_MS).unref();
}
