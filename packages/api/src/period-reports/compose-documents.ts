import type { AttachmentEntity } from "@consortia/db";
import { type AttachedDocument, listAttachments } from "../documents";
import type { ProjectCtx } from "../shared/service-context";
import type { ReportDocument } from "./model";

/** Partner short names by id, to name each document's owner. */
export type PartnerNames = ReadonlyMap<string, string>;

type DocumentLike = Pick<
  AttachedDocument,
  "id" | "title" | "fileName" | "category" | "visibility" | "ownerPartnerId" | "updatedAt"
>;

export function reportDocument(d: DocumentLike, names: PartnerNames): ReportDocument {
  return {
    id: d.id,
    title: d.title,
    fileName: d.fileName,
    category: d.category,
    ownerPartnerId: d.ownerPartnerId,
    ownerPartner: names.get(d.ownerPartnerId) ?? "",
    visibility: d.visibility,
    updatedAt: new Date(d.updatedAt).toISOString(),
  };
}

/**
 * The documents attached to each record, every one of them (the caller of compose has the
 * lead's full view; `forViewer` filters later). Documents in the trash are left out.
 */
export async function attachedDocuments(
  full: ProjectCtx,
  entity: AttachmentEntity,
  ids: readonly string[],
  names: PartnerNames,
): Promise<Record<string, ReportDocument[]>> {
  const grouped = await listAttachments(full, entity, ids);
  return Object.fromEntries(
    Object.entries(grouped).map(([id, docs]) => [id, docs.map((d) => reportDocument(d, names))]),
  );
}

/** Documents by id (a deliverable submission's), in the given order, without trashed ones. */
export async function documentsByIds(
  full: ProjectCtx,
  ids: readonly string[],
  names: PartnerNames,
): Promise<Map<string, ReportDocument>> {
  if (ids.length === 0) return new Map();
  const rows = await full.db
    .selectFrom("documents")
    .select([
      "id",
      "title",
      "file_name as fileName",
      "category",
      "visibility",
      "owner_partner_id as ownerPartnerId",
      "updated_at as updatedAt",
    ])
    .where("project_id", "=", full.access.projectId)
    .where("deleted_at", "is", null)
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, reportDocument(r, names)]));
}

/** Annexed documents first, then every evidence document, each once. */
export function annexList(annexed: ReportDocument[], evidence: ReportDocument[][]) {
  const seen = new Set<string>();
  const out: ReportDocument[] = [];
  for (const d of [...annexed, ...evidence.flat()]) {
    if (seen.has(d.id)) continue;
    seen.add(d.id);
    out.push(d);
  }
  return out;
}
