import { LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { Fixtures, Harness } from "../testing/harness";
import { certifiedReport } from "./test-certified";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for financial corrections: every member reads them, lead
 * coordinators record and withdraw them. Each call gets a new partner of project A with a
 * certified report of period 1 (and, to withdraw, a correction of it).
 */
export function correctionEntries(h: () => Harness): Record<string, Entry> {
  const db = () => h().db;
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const certified = async (f: Fixtures) => {
    const partnerId = (await f.newPartner()).id;
    const r = await certifiedReport(db(), f.projectA.id, partnerId, 1, [
      { category: "external", declaredCents: 500_000 },
    ]);
    return { partnerId, itemId: r.itemIds[0] ?? "" };
  };
  return {
    "corrections.list": { roles: [...READ_ROLES], input: p },
    "corrections.certifiedItems": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), partnerId: (await certified(f)).partnerId }),
    },
    "corrections.add": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        itemId: (await certified(f)).itemId,
        amountCents: 10_000,
        reason: "The invoice was paid after the eligibility period",
      }),
    },
    "corrections.remove": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const { itemId, partnerId } = await certified(f);
        const row = await db()
          .insertInto("financial_corrections")
          .values({
            project_id: f.projectA.id,
            partner_id: partnerId,
            item_id: itemId,
            amount_cents: 10_000,
            reason: "Double funding",
          })
          .returning(["id", "version"])
          .executeTakeFirstOrThrow();
        return { ...p(f), id: row.id, version: row.version };
      },
    },
  };
}
