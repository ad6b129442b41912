import { COST_CATEGORIES, type CostCategory } from "@consortia/db/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CATEGORY_RULES } from "../finance/rules";
import { type ControlledAmount, certificateFigures, drawSample, figureTotals } from "./rules";

const rules = DEFAULT_CATEGORY_RULES.map((r) =>
  // Travel as a flat rate too (programmes differ): two flat rates on the staff base.
  r.category === "travel" ? { ...r, flatRatePercent: "7.5", flatRateBase: "staff" as const } : r,
);
const real: CostCategory[] = COST_CATEGORIES.filter((c) => c !== "office_admin" && c !== "travel");

const item = fc
  .record({
    category: fc.constantFrom(...real),
    eurCents: fc.integer({ min: 0, max: 50_000_000 }),
    outcome: fc.constantFrom("pending", "verified", "deducted", "parked"),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ category, eurCents, outcome, share }): ControlledAmount => {
    if (outcome === "pending" || outcome === "parked")
      return { category, eurCents, outcome, certifiedCents: null, deductedCents: null };
    if (outcome === "verified")
      return { category, eurCents, outcome, certifiedCents: eurCents, deductedCents: 0 };
    const certified = Math.floor(eurCents * share);
    return {
      category,
      eurCents,
      outcome,
      certifiedCents: certified,
      deductedCents: eurCents - certified,
    };
  });

describe("certificate figures", () => {
  it("certified + deducted + parked = declared, per category and per report, none negative", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const rows = certificateFigures(rules, items);
        for (const r of rows) {
          expect(r.certifiedCents + r.deductedCents + r.parkedCents).toBe(r.declaredCents);
          for (const v of [r.certifiedCents, r.deductedCents, r.parkedCents])
            expect(v).toBeGreaterThanOrEqual(0);
        }
        const t = figureTotals(rows);
        expect(t.certifiedCents + t.deductedCents + t.parkedCents).toBe(t.declaredCents);
        // The real-cost declared total is the sum of the items of categories in use.
        const inUse = new Set(rows.map((r) => r.category));
        const realDeclared = items
          .filter((i) => inUse.has(i.category))
          .reduce((a, i) => a + i.eurCents, 0);
        expect(
          rows.filter((r) => real.includes(r.category)).reduce((a, r) => a + r.declaredCents, 0),
        ).toBe(realDeclared);
      }),
    );
  });

  it("computes flat rates from the certified base, never from what was declared", () => {
    const rows = certificateFigures(rules, [
      {
        category: "staff",
        eurCents: 10_001,
        outcome: "deducted",
        certifiedCents: 5_001,
        deductedCents: 5_000,
      },
    ]);
    const office = rows.find((r) => r.category === "office_admin");
    // 15 % of 50.01 = 7.5015 → 7.50; declared 15 % of 100.01 = 15.0015 → 15.00.
    expect(office).toMatchObject({ declaredCents: 1_500, certifiedCents: 750, deductedCents: 750 });
  });
});

describe("the random sample", () => {
  const ids = Array.from(
    { length: 200 },
    (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  );

  it("is the same for the same seed and items, whatever their order", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 200 }),
        (seed, n) => {
          const a = drawSample(ids, n, seed);
          const b = drawSample([...ids].reverse(), n, seed);
          expect(a).toEqual(b);
          expect(new Set(a).size).toBe(n);
        },
      ),
    );
  });

  it("usually differs for a different seed", () => {
    let same = 0;
    for (let s = 0; s < 50; s++)
      if (drawSample(ids, 10, `seed-${s}`).join() === drawSample(ids, 10, `seed-${s}-b`).join())
        same++;
    expect(same).toBeLessThan(2);
  });
});
