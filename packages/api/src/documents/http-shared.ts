import type { Readable } from "node:stream";
import { type BlobCorruptError, type ByteRange, readVerified } from "@consortia/storage";
import contentDisposition from "content-disposition";
import { z } from "zod";
import type { Context } from "../context";
import { DomainError, HTTP_STATUS } from "../errors";
import { logger } from "../logger";
import { resolveProjectAccess } from "../shared/project-access";
import { READ_ROLES } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";

export function errorResponse(ctx: Context, err: unknown): Response {
  if (err instanceof DomainError) {
    return Response.json(
      { error: { code: err.code, message: err.message, fieldErrors: err.fieldErrors ?? null } },
      { status: HTTP_STATUS[err.code] },
    );
  }
  if (err instanceof z.ZodError) {
    return Response.json(
      {
        error: {
          code: "BAD_REQUEST",
          message: "Some fields need attention",
          fieldErrors: z.flattenError(err).fieldErrors,
        },
      },
      { status: 400 },
    );
  }
  logger.error({ err, requestId: ctx.requestId }, "file route failed");
  return Response.json(
    {
      error: {
        code: "INTERNAL_SERVER_ERROR",
        message: `Something went wrong on our side. Reference: ${ctx.requestId}`,
      },
    },
    { status: 500 },
  );
}

export async function projectCtx(
  ctx: Context,
  projectId: string,
  roles = READ_ROLES,
): Promise<ProjectCtx> {
  if (!ctx.actor) throw new DomainError("UNAUTHORIZED", "Please sign in");
  if (!z.uuid().safeParse(projectId).success)
    throw new DomainError("NOT_FOUND", "Project not found");
  const access = await resolveProjectAccess(ctx.db, ctx.actor, projectId, roles);
  return { ...ctx, actor: ctx.actor, access };
}

export const listParam = (v: string | null) => (v ? v.split(",").filter(Boolean) : []);

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

/**
 * RFC 6266: an ASCII-only `filename` for old clients (accents dropped, other characters
 * replaced) and the exact name, UTF-8 encoded, in `filename*`.
 */
export function safeDisposition(type: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_");
  return contentDisposition(fileName, { type, fallback: ascii });
}
