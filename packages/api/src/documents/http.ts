import type { Readable } from "node:stream";
import { ReadableStream as NodeWebStream } from "node:stream/web";
import { isSameOrigin } from "@consortia/auth";
import { BlobNotFoundError } from "@consortia/storage";
import rangeParser from "range-parser";
import { z } from "zod";
import type { Context } from "../context";
import { DomainError } from "../errors";
import { logger } from "../logger";
import { INT_MAX } from "../shared/fields";
import { errorResponse, listParam, projectCtx, safeDisposition } from "../shared/http-kit";
import { EDITOR_ROLES } from "../shared/roles";
import { assertStorableText } from "../shared/text";
import { visibleQuery } from "./queries";
import { documentMetadata } from "./schemas";
import { uploadDocument, uploadVersion } from "./upload";
import { openVersion, VERSION_BLOB_COLUMNS } from "./verified-read";

/** Types a browser may show inline; everything else (HTML and SVG above all) downloads. */
const INLINE_SAFE = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "text/plain",
]);

/**
 * Uploads come from our own pages only: same origin, and a custom header that a cross-site
 * form cannot send without a CORS preflight we never grant.
 */
function checkUploadRequest(req: Request): void {
  if (!isSameOrigin(req.headers) || req.headers.get("x-consortia-upload") !== "1")
    throw new DomainError("FORBIDDEN", "Cross-site upload refused");
}

function uploadBody(req: Request) {
  if (!req.body) throw new DomainError("BAD_REQUEST", "The file is empty");
  const rawName = req.headers.get("x-file-name");
  if (!rawName) throw new DomainError("BAD_REQUEST", "The file name is missing");
  let fileName: string;
  try {
    fileName = decodeURIComponent(rawName);
  } catch {
    throw new DomainError("BAD_REQUEST", "The file name is not valid");
  }
  const length = req.headers.get("content-length");
  assertStorableText({ fileName });
  return {
    fileName,
    // Read as it comes: no Node.js stream around the web stream, chunk by chunk.
    body: req.body as NodeWebStream<Uint8Array>,
    declaredSize: length && /^\d+$/.test(length) ? Number(length) : null,
  };
}

const newDocumentQuery = z.strictObject({
  ...documentMetadata,
  ownerPartnerId: z.uuid().nullable().default(null),
});

/** POST /api/projects/:projectId/documents — body: the file's bytes; details in the query. */
export async function handleUpload(ctx: Context, projectId: string, req: Request) {
  try {
    checkUploadRequest(req);
    const pctx = await projectCtx(ctx, projectId, EDITOR_ROLES);
    const q = new URL(req.url).searchParams;
    assertStorableText(Object.fromEntries(q));
    const meta = newDocumentQuery.parse({
      title: q.get("title") ?? undefined,
      description: q.get("description") ?? undefined,
      category: q.get("category") ?? undefined,
      language: q.get("language") || null,
      tags: listParam(q.get("tags")),
      visibility: q.get("visibility") ?? undefined,
      folderId: q.get("folderId") || null,
      ownerPartnerId: q.get("ownerPartnerId") || null,
    });
    const doc = await uploadDocument(pctx, meta, uploadBody(req));
    return Response.json({ document: doc }, { status: 201 });
  } catch (err) {
    return errorResponse(ctx, err);
  }
}

const versionQuery = z.strictObject({
  version: z.coerce.number().int().positive().max(INT_MAX),
  note: z.string().trim().max(500, "At most 500 characters").default(""),
});

/** POST /api/projects/:projectId/documents/:documentId/versions */
export async function handleNewVersion(
  ctx: Context,
  projectId: string,
  documentId: string,
  req: Request,
) {
  try {
    checkUploadRequest(req);
    const pctx = await projectCtx(ctx, projectId, EDITOR_ROLES);
    if (!z.uuid().safeParse(documentId).success)
      throw new DomainError("NOT_FOUND", "Document not found");
    const q = new URL(req.url).searchParams;
    assertStorableText(Object.fromEntries(q));
    const input = versionQuery.parse({
      version: q.get("version"),
      note: q.get("note") ?? undefined,
    });
    const result = await uploadVersion(pctx, { documentId, ...input }, uploadBody(req));
    return Response.json({ version: result }, { status: 201 });
  } catch (err) {
    return errorResponse(ctx, err);
  }
}

/**
 * The verified bytes as a response body, chunk for chunk as they were checked (Readable.toWeb
 * would copy every chunk on Node.js 20). Cancelling it (the client went away) destroys
 * `stream`, and so the file read; an error of `stream` (a corrupt chunk) errors it.
 */
function webBody(stream: Readable): ReadableStream<Uint8Array> {
  return NodeWebStream.from<Uint8Array>(stream) as unknown as ReadableStream<Uint8Array>;
}

/**
 * GET /api/projects/:projectId/documents/:documentId/file?v=N&inline=1 — ETag is the sha256,
 * Range requests are answered with 206. Whole files and ranges alike are checked chunk by
 * chunk before any byte is sent (openVersion); a corrupt start answers 500.
 */
export async function handleDownload(
  ctx: Context,
  projectId: string,
  documentId: string,
  req: Request,
) {
  try {
    const pctx = await projectCtx(ctx, projectId);
    if (!z.uuid().safeParse(documentId).success)
      throw new DomainError("NOT_FOUND", "Document not found");
    const q = new URL(req.url).searchParams;
    const number = q.get("v");
    let query = visibleQuery(pctx)
      .innerJoin("document_versions as v", "v.document_id", "documents.id")
      .select([...VERSION_BLOB_COLUMNS, "v.file_name", "v.mime_type"])
      .where("documents.id", "=", documentId);
    query =
      number && /^\d+$/.test(number)
        ? query.where("v.number", "=", Number(number))
        : query.whereRef("v.number", "=", "documents.version_count");
    const version = await query.executeTakeFirst();
    if (!version) throw new DomainError("NOT_FOUND", "Document not found");
    const etag = `"${version.sha256}"`;
    const inline = q.get("inline") === "1" && INLINE_SAFE.has(version.mime_type);
    const headers = new Headers({
      "Content-Type": version.mime_type,
      "Content-Disposition": safeDisposition(inline ? "inline" : "attachment", version.file_name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy":
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox allow-downloads",
      "Cache-Control": "private, no-cache",
      ETag: etag,
      "Accept-Ranges": "bytes",
    });
    if (req.headers.get("if-none-match") === etag)
      return new Response(null, { status: 304, headers });
    const rangeHeader = req.headers.get("range");
    const ifRange = req.headers.get("if-range");
    if (rangeHeader && (!ifRange || ifRange === etag)) {
      const ranges = rangeParser(version.size, rangeHeader, { combine: true });
      if (ranges === -1) {
        headers.set("Content-Range", `bytes */${version.size}`);
        return new Response(null, { status: 416, headers });
      }
      if (ranges !== -2 && ranges.length === 1 && ranges[0]) {
        const { start, end } = ranges[0];
        const stream = await openVersion(pctx, version, { start, end });
        headers.set("Content-Range", `bytes ${start}-${end}/${version.size}`);
        headers.set("Content-Length", String(end - start + 1));
        return new Response(webBody(stream), { status: 206, headers });
      }
    }
    const stream = await openVersion(pctx, version);
    headers.set("Content-Length", String(version.size));
    return new Response(webBody(stream), { status: 200, headers });
  } catch (err) {
    if (err instanceof BlobNotFoundError) {
      logger.error({ err, requestId: ctx.requestId }, "a document's blob is missing from storage");
    }
    return errorResponse(ctx, err);
  }
}
