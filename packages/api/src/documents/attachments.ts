import type { Db } from "@consortia/db";
import {
  ATTACHMENT_ENTITIES,
  type AttachmentEntity,
  type DocumentCategory,
  type DocumentVisibility,
} from "@consortia/db/schema";
import { z } from "zod";
import { recordAudit } from "../audit";
import { invalid, notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { visibleDocuments } from "./access";
import { visibleQuery } from "./queries";

/**
 * Documents from the library attached to other records (learning events, good practices,
 * deliverables, policy improvements, actions, progress reports). Each record's procedure
 * first checks that the record is in the caller's project and that the caller may edit it;
 * these services check the documents: same project, visible to the caller, not in the trash.
 */

const attachmentTarget = {
  entity: z.enum(ATTACHMENT_ENTITIES, "Unknown kind of record"),
  entityId: z.uuid(),
};

/** The documents chosen for a record: at most 50 at a time, repeats dropped. */
export const attachmentDocumentIds = z
  .array(z.uuid())
  .min(1, "Choose at least one document")
  .max(50, "At most 50 documents at a time")
  .transform((ids) => [...new Set(ids)]);

/** Shapes for `projectInput(...)` in the records' procedures. */
export const attachDocumentsShape = { ...attachmentTarget, documentIds: attachmentDocumentIds };
export const detachDocumentShape = { ...attachmentTarget, documentId: z.uuid() };
export const attachDocumentsInput = z.strictObject(attachDocumentsShape);
export const detachDocumentInput = z.strictObject(detachDocumentShape);

type Target = { entity: AttachmentEntity; entityId: string };

export type AttachedDocument = {
  id: string;
  title: string;
  fileName: string;
  mimeType: string;
  size: number;
  category: DocumentCategory;
  visibility: DocumentVisibility;
  ownerPartnerId: string;
  updatedAt: Date;
  attachedAt: Date;
};

/** Attaches documents to a record; ones already attached are left as they are. */
export async function attachDocuments(
  ctx: ProjectCtx,
  input: Target & { documentIds: readonly string[] },
  /** The caller's transaction, when the attachments are part of a larger change. */
  within?: Db,
): Promise<{ attached: string[] }> {
  const ids = [...new Set(input.documentIds)];
  if (ids.length === 0) return { attached: [] };
  const run = <T>(fn: (trx: Db) => Promise<T>) =>
    within ? fn(within) : ctx.db.transaction().execute(fn);
  return run(async (trx) => {
    const docs = await trx
      .selectFrom("documents")
      .select(["documents.id", "documents.title", "documents.deleted_at as deletedAt"])
      .where(visibleDocuments(ctx.access))
      .where("documents.id", "in", ids)
      .execute();
    // Another project's document, or one the caller may not see, is simply not found.
    if (docs.length < ids.length) throw notFound("Document");
    const trashed = docs.filter((d) => d.deletedAt !== null);
    if (trashed.length > 0) {
      const names = trashed.map((d) => `"${d.title}"`).join(", ");
      throw invalid(`${names} ${trashed.length > 1 ? "are" : "is"} in the trash`, {
        documentIds: ["Restore a document from the trash before attaching it"],
      });
    }
    const added = await trx
      .insertInto("attachments")
      .values(
        ids.map((documentId) => ({
          project_id: ctx.access.projectId,
          document_id: documentId,
          entity: input.entity,
          entity_id: input.entityId,
          created_by: ctx.actor.userId,
        })),
      )
      .onConflict((oc) => oc.columns(["document_id", "entity", "entity_id"]).doNothing())
      .returning("document_id")
      .execute();
    const titles = new Map(docs.map((d) => [d.id, d.title]));
    for (const { document_id } of added) {
      await recordAudit(trx, {
        projectId: ctx.access.projectId,
        actorId: ctx.actor.userId,
        entity: input.entity,
        entityId: input.entityId,
        action: "attach_document",
        summary: `Attached ${titles.get(document_id)}`,
        data: { documentId: document_id },
      });
    }
    return { attached: added.map((a) => a.document_id) };
  });
}

/** Removes one document from a record (the document itself stays in the library). */
export async function detachDocument(
  ctx: ProjectCtx,
  input: Target & { documentId: string },
): Promise<{ ok: true }> {
  return ctx.db.transaction().execute(async (trx) => {
    const doc = await trx
      .selectFrom("documents")
      .select(["documents.id", "documents.title"])
      .where(visibleDocuments(ctx.access))
      .where("documents.id", "=", input.documentId)
      .executeTakeFirst();
    const removed =
      doc &&
      (await trx
        .deleteFrom("attachments")
        .where("project_id", "=", ctx.access.projectId)
        .where("entity", "=", input.entity)
        .where("entity_id", "=", input.entityId)
        .where("document_id", "=", doc.id)
        .executeTakeFirst());
    if (!doc || !removed || Number(removed.numDeletedRows) === 0) throw notFound("Attachment");
    await recordAudit(trx, {
      projectId: ctx.access.projectId,
      actorId: ctx.actor.userId,
      entity: input.entity,
      entityId: input.entityId,
      action: "detach_document",
      summary: `Removed ${doc.title}`,
      data: { documentId: doc.id },
    });
    return { ok: true as const };
  });
}

/**
 * The documents attached to each of the records, as the caller may see them: a partner's
 * private document attached to a shared record stays hidden from everyone else, and
 * documents in the trash are left out. Every requested id has an entry.
 */
export async function listAttachments(
  ctx: ProjectCtx,
  entity: AttachmentEntity,
  entityIds: readonly string[],
): Promise<Record<string, AttachedDocument[]>> {
  const grouped: Record<string, AttachedDocument[]> = Object.fromEntries(
    entityIds.map((id) => [id, []]),
  );
  if (entityIds.length === 0) return grouped;
  const rows = await visibleQuery(ctx)
    .innerJoin("attachments", "attachments.document_id", "documents.id")
    .select([
      "attachments.entity_id as entityId",
      "attachments.created_at as attachedAt",
      "documents.id",
      "documents.title",
      "documents.file_name as fileName",
      "documents.mime_type as mimeType",
      "documents.size",
      "documents.category",
      "documents.visibility",
      "documents.owner_partner_id as ownerPartnerId",
      "documents.updated_at as updatedAt",
    ])
    .where("attachments.project_id", "=", ctx.access.projectId)
    .where("attachments.entity", "=", entity)
    .where("attachments.entity_id", "in", [...new Set(entityIds)])
    .orderBy("attachments.created_at")
    .orderBy("documents.title")
    .execute();
  for (const { entityId, ...doc } of rows) grouped[entityId]?.push(doc);
  return grouped;
}
