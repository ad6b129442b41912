import type { AttachmentEntity } from "@consortia/db";
import type { Expression } from "kysely";
import { sql } from "kysely";
import { type AttachedDocument, visibleDocuments } from "../documents";
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

const documentColumns = [
  "documents.id",
  "documents.title",
  "documents.file_name as fileName",
  "documents.category",
  "documents.visibility",
  "documents.owner_partner_id as ownerPartnerId",
  "documents.updated_at as updatedAt",
] as const;

/** Ids of records: a subquery selecting them (one column, `id`). */
type IdQuery = Expression<{ id: string }>;
/** The records of one kind whose attached documents are wanted: a subquery, or one id. */
export type Evidence = [entity: AttachmentEntity, ids: IdQuery | string];

/**
 * The documents attached to the records, in one statement whatever their number: each
 * record's in the order they were attached (then by title), as `listAttachments` lists
 * them, keyed "entity:id". Every one of them (the caller of compose has the lead's full
 * view; `forViewer` filters later); documents in the trash are left out.
 */
export async function periodEvidence(
  full: ProjectCtx,
  names: PartnerNames,
  records: Evidence[],
): Promise<Map<string, ReportDocument[]>> {
  const rows = await full.db
    .selectFrom("documents")
    .innerJoin("attachments", "attachments.document_id", "documents.id")
    .select(["attachments.entity", "attachments.entity_id as entityId", ...documentColumns])
    .where(visibleDocuments(full.access))
    .where("documents.deleted_at", "is", null)
    .where("attachments.project_id", "=", full.access.projectId)
    .where((eb) =>
      eb.or(
        records.map(([entity, ids]) =>
          eb.and([
            eb("attachments.entity", "=", entity),
            typeof ids === "string"
              ? eb("attachments.entity_id", "=", ids)
              : sql<boolean>`${sql.ref("attachments.entity_id")} in (${ids})`,
          ]),
        ),
      ),
    )
    .orderBy("attachments.created_at")
    .orderBy("documents.title")
    .execute();
  const grouped = new Map<string, ReportDocument[]>();
  for (const { entity, entityId, ...doc } of rows) {
    const key = `${entity}:${entityId}`;
    const list = grouped.get(key) ?? [];
    list.push(reportDocument(doc, names));
    grouped.set(key, list);
  }
  return grouped;
}

/**
 * The documents of the approving submissions of the given deliverables (any approval of
 * theirs; the caller takes the latest's), by id, without trashed ones: one statement.
 */
export async function approvalDocuments(
  full: ProjectCtx,
  names: PartnerNames,
  deliverableIds: IdQuery,
): Promise<Map<string, ReportDocument>> {
  const rows = await full.db
    .selectFrom("documents")
    .select(documentColumns)
    .where("documents.project_id", "=", full.access.projectId)
    .where("documents.deleted_at", "is", null)
    .where("documents.id", "in", (eb) =>
      eb
        .selectFrom("deliverable_events as ev")
        .select(sql<string>`unnest(${sql.ref("ev.document_ids")})`.as("id"))
        .where("ev.project_id", "=", full.access.projectId)
        .where("ev.to_status", "=", "approved")
        .where(sql<boolean>`${sql.ref("ev.deliverable_id")} in (${deliverableIds})`),
    )
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
