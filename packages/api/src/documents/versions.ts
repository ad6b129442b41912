import type { Db } from "@consortia/db";
import { staleVersion } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { refreshSearchVector } from "./search-vector";

export type VersionFile = {
  blobKey: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  /** Per-chunk hashes of the blob; null for a blob not yet hashed that way. */
  chunkSize: number | null;
  chunkHashes: Uint8Array | null;
  text: string | null;
  note: string;
};

/**
 * Makes `file` the document's newest version: the document row takes its facts (guarded by
 * the caller's `version`), a version row records it, and the search vector follows.
 * Runs inside the caller's transaction; the caller writes its own audit entry.
 */
export async function appendVersion(
  trx: Db,
  ctx: ProjectCtx,
  doc: { id: string; version: number },
  file: VersionFile,
): Promise<{ number: number; version: number }> {
  const updated = await trx
    .updateTable("documents")
    .set((eb) => ({
      file_name: file.fileName,
      mime_type: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      version_count: eb("version_count", "+", 1),
      updated_at: new Date(),
      version: eb("version", "+", 1),
    }))
    .where("id", "=", doc.id)
    .where("version", "=", doc.version)
    .returning(["version_count", "version"])
    .executeTakeFirst();
  if (!updated) throw staleVersion("This document");
  await trx
    .insertInto("document_versions")
    .values({
      document_id: doc.id,
      project_id: ctx.access.projectId,
      number: updated.version_count,
      blob_key: file.blobKey,
      file_name: file.fileName,
      mime_type: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      chunk_size: file.chunkSize,
      chunk_hashes: file.chunkHashes,
      note: file.note,
      text_content: file.text,
      created_by: ctx.actor.userId,
    })
    .execute();
  await refreshSearchVector(trx, doc.id);
  return { number: updated.version_count, version: updated.version };
}
