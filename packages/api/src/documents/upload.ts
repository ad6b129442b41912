import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { BlobTooLargeError, type PutResult } from "@consortia/storage";
import { DomainError, forbidden, invalid, staleVersion } from "../errors";
import { isEditor } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { folderPath } from "./folders";
import { formatBytes, quotaFull, type Reservation, reserveUpload } from "./reservations";
import { checkFileName } from "./schemas";
import { refreshSearchVector } from "./search-vector";
import { type DocumentMeta, loadEditable } from "./service";
import { sniffUpload } from "./sniff";
import { canExtractText, extractText } from "./text";
import { appendVersion } from "./versions";

export type NewDocumentMeta = DocumentMeta & {
  /** Lead coordinators may file a document for another partner; others own what they upload. */
  ownerPartnerId: string | null;
};

/** An upload's bytes: a web stream (a request's body), a Node.js stream, any async iterable. */
export type Upload = {
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  declaredSize: number | null;
};

type Stored = {
  key: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  chunkSize: number;
  chunkHashes: Buffer;
  text: string | null;
  reservation: Reservation;
};

const tooLarge = (limit: number) =>
  new DomainError(
    "PAYLOAD_TOO_LARGE",
    `The file is larger than the limit of ${formatBytes(limit)} per file`,
  );
/**
 * Streams an upload to storage: limit and quota enforced while streaming (the bytes held by
 * the project's other uploads in progress included), type judged from the bytes, sha256
 * computed on the way. Returns what was stored, with its reservation still open; nothing
 * is in the database yet, so a failure here leaves no row (and `put` leaves no blob).
 */
async function storeUpload(
  ctx: ProjectCtx,
  rawName: string,
  body: AsyncIterable<Uint8Array>,
  declaredSize: number | null,
): Promise<Stored> {
  const name = checkFileName(rawName);
  if (!name.ok) throw invalid(name.why, { file: [name.why] });
  const max = ctx.config.uploadMaxBytes;
  if (declaredSize !== null && declaredSize > max) throw tooLarge(max);
  if (declaredSize === 0) throw invalid("The file is empty", { file: ["The file is empty"] });
  const key = `projects/${ctx.access.projectId}/${randomUUID()}`;
  const reservation = await reserveUpload(ctx, key, declaredSize ?? 0);
  try {
    const left = reservation.room;
    const { mimeType, stream, stop } = await sniffUpload(body, name.name, ctx.config.allowedTypes);
    let put: PutResult;
    try {
      put = await ctx.store.put(key, reservation.count(stream), {
        maxBytes: Math.min(max, left),
      });
    } catch (err) {
      stop();
      if (err instanceof BlobTooLargeError) throw max <= left ? tooLarge(max) : quotaFull(left);
      throw err;
    }
    const text = canExtractText(mimeType, put.size)
      ? await extractText(await buffer(await ctx.store.get(key)), mimeType)
      : null;
    return { key, fileName: name.name, mimeType: mimeType, ...put, text, reservation };
  } catch (err) {
    await reservation.release();
    throw err;
  }
}

/**
 * Runs the database part, which settles the reservation; if it fails the stored blob is
 * removed again. Either way the reservation ends here.
 */
async function commitOrDiscard<T>(ctx: ProjectCtx, stored: Stored, work: () => Promise<T>) {
  try {
    return await work();
  } catch (err) {
    await ctx.store.delete(stored.key).catch(() => undefined);
    throw err;
  } finally {
    await stored.reservation.release();
  }
}

export async function uploadDocument(ctx: ProjectCtx, meta: NewDocumentMeta, upload: Upload) {
  if (!isEditor(ctx.access)) throw forbidden("Only editors can upload documents");
  const owner = meta.ownerPartnerId ?? ctx.access.partnerId;
  if (!owner) throw invalid("Choose the owning partner", { ownerPartnerId: ["Required"] });
  if (owner !== ctx.access.partnerId && !ctx.access.isLead)
    throw forbidden("You can only upload documents for your own partner");
  const partner = await ctx.db
    .selectFrom("partners")
    .select("id")
    .where("id", "=", owner)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!partner)
    throw invalid("Unknown partner", { ownerPartnerId: ["Not a partner of this project"] });
  if (meta.folderId) await folderPath(ctx, meta.folderId);
  const stored = await storeUpload(ctx, upload.fileName, upload.body, upload.declaredSize);
  return commitOrDiscard(ctx, stored, () =>
    ctx.db.transaction().execute(async (trx) => {
      const doc = await trx
        .insertInto("documents")
        .values({
          project_id: ctx.access.projectId,
          folder_id: meta.folderId,
          title: meta.title,
          description: meta.description,
          category: meta.category,
          language: meta.language,
          tags: meta.tags,
          owner_partner_id: owner,
          visibility: meta.visibility,
          file_name: stored.fileName,
          mime_type: stored.mimeType,
          size: stored.size,
          sha256: stored.sha256,
          created_by: ctx.actor.userId,
        })
        .returning(["id", "title", "version", "sha256", "size", "mime_type as mimeType"])
        .executeTakeFirstOrThrow();
      await stored.reservation.settle(trx);
      await trx
        .insertInto("document_versions")
        .values({
          document_id: doc.id,
          project_id: ctx.access.projectId,
          number: 1,
          blob_key: stored.key,
          file_name: stored.fileName,
          mime_type: stored.mimeType,
          size: stored.size,
          sha256: stored.sha256,
          chunk_size: stored.chunkSize,
          chunk_hashes: stored.chunkHashes,
          text_content: stored.text,
          created_by: ctx.actor.userId,
        })
        .execute();
      await refreshSearchVector(trx, doc.id);
      await auditChange(trx, ctx, {
        entity: "document",
        entityId: doc.id,
        action: "upload",
        summary: `Uploaded ${doc.title} (${stored.fileName}, ${formatBytes(stored.size)})`,
        data: { sha256: stored.sha256, visibility: meta.visibility },
      });
      return doc;
    }),
  );
}

export async function uploadVersion(
  ctx: ProjectCtx,
  input: { documentId: string; version: number; note: string },
  upload: Upload,
) {
  const doc = await loadEditable(ctx, input.documentId);
  if (doc.version !== input.version) throw staleVersion("This document");
  const stored = await storeUpload(ctx, upload.fileName, upload.body, upload.declaredSize);
  return commitOrDiscard(ctx, stored, () =>
    ctx.db.transaction().execute(async (trx) => {
      await stored.reservation.settle(trx);
      const appended = await appendVersion(
        trx,
        ctx,
        { id: doc.id, version: input.version },
        {
          blobKey: stored.key,
          fileName: stored.fileName,
          mimeType: stored.mimeType,
          size: stored.size,
          sha256: stored.sha256,
          chunkSize: stored.chunkSize,
          chunkHashes: stored.chunkHashes,
          text: stored.text,
          note: input.note,
        },
      );
      const updated = { id: doc.id, ...appended, sha256: stored.sha256, size: stored.size };
      await auditChange(trx, ctx, {
        entity: "document",
        entityId: doc.id,
        action: "new_version",
        summary: `Uploaded version ${updated.number} of ${doc.title}`,
        data: { sha256: stored.sha256 },
      });
      return updated;
    }),
  );
}

/** Test and script helper: an upload from bytes in memory. */
export function bytesUpload(fileName: string, bytes: Buffer | string) {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  return { fileName, body: Readable.from([b]), declaredSize: b.length };
}
