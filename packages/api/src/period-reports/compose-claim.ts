import type { CertificateContent, Db } from "@consortia/db";
import { cofinancingOf } from "../finance";
import type { ProjectCtx } from "../shared/service-context";
import { type ClaimCertificate, type ClaimPartner, claimOf } from "./claim-figures";
import type { ReportClaim, ReportPartner } from "./model";

/**
 * The certificates a claim may count: each finished control's LATEST certificate (a reopened
 * control's earlier ones are superseded; one in control again has none that counts yet).
 */
export function latestCertificates(db: Db, projectId: string) {
  return db
    .selectFrom("control_certificates as c")
    .innerJoin("controls as k", (j) =>
      j
        .onRef("k.id", "=", "c.control_id")
        .onRef("k.latest_certificate", "=", "c.number")
        .on("k.status", "=", "finished"),
    )
    .innerJoin("partners as p", "p.id", "c.partner_id")
    .where("c.project_id", "=", projectId)
    .where("k.project_id", "=", projectId);
}

/** The columns of a certificate row as the figures read them. */
export function certificateQuery(db: Db, projectId: string) {
  return latestCertificates(db, projectId).select([
    "c.id",
    "c.partner_id",
    "p.short_name",
    "c.period_number",
    "c.number",
    "c.issued_at",
    "c.declared_cents",
    "c.deducted_cents",
    "c.parked_cents",
    "c.certified_cents",
    "c.content",
  ]);
}

type CertificateRow = Awaited<
  ReturnType<ReturnType<typeof certificateQuery>["executeTakeFirstOrThrow"]>
>;

/** A certificate row as the figures read it (content as issued, amounts in cents). */
export function claimCertificate(r: CertificateRow): ClaimCertificate {
  const content = r.content as CertificateContent;
  return {
    certificateId: r.id,
    partnerId: r.partner_id,
    partner: r.short_name,
    periodNumber: r.period_number,
    number: r.number,
    issuedAt: new Date(r.issued_at).toISOString(),
    controller: content.controller.name,
    declaredCents: Number(r.declared_cents),
    deductedCents: Number(r.deducted_cents),
    parkedCents: Number(r.parked_cents),
    certifiedCents: Number(r.certified_cents),
    categories: content.categories.map((k) => ({
      category: k.category,
      declaredCents: k.declaredCents,
      certifiedCents: k.certifiedCents,
    })),
  };
}

/** Certificate rows as the figures read them: those a report includes, or those named. */
export async function certificateRows(
  db: Db,
  projectId: string,
  filter: { reportId: string; includedOnly: true } | { ids: readonly string[] },
): Promise<ClaimCertificate[]> {
  let q = certificateQuery(db, projectId);
  if ("reportId" in filter)
    q = q
      .innerJoin("period_report_certificates as i", "i.certificate_id", "c.id")
      .where("i.period_report_id", "=", filter.reportId)
      .where("i.included", "=", true);
  else if (filter.ids.length === 0) return [];
  else q = q.where("c.id", "in", [...filter.ids]);
  const rows = await q.orderBy("c.period_number").orderBy("p.short_name").execute();
  return rows.map(claimCertificate);
}

/** The project's co-financing rates and contribution sources (two statements, at once). */
export async function claimRates(db: Db, projectId: string) {
  const [finance, sources] = await Promise.all([
    db
      .selectFrom("partner_finance")
      .select(["partner_id", "cofinancing_percent"])
      .where("project_id", "=", projectId)
      .execute(),
    db
      .selectFrom("partner_contributions")
      .select(["id", "partner_id", "name", "kind", "amount_cents"])
      .where("project_id", "=", projectId)
      .orderBy("position")
      .execute(),
  ]);
  return { finance, sources };
}

/** Each partner's co-financing rate and contribution sources, in the partners' order. */
export function claimPartners(
  partners: readonly Pick<ReportPartner, "id" | "shortName">[],
  { finance, sources }: Awaited<ReturnType<typeof claimRates>>,
): ClaimPartner[] {
  return partners.map((p) => ({
    partnerId: p.id,
    partner: p.shortName,
    // The same rate the partner's own report and the payments ledger use.
    cofinancingPercent: cofinancingOf(finance.find((f) => f.partner_id === p.id)),
    sources: sources
      .filter((s) => s.partner_id === p.id)
      .map((s) => ({ id: s.id, name: s.name, kind: s.kind, amountCents: Number(s.amount_cents) })),
  }));
}

/** The period report's claim: the certificates the lead coordinator included, in figures. */
export async function periodClaim(
  ctx: ProjectCtx,
  reportId: string | null,
  partners: readonly ReportPartner[],
): Promise<ReportClaim> {
  const projectId = ctx.access.projectId;
  const [certificates, rates] = await Promise.all([
    reportId ? certificateRows(ctx.db, projectId, { reportId, includedOnly: true }) : [],
    claimRates(ctx.db, projectId),
  ]);
  return claimOf(certificates, claimPartners(partners, rates));
}
