import { COST_CATEGORIES } from "@consortia/db/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { percentOf } from "../finance/rules";
import { type ClaimCertificate, type ClaimPartner, claimOf } from "./claim-figures";

const cents = (eur: number) => Math.round(eur * 100);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const partnerArb = (i: number) =>
  fc
    .record({
      cofinancingPercent: fc.constantFrom("80", "70", "75.5", "85.25", null),
      sources: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 3 }),
    })
    .map(
      (p): ClaimPartner => ({
        partnerId: `p${i}`,
        partner: `Partner ${i}`,
        cofinancingPercent: p.cofinancingPercent,
        sources: p.sources.map((amountCents, n) => ({
          id: `p${i}-s${n}`,
          name: `Source ${n}`,
          kind: n % 2 ? "private" : "public",
          amountCents,
        })),
      }),
    );

const certificateArb = (partners: number) =>
  fc
    .record({
      partner: fc.integer({ min: 0, max: partners - 1 }),
      lines: fc.uniqueArray(
        fc.record({
          category: fc.constantFrom(...COST_CATEGORIES),
          declared: fc.integer({ min: 0, max: 50_000_000 }),
          certifiedShare: fc.integer({ min: 0, max: 100 }),
        }),
        { minLength: 1, maxLength: 4, selector: (l) => l.category },
      ),
    })
    .map(({ partner, lines }): Omit<ClaimCertificate, "certificateId"> => {
      const categories = lines.map((l) => ({
        category: l.category,
        declaredCents: l.declared,
        certifiedCents: Math.floor((l.declared * l.certifiedShare) / 100),
      }));
      const declaredCents = sum(categories.map((c) => c.declaredCents));
      const certifiedCents = sum(categories.map((c) => c.certifiedCents));
      return {
        partnerId: `p${partner}`,
        partner: `Partner ${partner}`,
        periodNumber: 1,
        number: 1,
        issuedAt: "2026-01-15T10:00:00.000Z",
        controller: "Clara Controller",
        declaredCents,
        deductedCents: declaredCents - certifiedCents,
        parkedCents: 0,
        certifiedCents,
        categories,
      };
    });

const scenario = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    partners: fc.tuple(...Array.from({ length: n }, (_, i) => partnerArb(i))),
    certificates: fc
      .array(certificateArb(n), { maxLength: 8 })
      .map((cs) => cs.map((c, i) => ({ ...c, certificateId: `c${i}` }))),
  }),
);

describe("the joint report's claim", () => {
  test("its totals equal the included certificates, and each figure follows the rounding rule", () => {
    fc.assert(
      fc.property(scenario, ({ partners, certificates }) => {
        const claim = claimOf(certificates, partners);
        expect(claim.certificateCount).toBe(certificates.length);
        expect(claim.certificates?.map((c) => c.certificateId)).toEqual(
          certificates.map((c) => c.certificateId),
        );
        // The project's totals are exactly the included certificates'.
        expect(cents(claim.total.certifiedEur)).toBe(
          sum(certificates.map((c) => c.certifiedCents)),
        );
        expect(cents(claim.total.declaredEur)).toBe(sum(certificates.map((c) => c.declaredCents)));
        expect(cents(claim.total.fundEur) + cents(claim.total.contributionEur)).toBe(
          cents(claim.total.certifiedEur),
        );
        for (const p of claim.partners) {
          const mine = certificates.filter((c) => c.partnerId === p.partnerId);
          expect(mine.length).toBeGreaterThan(0);
          expect(cents(p.total.certifiedEur)).toBe(sum(mine.map((c) => c.certifiedCents)));
          const rate = partners.find((x) => x.partnerId === p.partnerId)?.cofinancingPercent;
          for (const c of p.categories) {
            // One rounding per partner × category; the contribution is the rest.
            expect(cents(c.fundEur)).toBe(percentOf(cents(c.certifiedEur), rate ?? "0"));
            expect(cents(c.fundEur) + cents(c.contributionEur)).toBe(cents(c.certifiedEur));
          }
          for (const k of ["declaredEur", "certifiedEur", "fundEur", "contributionEur"] as const)
            expect(cents(p.total[k])).toBe(sum(p.categories.map((c) => cents(c[k]))));
          if (p.contributions.length > 0)
            expect(sum(p.contributions.map((c) => cents(c.amountEur)))).toBe(
              cents(p.total.contributionEur),
            );
        }
        // Totals are sums of the partners' rows, per category and overall.
        for (const k of ["declaredEur", "certifiedEur", "fundEur", "contributionEur"] as const) {
          expect(cents(claim.total[k])).toBe(sum(claim.partners.map((p) => cents(p.total[k]))));
          for (const c of claim.categories)
            expect(cents(c[k])).toBe(
              sum(
                claim.partners.map((p) =>
                  cents(p.categories.find((x) => x.category === c.category)?.[k] ?? 0),
                ),
              ),
            );
        }
      }),
      { numRuns: 300, seed: 19 },
    );
  });

  test("rounds the fund once per partner × category, halves away from zero", () => {
    const partner: ClaimPartner = {
      partnerId: "p",
      partner: "P",
      cofinancingPercent: "80",
      sources: [
        { id: "a", name: "Region", kind: "public", amountCents: 1 },
        { id: "b", name: "Foundation", kind: "private", amountCents: 2 },
      ],
    };
    const certificate = (id: string, certifiedCents: number): ClaimCertificate => ({
      certificateId: id,
      partnerId: "p",
      partner: "P",
      periodNumber: 1,
      number: 1,
      issuedAt: "2026-01-15T10:00:00.000Z",
      controller: "C",
      declaredCents: certifiedCents,
      deductedCents: 0,
      parkedCents: 0,
      certifiedCents,
      categories: [{ category: "staff", declaredCents: certifiedCents, certifiedCents }],
    });
    // 80 % of 0.03 + 0.03 (= 0.06) is 0.048 → 0.05 once, not 0.02 + 0.02 per certificate.
    const claim = claimOf([certificate("a", 3), certificate("b", 3)], [partner]);
    expect(claim.partners[0]?.categories[0]).toMatchObject({ certifiedEur: 0.06, fundEur: 0.05 });
    expect(claim.partners[0]?.contributions.map((c) => c.amountEur)).toEqual([0, 0.01]);
  });
});
