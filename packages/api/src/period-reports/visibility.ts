import type { ProjectCtx } from "../shared/service-context";
import type { ProjectAccess } from "../trpc";
import type { PeriodReportModel, ReportDocument } from "./model";

/** Who is reading the report, as far as documents are concerned. */
export type ReportViewer = Pick<ProjectAccess, "isLead" | "role" | "partnerId"> & {
  /** The viewer works for the project's lead partner (sees 'lead' documents). */
  partnerIsLead: boolean;
};

/** The caller as a report viewer (one query: whether their partner is the lead partner). */
export async function reportViewer(ctx: ProjectCtx): Promise<ReportViewer> {
  const { isLead, role, partnerId, projectId } = ctx.access;
  const lead =
    !isLead && role !== "observer" && partnerId
      ? await ctx.db
          .selectFrom("partners")
          .select("id")
          .where("id", "=", partnerId)
          .where("project_id", "=", projectId)
          .where("role", "=", "lead")
          .executeTakeFirst()
      : undefined;
  return { isLead, role, partnerId, partnerIsLead: Boolean(lead) };
}

/**
 * Whether the viewer may see a document: the rule of documents/access.ts `visibleDocuments`
 * applied to a document a report lists — lead coordinators and admins see all; observers
 * (and anyone without a partner) partnership-wide documents only; partner people also their
 * own partner's, and 'lead' documents when they work for the lead partner.
 */
export function canSeeDocument(viewer: ReportViewer, doc: ReportDocument): boolean {
  if (viewer.isLead || doc.visibility === "partnership") return true;
  if (viewer.role === "observer" || !viewer.partnerId) return false;
  if (doc.ownerPartnerId === viewer.partnerId) return true;
  return doc.visibility === "lead" && viewer.partnerIsLead;
}

/** The report without any document the viewer may not see (evidence and annexes alike). */
export function forViewer(model: PeriodReportModel, viewer: ReportViewer): PeriodReportModel {
  if (viewer.isLead) return model;
  const keep = (docs: ReportDocument[]) => docs.filter((d) => canSeeDocument(viewer, d));
  return {
    ...model,
    deliverables: model.deliverables.map((d) => ({ ...d, evidence: keep(d.evidence) })),
    outputs: model.outputs.map((o) => ({ ...o, evidence: keep(o.evidence) })),
    annexes: keep(model.annexes),
  };
}
