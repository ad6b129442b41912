import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CATEGORY_RULES,
  divideRounded,
  financialOverview,
  formatCents,
  parseAmount,
  percentOf,
  splitFunding,
  sumCents,
  toEuroCents,
  withFlatRates,
} from "./rules";

const cents = fc.integer({ min: 0, max: 10_000_000_000 });
const rate = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999_999 }))
  .filter(([i, f]) => i > 0 || f > 0)
  .map(([i, f]) => `${i}.${String(f).padStart(6, "0")}`);
const percent = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, f]) => (i === 100 ? "100" : `${i}.${String(f).padStart(2, "0")}`));

describe("the rounding rule", () => {
  it("rounds halves away from zero", () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(7n, 4n)).toBe(2n);
  });

  it("converts at the Commission's rate (units per euro), to the nearest cent", () => {
    expect(toEuroCents(746_000, "7.46")).toBe(100_000); // DKK 7,460.00 → EUR 1,000.00
    expect(toEuroCents(100, "3")).toBe(33);
    expect(toEuroCents(50, "4")).toBe(13); // 12.5 cents → 13
    expect(toEuroCents(1_234_567, "1")).toBe(1_234_567);
  });

  it("conversion is within half a cent of the exact value and stable", () => {
    fc.assert(
      fc.property(cents, rate, (amount, r) => {
        const eur = toEuroCents(amount, r);
        expect(toEuroCents(amount, r)).toBe(eur);
        const [i, f = ""] = r.split(".");
        const micros = BigInt(i ?? "0") * 1_000_000n + BigInt(f.padEnd(6, "0"));
        // |eur - amount / rate| <= 1/2  ⇔  |2·eur·rate - 2·amount| <= rate
        const diff = 2n * BigInt(eur) * micros - 2n * BigInt(amount) * 1_000_000n;
        expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(micros);
      }),
    );
  });

  it("flat rates equal rate × base, rounded once", () => {
    fc.assert(
      fc.property(cents, percent, (base, p) => {
        const v = percentOf(base, p);
        const [i, f = ""] = p.split(".");
        const hundredths = BigInt(i ?? "0") * 100n + BigInt(f.padEnd(2, "0"));
        const diff = 2n * BigInt(v) * 10_000n - 2n * BigInt(base) * hundredths;
        expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(10_000n);
      }),
    );
    const amounts = withFlatRates(DEFAULT_CATEGORY_RULES, { staff: 100_001, office_admin: 5 });
    expect(amounts.office_admin).toBe(15_000); // 15 % of 1,000.01 = 150.0015 → 150.00; the typed 5 is ignored
    expect(amounts.infrastructure).toBe(0);
  });
});

describe("funding and the overview", () => {
  it("fund + contributions always equal the eligible expenditure", () => {
    fc.assert(
      fc.property(
        cents,
        percent.filter((p) => p !== "0.00"),
        fc.array(cents, { maxLength: 4 }),
        (eligible, p, budgets) => {
          const sources = budgets.map((amountCents, i) => ({ id: `s${i}`, amountCents }));
          const split = splitFunding(eligible, p, sources);
          expect(split.fundCents + split.contributionCents).toBe(eligible);
          if (sources.length > 0)
            expect(sumCents(Object.values(split.bySource))).toBe(split.contributionCents);
          for (const v of Object.values(split.bySource)) expect(v).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it("the overview's total row is the sum of its rows", () => {
    const categories = ["staff", "office_admin", "travel", "external"] as const;
    const amounts = fc.record({
      staff: cents,
      office_admin: cents,
      travel: cents,
      external: cents,
    });
    fc.assert(
      fc.property(amounts, amounts, amounts, (budget, previous, current) => {
        const o = financialOverview(categories, budget, previous, current);
        expect(o.total.totalCents).toBe(sumCents(o.rows.map((r) => r.totalCents)));
        expect(o.total.budgetCents).toBe(sumCents(o.rows.map((r) => r.budgetCents)));
        expect(o.total.remainingCents).toBe(o.total.budgetCents - o.total.totalCents);
        for (const r of o.rows) expect(r.totalCents).toBe(r.previousCents + r.currentCents);
      }),
    );
  });

  it("parses amounts exactly and refuses what is not one", () => {
    expect(parseAmount("1234.5")).toBe(123_450);
    expect(parseAmount("1 234,56")).toBe(123_456);
    expect(parseAmount("0.1")).toBe(10);
    expect(parseAmount("-3")).toBe(-300);
    expect(parseAmount("1,234.56")).toBeNull();
    expect(parseAmount("12.345")).toBeNull();
    expect(parseAmount("abc")).toBeNull();
    fc.assert(
      fc.property(cents, (c) => {
        expect(parseAmount(formatCents(c))).toBe(c);
      }),
    );
  });
});
