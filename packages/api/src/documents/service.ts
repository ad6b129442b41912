import type { DocumentCategory, DocumentVisibility } from "@consortia/db";
import { sql } from "kysely";
import { forbidden, invalid, notFound, staleVersion } from "../errors";
import { pageOf } from "../shared/list-query";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { documentCan } from "./access";
import { folderCan, folderPath } from "./folders";
import { documentColumns, storageQuota, storageUsed, visibleQuery } from "./queries";
import type { SORTS } from "./schemas";
import { refreshSearchVector } from "./search-vector";
import { appendVersion } from "./versions";

export type ListInput = {
  folderId: string | null;
  category?: DocumentCategory | undefined;
  ownerPartnerId?: string | undefined;
  tag?: string | undefined;
  language?: string | undefined;
  sort: (typeof SORTS)[number];
  direction: "asc" | "desc";
  page: number;
  pageSize: number;
};

const SORT_COLUMN = {
  title: "documents.title",
  updated: "documents.updated_at",
  size: "documents.size",
  category: "documents.category",
  owner: "partners.name",
} as const;

/** One folder's sub-folders and a page of its documents, filtered and sorted. */
export async function listDocuments(ctx: ProjectCtx, input: ListInput) {
  const path = input.folderId ? await folderPath(ctx, input.folderId) : [];
  let docs = visibleQuery(ctx).innerJoin("partners", "partners.id", "documents.owner_partner_id");
  docs = input.folderId
    ? docs.where("documents.folder_id", "=", input.folderId)
    : docs.where("documents.folder_id", "is", null);
  if (input.category) docs = docs.where("documents.category", "=", input.category);
  if (input.ownerPartnerId)
    docs = docs.where("documents.owner_partner_id", "=", input.ownerPartnerId);
  if (input.language) docs = docs.where("documents.language", "=", input.language);
  if (input.tag) docs = docs.where(sql<boolean>`${input.tag} = any(documents.tags)`);
  const [{ rows: items, ...page }, folders] = await Promise.all([
    pageOf(docs, input, (q) =>
      q
        .select([...documentColumns, "partners.name as ownerPartnerName"])
        .orderBy(SORT_COLUMN[input.sort], input.direction)
        .orderBy("documents.id"),
    ),
    ctx.db
      .selectFrom("folders")
      .select(["id", "name", "version", "updated_at as updatedAt"])
      .where("project_id", "=", ctx.access.projectId)
      .where("deleted_at", "is", null)
      .where((eb) =>
        input.folderId ? eb("parent_id", "=", input.folderId) : eb("parent_id", "is", null),
      )
      .orderBy("name")
      .execute(),
  ]);
  return {
    path,
    folders: folders.map((f) => ({ ...f, can: folderCan(ctx) })),
    documents: items.map((d) => ({ ...d, can: documentCan(ctx.access, d.ownerPartnerId) })),
    ...page,
  };
}

/** Tags, languages and owning partners in use, for the filters. */
export async function documentFacets(ctx: ProjectCtx) {
  const [tags, languages, partners, usage] = await Promise.all([
    visibleQuery(ctx).select(sql<string>`unnest(documents.tags)`.as("tag")).distinct().execute(),
    visibleQuery(ctx)
      .select("documents.language")
      .distinct()
      .where("documents.language", "is not", null)
      .execute(),
    ctx.db
      .selectFrom("partners")
      .select(["id", "name"])
      .where("project_id", "=", ctx.access.projectId)
      .orderBy("name")
      .execute(),
    Promise.all([storageUsed(ctx), storageQuota(ctx)]),
  ]);
  return {
    tags: tags.map((t) => t.tag).sort(),
    languages: languages.flatMap((l) => (l.language ? [l.language] : [])).sort(),
    partners,
    storage: { used: usage[0], quota: usage[1] },
  };
}

