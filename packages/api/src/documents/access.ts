import type { Database, Db } from "@consortia/db";
import type { ExpressionBuilder } from "kysely";
import { actsForPartner } from "../shared/roles";
import type { ProjectAccess } from "../trpc";

/**
 * Who sees a document, as one WHERE clause used by every list, count, search, download,
 * version and zip query:
 * - lead coordinators and platform admins see everything in the project;
 * - `partnership`: every member, observers included;
 * - `partner`: the owning partner's people;
 * - `lead`: the owning partner's people and the lead partner's people.
 * Observers see partnership-wide documents only, never a partner's private material.
 * Controllers see what observers see, and the financial evidence of the partners assigned to
 * them: documents attached to an item of a submitted financial report, or to a clarification.
 */
export function visibleDocuments(access: ProjectAccess) {
  return (eb: ExpressionBuilder<Database, "documents">) => {
    const inProject = eb("documents.project_id", "=", access.projectId);
    if (access.isLead) return inProject;
    const shared = eb("documents.visibility", "=", "partnership");
    if (access.role === "controller" && access.controlledPartnerIds.length > 0)
      return eb.and([inProject, eb.or([shared, controlEvidence(eb, access.controlledPartnerIds)])]);
    if (access.role === "observer" || !access.partnerId) return eb.and([inProject, shared]);
    const ownPartner = eb("documents.owner_partner_id", "=", access.partnerId);
    const callerIsLeadPartner = eb.exists(
      eb
        .selectFrom("partners")
        .select("partners.id")
        .where("partners.id", "=", access.partnerId)
        .where("partners.project_id", "=", access.projectId)
        .where("partners.role", "=", "lead"),
    );
    return eb.and([
      inProject,
      eb.or([
        shared,
        ownPartner,
        eb.and([eb("documents.visibility", "=", "lead"), callerIsLeadPartner]),
      ]),
    ]);
  };
}

/** Evidence of the controlled partners' submitted reports and their clarification rounds. */
function controlEvidence(
  eb: ExpressionBuilder<Database, "documents">,
  partnerIds: readonly string[],
) {
  return eb.and([
    eb("documents.owner_partner_id", "in", partnerIds),
    eb.or([
      eb.exists(
        eb
          .selectFrom("expenditure_evidence as ev")
          .innerJoin("expenditure_items as ei", "ei.id", "ev.item_id")
          .innerJoin("financial_reports as fr", "fr.id", "ei.report_id")
          .select("ev.document_id")
          .whereRef("ev.document_id", "=", "documents.id")
          .where("fr.latest_version", ">=", 1),
      ),
      eb.exists(
        eb
          .selectFrom("clarification_documents as cd")
          .select("cd.document_id")
          .whereRef("cd.document_id", "=", "documents.id"),
      ),
    ]),
  ]);
}

/**
 * What the caller may do with a document, for the pages: the owning partner's editors and the
 * lead coordinators change it (details, new versions, moving it, the trash), as the services'
 * loadEditable checks.
 */
export const documentCan = (access: ProjectAccess, ownerPartnerId: string) => ({
  edit: actsForPartner(access, ownerPartnerId),
});

/**
 * Of these documents of the project, the ones the caller may see: the same rule, asked of the
 * database for records that list documents by id (a report's evidence and annexes).
 */
export async function visibleDocumentIds(
  db: Db,
  access: ProjectAccess,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("documents")
    .select("documents.id")
    .where(visibleDocuments(access))
    .where("documents.id", "in", [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.id));
}
