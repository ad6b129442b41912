import { LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";
import { createIndicator } from "./catalogue";
import { setValue } from "./values";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for the indicator catalogue: every member reads it, lead
 * coordinators change it. Each changing call gets a fresh manual indicator of project A.
 */
export function indicatorEntries(docs: () => DocumentFixtures): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const fields = (f: Fixtures) => ({
    code: f.unique("MEDIA"),
    name: "Articles in regional media",
    unit: "count" as const,
    target: "40",
  });
  const fresh = async (f: Fixtures) =>
    createIndicator(await docs().projectCtxFor(f.users.lead_coordinator.id), {
      ...fields(f),
      source: "manual",
      computedKey: null,
    });
  const value = { periodNumber: 1, value: "3", justification: "Press clippings in the annex" };
  return {
    "indicators.list": { roles: [...READ_ROLES], input: p },
    "indicators.create": {
      roles: [...LEAD_ROLES],
      input: (f) => ({ ...p(f), ...fields(f), source: "manual", computedKey: null }),
    },
    "indicators.update": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const i = await fresh(f);
        return { ...p(f), ...fields(f), indicatorId: i.id, version: i.version, target: "45" };
      },
    },
    "indicators.delete": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const i = await fresh(f);
        return { ...p(f), indicatorId: i.id, version: i.version };
      },
    },
    "indicators.setValue": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), ...value, indicatorId: (await fresh(f)).id }),
    },
    "indicators.clearOverride": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const i = await fresh(f);
        const ctx = await docs().projectCtxFor(f.users.lead_coordinator.id);
        const v = await setValue(ctx, { ...value, indicatorId: i.id }, new Date());
        return { ...p(f), indicatorId: i.id, periodNumber: 1, version: v.version };
      },
    },
  };
}