/** One document with its history; NOT_FOUND when it does not exist or is not visible. */
export async function getDocument(ctx: ProjectCtx, input: { documentId: string }) {
  const doc = await visibleQuery(ctx)
    .innerJoin("partners", "partners.id", "documents.owner_partner_id")
    .leftJoin("users", "users.id", "documents.created_by")
    .select([
      ...documentColumns,
      "partners.name as ownerPartnerName",
      "users.name as createdByName",
    ])
    .where("documents.id", "=", input.documentId)
    .executeTakeFirst();
  if (!doc) throw notFound("Document");
  const [versions, path, lastChange] = await Promise.all([
    ctx.db
      .selectFrom("document_versions")
      .leftJoin("users", "users.id", "document_versions.created_by")
      .select([
        "document_versions.number",
        "document_versions.file_name as fileName",
        "document_versions.mime_type as mimeType",
        "document_versions.size",
        "document_versions.sha256",
        "document_versions.note",
        "document_versions.created_at as createdAt",
        "users.name as createdByName",
      ])
      .where("document_versions.document_id", "=", doc.id)
      .orderBy("document_versions.number", "desc")
      .execute(),
    doc.folderId ? folderPath(ctx, doc.folderId) : Promise.resolve([]),
    // No updated_by column: the audit log knows who made the latest change of any kind.
    ctx.db
      .selectFrom("audit_log")
      .leftJoin("users", "users.id", "audit_log.actor_id")
      .select("users.name")
      .where("audit_log.project_id", "=", ctx.access.projectId)
      .where("audit_log.entity", "=", "document")
      .where("audit_log.entity_id", "=", doc.id)
      .orderBy("audit_log.at", "desc")
      .orderBy("audit_log.id", "desc")
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    ...doc,
    versions,
    path,
    updatedByName: lastChange?.name ?? null,
    can: documentCan(ctx.access, doc.ownerPartnerId),
  };
}

/** Loads a visible document for a change and checks the caller may edit it. */
export async function loadEditable(ctx: ProjectCtx, documentId: string) {
  const doc = await visibleQuery(ctx)
    .select(["documents.id", "documents.title", "documents.owner_partner_id", "documents.version"])
    .where("documents.id", "=", documentId)
    .executeTakeFirst();
  if (!doc) throw notFound("Document");
  if (!documentCan(ctx.access, doc.owner_partner_id).edit)
    throw forbidden("Only the owning partner's editors and lead coordinators can change this");
  return doc;
}

/** A document's own description: what an upload states and an edit changes. */
export type DocumentMeta = {
  title: string;
  description: string;
  category: DocumentCategory;
  language: string | null;
  tags: string[];
  visibility: DocumentVisibility;
  folderId: string | null;
};

export type MetadataInput = DocumentMeta & { documentId: string; version: number };

export async function updateDocument(ctx: ProjectCtx, input: MetadataInput) {
  const doc = await loadEditable(ctx, input.documentId);
  if (input.folderId) await folderPath(ctx, input.folderId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "documents",
      { id: doc.id, version: input.version, label: "This document" },
      {
        title: input.title,
        description: input.description,
        category: input.category,
        language: input.language,
        tags: input.tags,
        visibility: input.visibility,
        folder_id: input.folderId,
        updated_at: new Date(),
      },
      ["id", "version"],
    );
    await refreshSearchVector(trx, doc.id);
    await auditChange(trx, ctx, {
      entity: "document",
      entityId: doc.id,
      action: "update",
      summary: `Updated details of ${input.title}`,
      data: { visibility: input.visibility, folderId: input.folderId },
    });
    return row;
  });
}

/** Moves documents to the trash; lead coordinators restore them within 30 days. */
export async function trashDocuments(ctx: ProjectCtx, input: { documentIds: string[] }) {
  const docs = await Promise.all(input.documentIds.map((id) => loadEditable(ctx, id)));
  return ctx.db.transaction().execute(async (trx) => {
    for (const doc of docs) {
      await trx
        .updateTable("documents")
        .set({ deleted_at: new Date(), deleted_by: ctx.actor.userId })
        .where("id", "=", doc.id)
        .execute();
      await auditChange(trx, ctx, {
        entity: "document",
        entityId: doc.id,
        action: "trash",
        summary: `Moved ${doc.title} to the trash`,
      });
    }
    return { trashed: docs.length };
  });
}

export async function restoreVersion(
  ctx: ProjectCtx,
  input: { documentId: string; number: number; version: number },
) {
  const doc = await loadEditable(ctx, input.documentId);
  if (doc.version !== input.version) throw staleVersion("This document");
  return ctx.db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom("document_versions")
      .selectAll()
      .where("document_id", "=", doc.id)
      .where("number", "=", input.number)
      .executeTakeFirst();
    if (!old) throw invalid("No such version", { number: ["This version does not exist"] });
    const updated = await appendVersion(
      trx,
      ctx,
      { id: doc.id, version: input.version },
      {
        blobKey: old.blob_key,
        fileName: old.file_name,
        mimeType: old.mime_type,
        size: old.size,
        sha256: old.sha256,
        chunkSize: old.chunk_size,
        chunkHashes: old.chunk_hashes,
        text: old.text_content,
        note: `Restored version ${old.number}`,
      },
    );
    await auditChange(trx, ctx, {
      entity: "document",
      entityId: doc.id,
      action: "restore_version",
      summary: `Restored version ${old.number} of ${doc.title}`,
    });
    return updated;
  });
}
