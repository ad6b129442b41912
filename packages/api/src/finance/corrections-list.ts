import { projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { correctionRows, periodOf, submittedPeriods } from "./corrections-read";
import { projectPartner } from "./report-model";
import { sumCents } from "./rules";
import { financeView } from "./visibility";

/**
 * The financial corrections of the project, per partner, as the corrections page lists them:
 * where each applies (waiting for the report of a period, or carried by a submitted one),
 * and what may be done. Readers who see only a partner's totals get the amounts without the
 * item and the reason.
 */
export async function listCorrections(ctx: ProjectCtx, input: { partnerId?: string }) {
  const projectId = ctx.access.projectId;
  if (input.partnerId) await projectPartner(ctx.db, projectId, input.partnerId);
  const [rows, partners] = await Promise.all([
    correctionRows(ctx.db, projectId, input.partnerId),
    projectPartners(ctx.db, projectId),
  ]);
  const partnerIds = [...new Set(rows.map((r) => r.partnerId))];
  const submitted = new Map(
    await Promise.all(
      partnerIds.map(async (id) => [id, await submittedPeriods(ctx.db, id)] as const),
    ),
  );
  const corrections = rows.map((c) => {
    const detailed = financeView(ctx.access, c.partnerId) !== "totals";
    return {
      id: c.id,
      partnerId: c.partnerId,
      category: c.category,
      amountCents: c.amountCents,
      itemId: detailed ? c.itemId : null,
      itemDescription: detailed ? c.itemDescription : null,
      itemReference: detailed ? c.itemReference : null,
      itemPeriod: c.itemPeriod,
      reason: detailed ? c.reason : null,
      periodNumber: periodOf(c, submitted.get(c.partnerId) ?? new Set()),
      /** True once the report carrying it was submitted: it stays with that report. */
      applied: c.reportId !== null,
      createdAt: c.createdAt,
      createdBy: detailed ? c.createdBy : null,
      version: c.version,
      can: { remove: ctx.access.isLead && c.reportId === null },
    };
  });
  return {
    corrections,
    partners: partners
      .filter((p) => p.role !== "advisory")
      .map((p) => ({ id: p.id, shortName: p.shortName, name: p.name })),
    totalCents: sumCents(corrections.map((c) => c.amountCents)),
    can: { add: ctx.access.isLead },
  };
}

/**
 * A partner's certified items (a finished control certified them), with what is left to
 * correct: the choices of the form that adds a correction.
 */
export async function certifiedItems(ctx: ProjectCtx, input: { partnerId: string }) {
  const projectId = ctx.access.projectId;
  await projectPartner(ctx.db, projectId, input.partnerId);
  const [items, corrections] = await Promise.all([
    ctx.db
      .selectFrom("control_items as ci")
      .innerJoin("controls as c", "c.id", "ci.control_id")
      .innerJoin("expenditure_items as i", "i.id", "ci.item_id")
      .select([
        "i.id",
        "i.category",
        "i.description",
        "i.internal_reference as reference",
        "c.period_number as periodNumber",
        "ci.certified_cents as certifiedCents",
      ])
      .where("c.project_id", "=", projectId)
      .where("c.partner_id", "=", input.partnerId)
      .where("c.status", "=", "finished")
      .where("ci.outcome", "in", ["verified", "deducted"])
      .orderBy("c.period_number")
      .orderBy("i.position")
      .execute(),
    correctionRows(ctx.db, projectId, input.partnerId),
  ]);
  const corrected = new Map<string, number>();
  for (const c of corrections)
    corrected.set(c.itemId, (corrected.get(c.itemId) ?? 0) + c.amountCents);
  return items.map((i) => {
    const certifiedCents = i.certifiedCents ?? 0;
    const correctedCents = corrected.get(i.id) ?? 0;
    return { ...i, certifiedCents, correctedCents, leftCents: certifiedCents - correctedCents };
  });
}
