import type { Db } from "@consortia/db";
import type { BlobStore } from "@consortia/storage";
import { recordAudit } from "../audit";
import { notFound } from "../errors";
import { logger } from "../logger";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";

export const TRASH_DAYS = 30;
const DAY = 86_400_000;

/** The project's trash (lead coordinators only, checked by the procedure). */
export async function listTrash(ctx: ProjectCtx) {
  const rows = await ctx.db
    .selectFrom("documents")
    .innerJoin("partners", "partners.id", "documents.owner_partner_id")
    .leftJoin("users", "users.id", "documents.deleted_by")
    .select([
      "documents.id",
      "documents.title",
      "documents.file_name as fileName",
      "documents.size",
      "documents.deleted_at as deletedAt",
      "users.name as deletedByName",
      "partners.name as ownerPartnerName",
    ])
    .where("documents.project_id", "=", ctx.access.projectId)
    .where("documents.deleted_at", "is not", null)
    .orderBy("documents.deleted_at", "desc")
    .execute();
  return rows.map((r) => ({
    ...r,
    purgeAfter: new Date((r.deletedAt as Date).getTime() + TRASH_DAYS * DAY),
  }));
}

async function loadTrashed(ctx: ProjectCtx, documentId: string) {
  const doc = await ctx.db
    .selectFrom("documents")
    .select(["id", "title", "folder_id"])
    .where("id", "=", documentId)
    .where("project_id", "=", ctx.access.projectId)
    .where("deleted_at", "is not", null)
    .executeTakeFirst();
  if (!doc) throw notFound("Document in the trash");
  return doc;
}

/** Back where it was; to the top of the library when its folder has gone meanwhile. */
export async function restoreFromTrash(ctx: ProjectCtx, input: { documentId: string }) {
  const doc = await loadTrashed(ctx, input.documentId);
  return ctx.db.transaction().execute(async (trx) => {
    const folderAlive =
      doc.folder_id &&
      (await trx
        .selectFrom("folders")
        .select("id")
        .where("id", "=", doc.folder_id)
        .where("deleted_at", "is", null)
        .executeTakeFirst());
    await trx
      .updateTable("documents")
      .set({
        deleted_at: null,
        deleted_by: null,
        folder_id: folderAlive ? doc.folder_id : null,
        updated_at: new Date(),
      })
      .where("id", "=", doc.id)
      .execute();
    await auditChange(trx, ctx, {
      entity: "document",
      entityId: doc.id,
      action: "restore",
      summary: `Restored ${doc.title} from the trash`,
    });
    return { ok: true as const, folderId: folderAlive ? doc.folder_id : null };
  });
}

/** Deletes rows first, then the blobs no remaining row points to. */
async function purge(db: Db, store: BlobStore, documentIds: string[]): Promise<number> {
  if (documentIds.length === 0) return 0;
  const keys = await db
    .selectFrom("document_versions")
    .select("blob_key")
    .distinct()
    .where("document_id", "in", documentIds)
    .execute();
  await db.deleteFrom("documents").where("id", "in", documentIds).execute();
  for (const { blob_key } of keys) {
    const stillUsed = await db
      .selectFrom("document_versions")
      .select("id")
      .where("blob_key", "=", blob_key)
      .executeTakeFirst();
    if (!stillUsed) {
      await store.delete(blob_key).catch((err: unknown) => {
        // The reconciler reports it as a blob without a row; nothing a user sees depends on it.
        logger.error({ err, blob_key }, "could not delete a purged blob");
      });
    }
  }
  return documentIds.length;
}

export async function purgeDocument(ctx: ProjectCtx, input: { documentId: string }) {
  const doc = await loadTrashed(ctx, input.documentId);
  await recordAudit(ctx.db, {
    projectId: ctx.access.projectId,
    actorId: ctx.actor.userId,
    entity: "document",
    entityId: doc.id,
    action: "purge",
    summary: `Deleted ${doc.title} for good`,
  });
  await purge(ctx.db, ctx.store, [doc.id]);
  return { ok: true as const };
}

/** Run periodically: documents in the trash for more than 30 days are deleted for good. */
export async function purgeExpired(db: Db, store: BlobStore, now = new Date()): Promise<number> {
  const expired = await db
    .selectFrom("documents")
    .select(["id", "project_id", "title"])
    .where("deleted_at", "<", new Date(now.getTime() - TRASH_DAYS * DAY))
    .execute();
  for (const doc of expired) {
    await recordAudit(db, {
      projectId: doc.project_id,
      actorId: null,
      entity: "document",
      entityId: doc.id,
      action: "purge",
      summary: `Deleted ${doc.title} for good after ${TRASH_DAYS} days in the trash`,
    });
  }
  return purge(
    db,
    store,
    expired.map((d) => d.id),
  );
}
