import type { ProjectCtx } from "../shared/service-context";
import { visibleDocuments } from "./access";

/** Documents the caller may see, not in the trash: the base of every read. */
export function visibleQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("documents")
    .where(visibleDocuments(ctx.access))
    .where("documents.deleted_at", "is", null);
}

export const documentColumns = [
  "documents.id",
  "documents.folder_id as folderId",
  "documents.title",
  "documents.description",
  "documents.category",
  "documents.language",
  "documents.tags",
  "documents.owner_partner_id as ownerPartnerId",
  "documents.visibility",
  "documents.file_name as fileName",
  "documents.mime_type as mimeType",
  "documents.size",
  "documents.sha256",
  "documents.version_count as versionCount",
  "documents.created_at as createdAt",
  "documents.updated_at as updatedAt",
  "documents.version",
] as const;

/** Bytes stored for the project (a blob shared by restored versions counts once). */
export async function storageUsed(ctx: ProjectCtx): Promise<number> {
  const row = await ctx.db
    .selectFrom((eb) =>
      eb
        .selectFrom("document_versions")
        .select(["blob_key", (e) => e.fn.max("size").as("size")])
        .where("project_id", "=", ctx.access.projectId)
        .groupBy("blob_key")
        .as("blobs"),
    )
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("blobs.size"), eb.lit(0)).as("used"))
    .executeTakeFirstOrThrow();
  return Number(row.used);
}

export async function storageQuota(ctx: ProjectCtx): Promise<number> {
  const p = await ctx.db
    .selectFrom("projects")
    .select("storage_quota_bytes")
    .where("id", "=", ctx.access.projectId)
    .executeTakeFirstOrThrow();
  return p.storage_quota_bytes ?? ctx.config.storageQuotaBytes;
}
