import { COST_CATEGORIES, type ContributionKind, type CostCategory } from "@consortia/db";
import { splitFunding, sumCents } from "../finance";
import type { ClaimFigures, ReportClaim, ReportClaimCertificate } from "./model";

/** An included certificate as the figures need it: amounts in cents, per cost category. */
export type ClaimCertificate = Omit<
  ReportClaimCertificate,
  "declaredEur" | "deductedEur" | "parkedEur" | "certifiedEur"
> & {
  declaredCents: number;
  deductedCents: number;
  parkedCents: number;
  certifiedCents: number;
  categories: Array<{ category: CostCategory; declaredCents: number; certifiedCents: number }>;
};

export type ClaimPartner = {
  partnerId: string;
  partner: string;
  /** The co-financing rate as an exact decimal string ("80.00"); null when not set. */
  cofinancingPercent: string | null;
  sources: Array<{ id: string; name: string; kind: ContributionKind; amountCents: number }>;
};

type Cents = { declared: number; certified: number; fund: number; contribution: number };
const ZERO: Cents = { declared: 0, certified: 0, fund: 0, contribution: 0 };
/** Cents as the report's euros with cents as decimals (exact: integer cents over 100). */
export const euros = (cents: number) => cents / 100;
const add = (a: Cents, b: Cents): Cents => ({
  declared: sumCents([a.declared, b.declared]),
  certified: sumCents([a.certified, b.certified]),
  fund: sumCents([a.fund, b.fund]),
  contribution: sumCents([a.contribution, b.contribution]),
});
const figures = (c: Cents): ClaimFigures => ({
  declaredEur: euros(c.declared),
  certifiedEur: euros(c.certified),
  fundEur: euros(c.fund),
  contributionEur: euros(c.contribution),
});

/**
 * The claim of the included certificates, in the finance room's rules: per partner × cost
 * category the declared and certified sums, the fund requested = certified × the partner's
 * co-financing rate (`splitFunding`: rounded once per partner × category, halves away from
 * zero) and the contribution = certified − fund, split by the partner's contribution sources
 * (largest remainder per category, so the sources add up to the contribution exactly). Every
 * total — per partner, per category, for the project — is the sum of those rounded figures.
 * A partner whose rate is not set requests nothing: its certified amount is all contribution.
 * The list of certificates is always there; `forViewer` removes it for readers of totals.
 */
export function claimOf(
  certificates: readonly ClaimCertificate[],
  partners: readonly ClaimPartner[],
): ReportClaim {
  const used = new Set(certificates.flatMap((c) => c.categories.map((k) => k.category)));
  const categories = COST_CATEGORIES.filter((c) => used.has(c));
  const project = new Map<CostCategory, Cents>(categories.map((c) => [c, ZERO]));
  const rows = partners.flatMap((p) => {
    const mine = certificates.filter((c) => c.partnerId === p.partnerId);
    if (mine.length === 0) return [];
    const bySource = new Map(p.sources.map((s) => [s.id, 0]));
    const perCategory = categories.map((category) => {
      const lines = mine.flatMap((c) => c.categories.filter((k) => k.category === category));
      const certified = sumCents(lines.map((l) => l.certifiedCents));
      const split = splitFunding(certified, p.cofinancingPercent ?? "0", p.sources);
      for (const [id, cents] of Object.entries(split.bySource))
        bySource.set(id, sumCents([bySource.get(id) ?? 0, cents]));
      const cents: Cents = {
        declared: sumCents(lines.map((l) => l.declaredCents)),
        certified,
        fund: split.fundCents,
        contribution: split.contributionCents,
      };
      project.set(category, add(project.get(category) ?? ZERO, cents));
      return { category, cents };
    });
    const total = perCategory.reduce((t, c) => add(t, c.cents), ZERO);
    return [
      {
        partnerId: p.partnerId,
        partner: p.partner,
        cofinancingPercent: p.cofinancingPercent === null ? null : Number(p.cofinancingPercent),
        categories: perCategory.map((c) => ({ category: c.category, ...figures(c.cents) })),
        total: figures(total),
        contributions: p.sources.map((s) => ({
          name: s.name,
          kind: s.kind,
          amountEur: euros(bySource.get(s.id) ?? 0),
        })),
        cents: total,
      },
    ];
  });
  const total = rows.reduce((t, r) => add(t, r.cents), ZERO);
  return {
    currency: "EUR",
    certificateCount: certificates.length,
    certificates: certificates.map(
      ({ categories: _c, declaredCents, deductedCents, parkedCents, certifiedCents, ...c }) => ({
        ...c,
        declaredEur: euros(declaredCents),
        deductedEur: euros(deductedCents),
        parkedEur: euros(parkedCents),
        certifiedEur: euros(certifiedCents),
      }),
    ),
    partners: rows.map(({ cents: _cents, ...r }) => r),
    categories: categories.map((category) => ({
      category,
      ...figures(project.get(category) ?? ZERO),
    })),
    total: figures(total),
  };
}
