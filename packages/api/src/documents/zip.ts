import { Readable } from "node:stream";
import { Verifier } from "@consortia/storage";
import archiver from "archiver";
import { z } from "zod";
import type { Context } from "../context";
import { DomainError } from "../errors";
import { logger } from "../logger";
import { errorResponse, listParam, onCorrupt, projectCtx, safeDisposition } from "./http-shared";
import { visibleQuery } from "./queries";

/** GET /api/projects/:projectId/documents/zip?folderId=…|ids=a,b — one zip, streamed. */
export async function handleZip(ctx: Context, projectId: string, req: Request) {
  try {
    const pctx = await projectCtx(ctx, projectId);
    const q = new URL(req.url).searchParams;
    const ids = listParam(q.get("ids"));
    const folderId = q.get("folderId");
    if (!ids.length && !folderId)
      throw new DomainError("BAD_REQUEST", "Choose documents or a folder");
    if ([...ids, folderId ?? ids[0]].some((id) => !z.uuid().safeParse(id).success))
      throw new DomainError("BAD_REQUEST", "Not a valid selection");
    let query = visibleQuery(pctx)
      .innerJoin("document_versions as v", (j) =>
        j
          .onRef("v.document_id", "=", "documents.id")
          .onRef("v.number", "=", "documents.version_count"),
      )
      .select(["documents.id", "v.blob_key", "v.file_name", "v.sha256"]);
    query = ids.length
      ? query.where("documents.id", "in", ids)
      : query.where("documents.folder_id", "=", folderId);
    const rows = await query.orderBy("v.file_name").limit(5000).execute();
    if (!rows.length) throw new DomainError("NOT_FOUND", "Nothing to download here");
    const zip = archiver("zip", { zlib: { level: 6 } });
    const used = new Set<string>();
    const nameFor = (name: string) => {
      let candidate = name;
      for (let i = 2; used.has(candidate.toLowerCase()); i++) {
        const dot = name.lastIndexOf(".");
        candidate = dot > 0 ? `${name.slice(0, dot)} (${i})${name.slice(dot)}` : `${name} (${i})`;
      }
      used.add(candidate.toLowerCase());
      return candidate;
    };
    void (async () => {
      try {
        for (const row of rows) {
          const stream = (await pctx.store.get(row.blob_key)).pipe(
            new Verifier(row.blob_key, row.sha256, onCorrupt),
          );
          zip.append(stream, { name: nameFor(row.file_name) });
        }
        await zip.finalize();
      } catch (err) {
        logger.error({ err, requestId: ctx.requestId }, "zip download failed");
        zip.abort();
      }
    })();
    return new Response(Readable.toWeb(zip) as ReadableStream, {
      status: 200,
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": safeDisposition(
          "attachment",
          q.get("name") ? `${q.get("name")}.zip` : "documents.zip",
        ),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    return errorResponse(ctx, err);
  }
}
