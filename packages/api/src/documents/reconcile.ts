import type { Db } from "@consortia/db";
import type { BlobInfo, BlobStore } from "@consortia/storage";

/** Document blobs are stored as `projects/<projectId>/<uuid>`; other prefixes are not ours. */
export const DOCUMENT_BLOB_PREFIX = "projects/";
/** An orphan younger than this may be an upload whose row is about to be committed. */
export const ORPHAN_MIN_AGE_MS = 3_600_000;
const CHUNK = 500;

export type OrphanBlob = { key: string; size: number; lastModified: Date; deleted: boolean };
export type MissingBlob = {
  key: string;
  documentId: string;
  title: string;
  versionNumber: number;
  trashed: boolean;
  projectId: string;
  projectAcronym: string;
};

export type ReconcileReport = {
  applied: boolean;
  /** Document blobs in the store. */
  blobs: number;
  /** Version rows, and the distinct blob keys they point to. */
  rows: number;
  referencedKeys: number;
  /** Blobs no row points to; with `apply`, those older than an hour are deleted. */
  orphans: OrphanBlob[];
  /** Rows whose blob is gone: their downloads fail. Reported, never changed. */
  missing: MissingBlob[];
  deleted: number;
};

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

async function keysInUse(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const used = new Set<string>();
  for (const part of chunks(keys)) {
    const rows = await db
      .selectFrom("document_versions")
      .select("blob_key")
      .distinct()
      .where("blob_key", "in", part)
      .execute();
    for (const r of rows) used.add(r.blob_key);
  }
  return used;
}

/**
 * Compares the blobs in the store with the rows of `document_versions`. Dry run by default.
 * The store is listed before the rows are read, and each finding is checked again, so an
 * upload or purge running meanwhile is not mistaken for damage. Rows are never changed.
 */
export async function reconcileStorage(
  db: Db,
  store: BlobStore,
  opts: { apply?: boolean; now?: Date; minOrphanAgeMs?: number } = {},
): Promise<ReconcileReport> {
  const now = opts.now ?? new Date();
  const minAge = opts.minOrphanAgeMs ?? ORPHAN_MIN_AGE_MS;
  const listed = new Map<string, BlobInfo>();
  for await (const blob of store.list(DOCUMENT_BLOB_PREFIX)) listed.set(blob.key, blob);

  const rows = await db
    .selectFrom("document_versions")
    .innerJoin("documents", "documents.id", "document_versions.document_id")
    .innerJoin("projects", "projects.id", "document_versions.project_id")
    .select([
      "document_versions.blob_key as key",
      "document_versions.number as versionNumber",
      "documents.id as documentId",
      "documents.title",
      "documents.deleted_at as deletedAt",
      "projects.id as projectId",
      "projects.acronym as projectAcronym",
    ])
    .orderBy("projects.acronym")
    .orderBy("documents.title")
    .orderBy("document_versions.number")
    .execute();
  const referenced = new Set(rows.map((r) => r.key));

  const present = new Map<string, boolean>();
  const missing: MissingBlob[] = [];
  for (const { deletedAt, ...row } of rows) {
    if (listed.has(row.key)) continue;
    // Written after the listing, or really gone?
    if (!present.has(row.key)) present.set(row.key, (await store.stat(row.key)) !== null);
    if (!present.get(row.key)) missing.push({ ...row, trashed: deletedAt !== null });
  }

  const candidates = [...listed.keys()].filter((k) => !referenced.has(k));
  const committedSince = await keysInUse(db, candidates);
  const orphans: OrphanBlob[] = [];
  let deleted = 0;
  for (const key of candidates) {
    if (committedSince.has(key)) continue;
    const info = listed.get(key);
    if (!info) continue;
    const orphan = { key, size: info.size, lastModified: info.lastModified, deleted: false };
    orphans.push(orphan);
    const oldEnough = now.getTime() - info.lastModified.getTime() >= minAge;
    if (opts.apply && oldEnough && (await keysInUse(db, [key])).size === 0) {
      await store.delete(key);
      orphan.deleted = true;
      deleted++;
    }
  }

  return {
    applied: !!opts.apply,
    blobs: listed.size,
    rows: rows.length,
    referencedKeys: referenced.size,
    orphans,
    missing,
    deleted,
  };
}
