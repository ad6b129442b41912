import { PassThrough, Readable, type Writable } from "node:stream";
import { DownloadClosed } from "@consortia/reports";
import contentDisposition from "content-disposition";
import { z } from "zod";
import type { Context } from "../context";
import { DomainError, HTTP_STATUS } from "../errors";
import { logger } from "../logger";
import { uniqueConflict } from "./db-errors";
import { resolveProjectAccess } from "./project-access";
import { READ_ROLES, type Role } from "./roles";
import type { ProjectCtx } from "./service-context";

/**
 * The HTTP kit of every file and export route (the tRPC procedures have theirs in trpc.ts):
 * one error answer, the caller's project access, safe file names and headers.
 */

/** Domain errors as their status with a JSON body; anything else a 500 with a reference. */
export function errorResponse(ctx: Pick<Context, "requestId">, caught: unknown): Response {
  const err = uniqueConflict(caught) ?? caught;
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

/** A route's caller in a project, checked as a project procedure checks it. */
export async function projectCtx(
  ctx: Context,
  projectId: string,
  roles: readonly Role[] = READ_ROLES,
): Promise<ProjectCtx> {
  if (!ctx.actor) throw new DomainError("UNAUTHORIZED", "Please sign in");
  if (!z.uuid().safeParse(projectId).success)
    throw new DomainError("NOT_FOUND", "Project not found");
  const access = await resolveProjectAccess(ctx.db, ctx.actor, projectId, roles);
  return { ...ctx, actor: ctx.actor, access };
}

/** "a,b,c" in a query string as a list (empty entries dropped). */
export const listParam = (v: string | null) => (v ? v.split(",").filter(Boolean) : []);

export const CONTENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  zip: "application/zip",
  ics: "text/calendar; charset=utf-8",
} as const;
export type FileFormat = keyof typeof CONTENT_TYPES;

/** Characters that do not belong in a file name, and runs of spaces, become one hyphen. */
export const fileSafe = (s: string, fallback = "export") =>
  s
    .replace(/[\\/:*?"<>|\s]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || fallback;

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

/** A file's body: bytes already made, or a writer that streams them as they are made. */
export type FileBody = Uint8Array | string | ((out: Writable) => Promise<void>);

export type FileHead = {
  type: string;
  fileName: string;
  disposition?: "inline" | "attachment";
  /** Further headers (e.g. X-Export-Rows, X-Robots-Tag). */
  headers?: Record<string, string>;
};

/**
 * A file answer with the headers every file route sends. A streamed body that fails after the
 * status went out is cut short (the client sees a failed download, not a complete-looking one)
 * and logged; a client that went away is not an error.
 */
export function fileResponse(ctx: Pick<Context, "requestId">, body: FileBody, head: FileHead) {
  const headers: Record<string, string> = {
    "Content-Type": head.type,
    "Content-Disposition": safeDisposition(head.disposition ?? "attachment", head.fileName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    ...head.headers,
  };
  if (typeof body !== "function") {
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
    headers["Content-Length"] = String(bytes.byteLength);
    return new Response(bytes, { status: 200, headers });
  }
  const out = new PassThrough();
  body(out).catch((err: unknown) => {
    if (err instanceof DownloadClosed || out.destroyed) return;
    logger.error({ err, requestId: ctx.requestId }, "file export failed while streaming");
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return new Response(Readable.toWeb(out) as ReadableStream, { status: 200, headers });
}
