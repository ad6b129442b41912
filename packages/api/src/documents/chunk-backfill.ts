import type { Db } from "@consortia/db";
import { BlobNotFoundError, type BlobStore, digestBlob } from "@consortia/storage";
import type { Logger } from "../logger";

const PAGE = 100;

export type BackfillReport = { hashed: number; corrupt: number; missing: number };

/**
 * Versions stored before per-chunk hashes existed have none, so each download of them is
 * first checked whole (see readVerified). This reads each such blob once, and when it still
 * matches its recorded sha256 stores its chunk hashes (for every version sharing the blob).
 * A blob that no longer matches is logged and left as it is: its downloads keep failing.
 */
export async function backfillChunkHashes(
  db: Db,
  store: BlobStore,
  log: Logger,
): Promise<BackfillReport> {
  const report: BackfillReport = { hashed: 0, corrupt: 0, missing: 0 };
  const done = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page = await db
      .selectFrom("document_versions")
      .select(["id", "project_id", "document_id", "blob_key", "size", "sha256"])
      .where("chunk_hashes", "is", null)
      .$if(after !== null, (q) => q.where("id", ">", after as string))
      .orderBy("id")
      .limit(PAGE)
      .execute();
    for (const v of page) {
      if (done.has(v.blob_key)) continue;
      done.add(v.blob_key);
      const digest = await digestBlob(store, v.blob_key).catch((err: unknown) => {
        if (err instanceof BlobNotFoundError) return null;
        throw err;
      });
      if (!digest) {
        report.missing++;
        continue;
      }
      if (digest.sha256 !== v.sha256 || digest.size !== v.size) {
        report.corrupt++;
        log.error(
          {
            key: v.blob_key,
            projectId: v.project_id,
            documentId: v.document_id,
            versionId: v.id,
            expected: v.sha256,
            actual: digest.sha256,
          },
          "stored blob does not match its checksum; refusing to serve it",
        );
        continue;
      }
      const { numUpdatedRows } = await db
        .updateTable("document_versions")
        .set({ chunk_size: digest.chunkSize, chunk_hashes: digest.chunkHashes })
        .where("blob_key", "=", v.blob_key)
        .where("sha256", "=", digest.sha256)
        .where("chunk_hashes", "is", null)
        .executeTakeFirst();
      report.hashed += Number(numUpdatedRows);
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) return report;
    after = last.id;
  }
}
