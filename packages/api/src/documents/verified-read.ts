import type { Readable } from "node:stream";
import { type BlobCorruptError, type ByteRange, readVerified } from "@consortia/storage";
import { logger } from "../logger";
import type { ProjectCtx } from "../shared/service-context";

/** The columns of a version row that `openVersion` needs (select them as named). */
export const VERSION_BLOB_COLUMNS = [
  "v.id as versionId",
  "v.document_id as documentId",
  "v.number",
  "v.blob_key as blobKey",
  "v.size",
  "v.sha256",
  "v.chunk_size as chunkSize",
  "v.chunk_hashes as chunkHashes",
] as const;

export type VersionBlob = {
  versionId: string;
  documentId: string;
  number: number;
  blobKey: string;
  size: number;
  sha256: string;
  chunkSize: number | null;
  chunkHashes: Uint8Array | null;
};

/**
 * The one way document bytes leave storage (downloads, ranges, zips): every byte is checked
 * against the hashes recorded at upload before it is released, and a mismatch is logged
 * with the project, document and version it belongs to.
 */
export function openVersion(
  ctx: ProjectCtx,
  version: VersionBlob,
  range?: ByteRange,
): Promise<Readable> {
  const where = {
    projectId: ctx.access.projectId,
    documentId: version.documentId,
    versionId: version.versionId,
    versionNumber: version.number,
    requestId: ctx.requestId,
  };
  const onCorrupt = (err: BlobCorruptError) =>
    logger.error(
      { err, key: err.key, chunk: err.chunk, ...where },
      "stored blob does not match its checksum; refusing to serve it",
    );
  return readVerified(ctx.store, { ...version, key: version.blobKey }, range, onCorrupt);
}
