import { pipeline } from "node:stream/promises";
import archiver, { type Archiver } from "archiver";
import { z } from "zod";
import type { Context } from "../context";
import { DomainError } from "../errors";
import { logger } from "../logger";
import { exportRoute, inProject } from "../shared/export-route";
import { CONTENT_TYPES, listParam } from "../shared/http-kit";
import type { ProjectCtx } from "../shared/service-context";
import { visibleQuery } from "./queries";
import { openVersion, VERSION_BLOB_COLUMNS, type VersionBlob } from "./verified-read";

type Entry = VersionBlob & { name: string };

/** Adds one document and waits until archiver has taken all of it (or something failed). */
async function appendEntry(ctx: ProjectCtx, zip: Archiver, entry: Entry): Promise<void> {
  const stream = await openVersion(ctx, entry);
  let settle: (err?: Error) => void = () => undefined;
  const added = new Promise<void>((resolve, reject) => {
    settle = (err) => (err ? reject(err) : resolve());
  });
  const onEntry = () => settle();
  const onClose = () => settle(new Error("the zip was closed"));
  // archiver never hears of a failing source: without this the response just stalls.
  stream.once("error", settle);
  zip.once("entry", onEntry);
  zip.once("close", onClose);
  try {
    zip.append(stream, { name: entry.name });
    await added;
  } finally {
    zip.off("entry", onEntry);
    zip.off("close", onClose);
    stream.destroy();
  }
}

/**
 * Fills the zip one document at a time (one blob open at a time). When a document fails —
 * corrupt, missing — the zip is destroyed with the error: the response stream fails, the
 * server drops the connection, and the client sees a failed download at once instead of a
 * response that stalls, or a truncated zip that looks complete.
 */
async function fill(ctx: ProjectCtx, zip: Archiver, entries: Entry[]): Promise<void> {
  for (const entry of entries) {
    try {
      await appendEntry(ctx, zip, entry);
    } catch (err) {
      if (zip.destroyed) return; // the client went away
      logger.error(
        {
          err,
          requestId: ctx.requestId,
          projectId: ctx.access.projectId,
          documentId: entry.documentId,
          versionId: entry.versionId,
        },
        "zip download failed on a document; the download is aborted",
      );
      zip.destroy(err instanceof Error ? err : new Error(String(err)));
      return;
    }
  }
  await zip.finalize();
}

/** GET /api/projects/:projectId/documents/zip?folderId=…|ids=a,b — one zip, streamed. */
export function handleZip(ctx: Context, projectId: string, req: Request) {
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: (q) => {
      const ids = listParam(q.get("ids"));
      const folderId = q.get("folderId");
      if (!ids.length && !folderId)
        throw new DomainError("BAD_REQUEST", "Choose documents or a folder");
      if ([...ids, folderId ?? ids[0]].some((id) => !z.uuid().safeParse(id).success))
        throw new DomainError("BAD_REQUEST", "Not a valid selection");
      return { ids, folderId, name: q.get("name") };
    },
    load: async (pctx, { ids, folderId }) => {
      let query = visibleQuery(pctx)
        .innerJoin("document_versions as v", (j) =>
          j
            .onRef("v.document_id", "=", "documents.id")
            .onRef("v.number", "=", "documents.version_count"),
        )
        .select([...VERSION_BLOB_COLUMNS, "v.file_name"]);
      query = ids.length
        ? query.where("documents.id", "in", ids)
        : query.where("documents.folder_id", "=", folderId);
      const rows = await query.orderBy("v.file_name").limit(5000).execute();
      if (!rows.length) throw new DomainError("NOT_FOUND", "Nothing to download here");
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
      const entries = rows.map(({ file_name, ...row }) => ({ ...row, name: nameFor(file_name) }));
      return { pctx, entries };
    },
    render:
      ({ pctx, entries }) =>
      async (out) => {
        const zip = archiver("zip", { zlib: { level: 6 } });
        // A document that fails destroys the zip (fill logs which); the pipeline then fails
        // the response, so the client sees a failed download at once.
        const streamed = pipeline(zip, out);
        await fill(pctx, zip, entries);
        await streamed;
      },
    head: (_m, { name }) => ({
      type: CONTENT_TYPES.zip,
      fileName: name ? `${name}.zip` : "documents.zip",
    }),
  });
}
