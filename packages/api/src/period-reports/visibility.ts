import { visibleDocumentIds } from "../documents";
import type { ProjectCtx } from "../shared/service-context";
import type { PeriodReportModel, ReportClaim, ReportDocument } from "./model";

/** The claim without its list of certificates. */
export function totalsOnly({ certificates: _list, ...claim }: ReportClaim): ReportClaim {
  return claim;
}

/**
 * The report without any document the reader may not see (evidence and annexes alike). The
 * rule is the documents' own (`visibleDocuments`, asked of the database), applied to the
 * documents as they are now: one made private after a submission is hidden from those who may
 * no longer see it, and one deleted for good is no longer listed for them. Lead coordinators
 * see the report as composed.
 *
 * The claim's list of certificates (control dates, certificate numbers, controllers) is for
 * lead coordinators and admins (and, once the role exists, controllers — issue 19); everyone
 * else reads the claim's totals per partner and cost category only.
 */
export async function forViewer(
  ctx: ProjectCtx,
  model: PeriodReportModel,
): Promise<PeriodReportModel> {
  if (ctx.access.isLead) return model;
  const all = [
    ...model.deliverables.flatMap((d) => d.evidence),
    ...model.outputs.flatMap((o) => o.evidence),
    ...model.annexes,
  ];
  const visible = await visibleDocumentIds(
    ctx.db,
    ctx.access,
    all.map((d) => d.id),
  );
  const keep = (docs: ReportDocument[]) => docs.filter((d) => visible.has(d.id));
  const { claim, ...rest } = model;
  return {
    ...rest,
    ...(claim ? { claim: totalsOnly(claim) } : {}),
    deliverables: model.deliverables.map((d) => ({ ...d, evidence: keep(d.evidence) })),
    outputs: model.outputs.map((o) => ({ ...o, evidence: keep(o.evidence) })),
    annexes: keep(model.annexes),
  };
}
