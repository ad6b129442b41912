/**
 * The joint report's financial part as tables (./tables lists them with the others): the
 * figures per partner × cost category with the totals, the contribution sources, and the
 * included certificates (empty for readers who see totals only, see ./visibility).
 */

import { CATEGORY_LABELS, CONTRIBUTION_KIND_LABELS } from "../shared/money-labels";
import type { ClaimFigures, ReportClaim, ReportClaimCertificate } from "./model";
import { instant, table } from "./table-kit";

type FigureRow = ClaimFigures & {
  partner: string;
  category: string;
  cofinancingPercent: number | null;
  total: boolean;
};

export const PROJECT_TOTAL = "All partners";
export const TOTAL = "Total";

/** Each partner's categories then its total, then the project's categories and its total. */
export function claimRows(claim: ReportClaim | undefined): FigureRow[] {
  if (!claim) return [];
  const rows: FigureRow[] = claim.partners.flatMap((p) => [
    ...p.categories.map((c) => ({
      ...c,
      partner: p.partner,
      category: CATEGORY_LABELS[c.category],
      cofinancingPercent: p.cofinancingPercent,
      total: false,
    })),
    { ...p.total, partner: p.partner, category: TOTAL, cofinancingPercent: null, total: true },
  ]);
  if (claim.partners.length === 0) return rows;
  return [
    ...rows,
    ...claim.categories.map((c) => ({
      ...c,
      partner: PROJECT_TOTAL,
      category: CATEGORY_LABELS[c.category],
      cofinancingPercent: null,
      total: false,
    })),
    {
      ...claim.total,
      partner: PROJECT_TOTAL,
      category: TOTAL,
      cofinancingPercent: null,
      total: true,
    },
  ];
}

const bold = (r: { total: boolean }) => (r.total ? { bold: true } : undefined);

export const claimTable = table<FigureRow>({
  name: "claim",
  title: "Financial part",
  rows: (m) => claimRows(m.claim),
  columns: [
    { header: "Partner", pdf: 3, kind: "text", width: 22, value: (r) => r.partner, style: bold },
    {
      header: "Cost category",
      pdf: 4,
      kind: "text",
      width: 32,
      value: (r) => r.category,
      style: bold,
    },
    { header: "Co-financing %", kind: "number", width: 14, value: (r) => r.cofinancingPercent },
    {
      header: "Declared",
      pdf: 2.6,
      kind: "eur",
      width: 14,
      value: (r) => r.declaredEur,
      style: bold,
    },
    {
      header: "Certified",
      pdf: 2.6,
      kind: "eur",
      width: 14,
      value: (r) => r.certifiedEur,
      style: bold,
    },
    {
      header: "Fund requested",
      pdf: 2.6,
      kind: "eur",
      width: 15,
      value: (r) => r.fundEur,
      style: bold,
    },
    {
      header: "Contribution",
      pdf: 2.6,
      kind: "eur",
      width: 14,
      value: (r) => r.contributionEur,
      style: bold,
    },
  ],
});

type SourceRow = { partner: string; name: string; kind: string; amountEur: number };

export const claimContributionsTable = table<SourceRow>({
  name: "claim_contributions",
  title: "Financial part – sources",
  rows: (m) =>
    (m.claim?.partners ?? []).flatMap((p) =>
      p.contributions.map((c) => ({
        partner: p.partner,
        name: c.name,
        kind: CONTRIBUTION_KIND_LABELS[c.kind],
        amountEur: c.amountEur,
      })),
    ),
  columns: [
    { header: "Partner", pdf: 3, kind: "text", width: 22, value: (r) => r.partner },
    { header: "Source", pdf: 5, kind: "text", width: 40, value: (r) => r.name },
    { header: "Kind", pdf: 3, kind: "text", width: 18, value: (r) => r.kind },
    { header: "Contribution", pdf: 2.6, kind: "eur", width: 14, value: (r) => r.amountEur },
  ],
});

export const claimCertificatesTable = table<ReportClaimCertificate>({
  name: "claim_certificates",
  title: "Financial part – certificates",
  rows: (m) => m.claim?.certificates ?? [],
  columns: [
    { header: "Partner", pdf: 3, kind: "text", width: 22, value: (c) => c.partner },
    { header: "Period", pdf: 1.4, kind: "int", width: 8, value: (c) => c.periodNumber },
    { header: "Certificate", pdf: 1.8, kind: "int", width: 11, value: (c) => c.number },
    {
      header: "Issued at",
      pdf: 2.6,
      kind: "instant",
      width: 18,
      value: (c) => instant(c.issuedAt),
    },
    { header: "Controller", pdf: 3, kind: "text", width: 22, value: (c) => c.controller },
    { header: "Declared", pdf: 2.4, kind: "eur", width: 14, value: (c) => c.declaredEur },
    { header: "Deducted", pdf: 2.4, kind: "eur", width: 14, value: (c) => c.deductedEur },
    { header: "Parked", pdf: 2.4, kind: "eur", width: 14, value: (c) => c.parkedEur },
    { header: "Certified", pdf: 2.4, kind: "eur", width: 14, value: (c) => c.certifiedEur },
  ],
});
