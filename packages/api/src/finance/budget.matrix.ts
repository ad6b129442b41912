import { LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";
import { draftChange } from "./budget-change";
import { readOptions } from "./budget-options";
import { approveBudget, saveLines } from "./budget-plan";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for the budget: every member reads it, lead coordinators keep it.
 * Approval locks a budget for good, so each call that changes the plan starts from a fresh
 * draft of project A (the test removes the versions first, which no service ever does).
 */
export function budgetEntries(docs: () => DocumentFixtures): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const leadCtx = (f: Fixtures) => docs().projectCtxFor(f.users.lead_coordinator.id);
  const line = (f: Fixtures, amountCents: number) => ({
    partnerId: f.partnersA.se,
    category: "staff" as const,
    periodNumber: 1,
    amountCents,
  });
  const freshDraft = async (f: Fixtures) => {
    const ctx = await leadCtx(f);
    await ctx.db.deleteFrom("budget_versions").where("project_id", "=", f.projectA.id).execute();
    return saveLines(ctx, { lines: [line(f, 1_000_000)], version: 0 });
  };
  // An approved version 1, and (for the change procedures) a draft change of it.
  const approvedBase = async (f: Fixtures) => {
    const ctx = await leadCtx(f);
    await approveBudget(ctx, { version: (await freshDraft(f)).version });
    return ctx;
  };
  const changeDraft = async (f: Fixtures) => {
    const ctx = await approvedBase(f);
    const draft = await draftChange(ctx);
    return saveLines(ctx, { lines: [line(f, 1_100_000)], version: draft.version });
  };
  const csv = (f: Fixtures) =>
    Buffer.from(
      `Partner,Category,Period 1\r\n${f.partnersA.se},Staff costs,2500.00\r\n`,
      "utf8",
    ).toString("base64");
  return {
    "budget.options": { roles: [...READ_ROLES], input: p },
    "budget.saveOptions": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const o = await readOptions(await leadCtx(f));
        return {
          ...p(f),
          categories: o.categories,
          amberPercent: 80,
          redPercent: 40,
          flexibilityPercent: 20,
          version: o.version,
        };
      },
    },
    "budget.partners": { roles: [...READ_ROLES], input: p },
    "budget.savePartner": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        partnerId: (await f.newPartner()).id,
        legalStatus: "private_non_profit",
        cofinancingPercent: null,
        currency: "SEK",
        lumpSumCents: 0,
        contributions: [{ name: "Own funds", kind: "private", amountCents: 100_00 }],
        agreementSignedOn: "2025-02-01",
        version: 0,
      }),
    },
    "budget.get": { roles: [...READ_ROLES], input: p },
    "budget.saveLines": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        lines: [line(f, 2_000_000)],
        version: (await freshDraft(f)).version,
      }),
    },
    "budget.approve": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), version: (await freshDraft(f)).version }),
    },
    "budget.versions": { roles: [...READ_ROLES], input: p },
    "budget.version": {
      roles: [...READ_ROLES],
      input: async (f) => {
        await approvedBase(f);
        return { ...p(f), number: 1 };
      },
    },
    "budget.difference": { roles: [...READ_ROLES], input: p },
    "budget.draftChange": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        await approvedBase(f);
        return p(f);
      },
    },
    "budget.approveChange": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        version: (await changeDraft(f)).version,
        inForceFrom: "2026-01-01",
        note: "Staff costs of the second half grow within the flexibility",
      }),
    },
    "budget.discardChange": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), version: (await changeDraft(f)).version }),
    },
    "budget.import": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        fileName: "budget.csv",
        contentBase64: csv(f),
        version: (await freshDraft(f)).version,
      }),
    },
  };
}
