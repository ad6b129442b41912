import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { trpcError } from "../testing/harness";
import { agreementSigned } from "./budget-agreement";
import { budgetProject, storedLines } from "./budget-test-kit";

const staff = (partnerId: string, periodNumber: number, amountCents: number) => ({
  partnerId,
  category: "staff" as const,
  periodNumber,
  amountCents,
});

describe("budget options", () => {
  it("start from the defaults and save flat rates, thresholds and flexibility", async ({
    h,
    admin,
    viewer,
    projectId,
  }) => {
    const b = await budgetProject(h, admin);
    const o = await admin.budget.options({ projectId: b.projectId });
    expect(o).toMatchObject({
      amberPercent: 75,
      redPercent: 50,
      flexibilityPercent: 20,
      version: 0,
    });
    expect(o.categories.find((c) => c.category === "office_admin")).toMatchObject({
      inUse: true,
      flatRatePercent: "15",
      flatRateBase: "staff",
    });
    expect(o.inUse).not.toContain("infrastructure");
    expect((await viewer.budget.options({ projectId })).can.edit).toBe(false);

    const categories = o.categories.map((c) =>
      c.category === "travel"
        ? { ...c, flatRatePercent: "7.5", flatRateBase: "staff" as const }
        : c,
    );
    const saved = await admin.budget.saveOptions({
      projectId: b.projectId,
      categories,
      amberPercent: 80,
      redPercent: 60,
      flexibilityPercent: 15,
      version: 0,
    });
    const after = await admin.budget.options({ projectId: b.projectId });
    expect(after).toMatchObject({ amberPercent: 80, redPercent: 60, version: saved.version });
    expect(after.categories.find((c) => c.category === "travel")).toMatchObject({
      flatRatePercent: "7.5",
      flatRateBase: "staff",
    });

    // The same stale version again: CONFLICT, nothing changed.
    const stale = await trpcError(
      admin.budget.saveOptions({
        projectId: b.projectId,
        categories,
        amberPercent: 90,
        redPercent: 10,
        flexibilityPercent: 20,
        version: 0,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await admin.budget.options({ projectId: b.projectId })).amberPercent).toBe(80);
  });

  it("refuse a flat rate on another flat rate and a red threshold above the amber one", async ({
    h,
    admin,
  }) => {
    const b = await budgetProject(h, admin);
    const o = await admin.budget.options({ projectId: b.projectId });
    const onFlat = o.categories.map((c) =>
      c.category === "travel"
        ? { ...c, flatRatePercent: "5", flatRateBase: "office_admin" as const }
        : c,
    );
    const err = await trpcError(
      admin.budget.saveOptions({
        projectId: b.projectId,
        categories: onFlat,
        amberPercent: 50,
        redPercent: 70,
        flexibilityPercent: 20,
        version: 0,
      }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause).toMatchObject({
      fieldErrors: {
        "categories.2.flatRateBase": [expect.stringContaining("real-cost category")],
        redPercent: [expect.stringContaining("amber")],
      },
    });
    expect((await admin.budget.options({ projectId: b.projectId })).version).toBe(0);
  });
});

describe("partners' finance", () => {
  it("saves the legal status, currency, lump sum, contributions and the agreement", async ({
    h,
    admin,
    editor,
    projectId,
  }) => {
    const b = await budgetProject(h, admin);
    const before = await admin.budget.partners({ projectId: b.projectId });
    expect(before.partners[0]).toMatchObject({
      legalStatus: "public",
      cofinancingPercent: "80",
      version: 0,
    });
    expect(await agreementSigned(h.db, b.partnerId)).toBeNull();

    const input = {
      projectId: b.projectId,
      partnerId: b.partnerId,
      legalStatus: "private_non_profit" as const,
      cofinancingPercent: null,
      currency: "sek",
      lumpSumCents: 1_500_000,
      contributions: [
        { name: "Regional budget", kind: "public" as const, amountCents: 3_000_000 },
        { name: "Own funds", kind: "private" as const, amountCents: 1_000_000 },
      ],
      agreementSignedOn: "2025-02-14",
      version: 0,
    };
    const saved = await admin.budget.savePartner(input);
    const p = (await admin.budget.partners({ projectId: b.projectId })).partners[0];
    expect(p).toMatchObject({
      legalStatus: "private_non_profit",
      cofinancingPercent: "70",
      currency: "SEK",
      lumpSumCents: 1_500_000,
      agreementSignedOn: "2025-02-14",
      version: saved.version,
    });
    expect(p?.contributions.map((c) => [c.name, c.kind, c.amountCents])).toEqual([
      ["Regional budget", "public", 3_000_000],
      ["Own funds", "private", 1_000_000],
    ]);
    expect(await agreementSigned(h.db, b.partnerId)).toBe("2025-02-14");

    // Replace-set: one source left; `other` needs its rate; a stale save is a conflict.
    await admin.budget.savePartner({
      ...input,
      contributions: [],
      legalStatus: "other",
      cofinancingPercent: "65",
      agreementSignedOn: null,
      version: saved.version,
    });
    const again = (await admin.budget.partners({ projectId: b.projectId })).partners[0];
    expect(again).toMatchObject({
      cofinancingPercent: "65",
      contributions: [],
      agreementSignedOn: null,
    });
    expect(
      (await trpcError(admin.budget.savePartner({ ...input, version: saved.version }))).code,
    ).toBe("CONFLICT");
    const noRate = await trpcError(
      admin.budget.savePartner({ ...input, legalStatus: "other", version: saved.version + 1 }),
    );
    expect(noRate.cause).toMatchObject({
      fieldErrors: { cofinancingPercent: [expect.any(String)] },
    });
    const badCurrency = await trpcError(admin.budget.savePartner({ ...input, currency: "XYZ" }));
    expect(badCurrency.code).toBe("BAD_REQUEST");
    // Partner editors do not keep the budget.
    const forbidden = await trpcError(
      editor.budget.savePartner({ ...input, projectId, partnerId: h.f.partnersA.se }),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
  });
});

describe("the spending plan", () => {
  it("computes flat rates from the typed cells, with totals that are sums of lines", async ({
    h,
    admin,
  }) => {
    const b = await budgetProject(h, admin);
    const saved = await admin.budget.saveLines({
      projectId: b.projectId,
      lines: [
        staff(b.partnerId, 1, 1_000_003),
        staff(b.partnerId, 2, 2_000_000),
        { partnerId: b.partnerId, category: "travel", periodNumber: 1, amountCents: 50_000 },
      ],
      version: 0,
    });
    const plan = await admin.budget.get({ projectId: b.projectId });
    expect(plan.version).toMatchObject({ number: 1, status: "draft", version: saved.version });
    const office = plan.lines.filter((l) => l.category === "office_admin");
    // 15 % of 10 000.03 = 1 500.0045 → 1 500.00; of 20 000.00 = 3 000.00; computed, not typed.
    expect(office.map((l) => [l.periodNumber, l.amountCents, l.computed])).toEqual([
      [1, 150_000, true],
      [2, 300_000, true],
    ]);
    expect(plan.totals.byPeriod).toEqual({ 1: 1_000_003 + 150_000 + 50_000, 2: 2_300_000 });
    expect(plan.totals.project).toBe(1_000_003 + 150_000 + 50_000 + 2_300_000);
    expect(plan.totals.byCategory.staff).toBe(3_000_003);
    expect(plan.totals.byPartner[b.partnerId]).toBe(plan.totals.project);
    expect(plan.periods).toHaveLength(8);

    // 0 empties a cell.
    const v2 = await admin.budget.saveLines({
      projectId: b.projectId,
      lines: [staff(b.partnerId, 2, 0)],
      version: saved.version,
    });
    expect((await admin.budget.get({ projectId: b.projectId })).totals.byPeriod[2]).toBeUndefined();
    expect(v2.version).toBe(saved.version + 1);
  });

  it("refuses flat-rate and unused categories, periods outside the project, bad amounts and stale saves", async ({
    h,
    admin,
  }) => {
    const b = await budgetProject(h, admin);
    const first = await admin.budget.saveLines({
      projectId: b.projectId,
      lines: [staff(b.partnerId, 1, 100)],
      version: 0,
    });
    const before = await storedLines(h, b.projectId);
    const refused = async (line: object, field: string, text: string) => {
      const err = await trpcError(
        admin.budget.saveLines({
          projectId: b.projectId,
          lines: [{ ...staff(b.partnerId, 1, 500), ...line }],
          version: first.version,
        }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.cause).toMatchObject({
        fieldErrors: { [`lines.0.${field}`]: [expect.stringContaining(text)] },
      });
    };
    await refused({ category: "office_admin" }, "category", "computed, never typed");
    await refused(
      { category: "infrastructure" },
      "category",
      "not a cost category this project uses",
    );
    await refused({ periodNumber: 9 }, "periodNumber", "1 to 8");
    await refused({ amountCents: -1 }, "amountCents", "negative");
    await refused({ amountCents: 100_000_000_001 }, "amountCents", "1 000 000 000.00");
    await refused({ partnerId: h.f.partnersA.se }, "partnerId", "not part of the project");
    const stale = await trpcError(
      admin.budget.saveLines({
        projectId: b.projectId,
        lines: [staff(b.partnerId, 1, 900)],
        version: 0,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await storedLines(h, b.projectId)).toEqual(before);
  });

  it("is approved as version 1 and locked: nothing changes it afterwards", async ({ h, admin }) => {
    const b = await budgetProject(h, admin);
    const empty = await trpcError(admin.budget.approve({ projectId: b.projectId, version: 0 }));
    expect(empty.code).toBe("CONFLICT");
    const draft = await admin.budget.saveLines({
      projectId: b.projectId,
      lines: [staff(b.partnerId, 1, 0)],
      version: 0,
    });
    const nothing = await trpcError(
      admin.budget.approve({ projectId: b.projectId, version: draft.version }),
    );
    expect(nothing.message).toContain("empty budget");

    const filled = await admin.budget.saveLines({
      projectId: b.projectId,
      lines: [staff(b.partnerId, 1, 4_000_000)],
      version: draft.version,
    });
    expect(
      (await trpcError(admin.budget.approve({ projectId: b.projectId, version: draft.version })))
        .code,
    ).toBe("CONFLICT");
    await admin.budget.approve({ projectId: b.projectId, version: filled.version });
    const plan = await admin.budget.get({ projectId: b.projectId });
    expect(plan.version).toMatchObject({ number: 1, status: "approved" });
    expect(plan.can).toEqual({ edit: false, approve: false });

    const before = await storedLines(h, b.projectId);
    const after = await trpcError(
      admin.budget.saveLines({
        projectId: b.projectId,
        lines: [staff(b.partnerId, 1, 1)],
        version: plan.version?.version ?? 0,
      }),
    );
    expect(after.code).toBe("CONFLICT");
    expect(after.message).toContain("approved");
    expect(await storedLines(h, b.projectId)).toEqual(before);

    // Categories and flat rates are locked; thresholds are not.
    const o = await admin.budget.options({ projectId: b.projectId });
    expect(o.categoriesLocked).toBe(true);
    const base = {
      projectId: b.projectId,
      amberPercent: 70,
      redPercent: 40,
      flexibilityPercent: 20,
      version: o.version,
    };
    const changed = o.categories.map((c) =>
      c.category === "office_admin" ? { ...c, flatRatePercent: "20" } : c,
    );
    const locked = await trpcError(admin.budget.saveOptions({ ...base, categories: changed }));
    expect(locked.cause).toMatchObject({
      fieldErrors: { categories: [expect.stringContaining("approved")] },
    });
    await admin.budget.saveOptions({ ...base, categories: o.categories });
    expect((await admin.budget.options({ projectId: b.projectId })).amberPercent).toBe(70);
  });
});
