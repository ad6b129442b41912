import { describe, expect, it } from "vitest";
import { flexibility, moneyLight } from "./desk-figures";

describe("the money desk's traffic light", () => {
  it("is red below the red threshold, amber below the amber one, green from it", () => {
    const plan = 1_000_000; // EUR 10,000.00 planned to date
    expect(moneyLight(499_999, plan, 75, 50)).toBe("red");
    expect(moneyLight(500_000, plan, 75, 50)).toBe("amber"); // exactly 50 %: not below it
    expect(moneyLight(749_999, plan, 75, 50)).toBe("amber");
    expect(moneyLight(750_000, plan, 75, 50)).toBe("green"); // exactly 75 %
    expect(moneyLight(1_500_000, plan, 75, 50)).toBe("green");
    expect(moneyLight(0, plan, 75, 50)).toBe("red");
  });

  it("compares exactly where a float would not (a third of a cent either side)", () => {
    // 75 % of 333 cents is 249.75: 249 is below, 250 is not.
    expect(moneyLight(249, 333, 75, 50)).toBe("amber");
    expect(moneyLight(250, 333, 75, 50)).toBe("green");
  });

  it("says nothing is due while nothing is planned to date", () => {
    expect(moneyLight(0, 0, 75, 50)).toBe("none");
    expect(moneyLight(12_345, 0, 75, 50)).toBe("none");
  });

  it("reads configured thresholds", () => {
    expect(moneyLight(600, 1000, 90, 60)).toBe("amber");
    expect(moneyLight(599, 1000, 90, 60)).toBe("red");
    expect(moneyLight(900, 1000, 90, 60)).toBe("green");
  });
});

describe("the flexibility rule", () => {
  const figures = flexibility(
    [
      { partnerId: "within", budgetCents: 100_000_00, reportedCents: 60_000_00 },
      { partnerId: "over", budgetCents: 50_000_00, reportedCents: 56_000_00 },
      { partnerId: "edge", budgetCents: 10_000_00, reportedCents: 12_000_00 },
      { partnerId: "beyond", budgetCents: 10_000_00, reportedCents: 12_000_01 },
    ],
    20,
  );
  const row = (id: string) => figures.partners.find((p) => p.partnerId === id);

  it("gives each partner its allowance and how much of it is left", () => {
    expect(row("within")).toMatchObject({
      allowanceCents: 20_000_00,
      overCents: 0,
      mayStillExceedCents: 20_000_00,
      beyondFlexibility: false,
      othersMustCompensateCents: 0,
    });
    expect(row("over")).toMatchObject({
      allowanceCents: 10_000_00,
      overCents: 6_000_00,
      mayStillExceedCents: 4_000_00,
      beyondFlexibility: false,
      othersMustCompensateCents: 6_000_00,
    });
  });

  it("allows exactly the allowance and flags one cent more as needing a budget change", () => {
    expect(row("edge")).toMatchObject({ mayStillExceedCents: 0, beyondFlexibility: false });
    expect(row("beyond")).toMatchObject({
      overCents: 2_000_01,
      mayStillExceedCents: 0,
      beyondFlexibility: true,
      othersMustCompensateCents: 2_000_01,
    });
  });

  it("says whether the others' unspent budget keeps the partnership within its total", () => {
    expect(figures.total).toEqual({
      budgetCents: 170_000_00,
      reportedCents: 140_000_01,
      overCents: 10_000_01,
      unspentCents: 40_000_00,
      withinBudget: true,
      percentOfBudget: 82.4,
    });
    const over = flexibility(
      [
        { partnerId: "a", budgetCents: 1000, reportedCents: 1200 },
        { partnerId: "b", budgetCents: 1000, reportedCents: 900 },
      ],
      20,
    );
    expect(over.total).toMatchObject({ overCents: 200, unspentCents: 100, withinBudget: false });
  });

  it("rounds the allowance once, per the rule (halves away from zero)", () => {
    const odd = flexibility([{ partnerId: "x", budgetCents: 1_234_57, reportedCents: 0 }], 20);
    // 20 % of 123,457 cents is 24,691.4 → 24,691.
    expect(odd.partners[0]?.allowanceCents).toBe(24_691);
    const half = flexibility([{ partnerId: "y", budgetCents: 2_5, reportedCents: 0 }], 10);
    expect(half.partners[0]?.allowanceCents).toBe(3); // 2.5 → 3
  });
});
