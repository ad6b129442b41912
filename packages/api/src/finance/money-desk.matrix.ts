import { LEAD_ROLES, READ_ROLES, type Role, VALIDATOR_ROLES } from "../shared/roles";
import type { Fixtures } from "../testing/harness";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for the money desk: every member reads the finance landing; lead
 * coordinators, admins and observers read the desk; lead coordinators get the money in short
 * and remind.
 */
export function moneyDeskEntries(): Record<string, Entry> {
  return {
    "moneyDesk.landing": { roles: [...READ_ROLES], input: (f) => ({ projectId: f.projectA.id }) },
    "moneyDesk.overview": {
      roles: [...VALIDATOR_ROLES],
      input: (f) => ({ projectId: f.projectA.id }),
    },
    "moneyDesk.summary": { roles: [...LEAD_ROLES], input: (f) => ({ projectId: f.projectA.id }) },
    "moneyDesk.remind": {
      roles: [...LEAD_ROLES],
      // A fresh partner with an editor each time: a report is reminded of once in 12 hours.
      input: async (f) => {
        const partner = await f.newPartner();
        await f.newMember({ role: "partner_editor", partnerId: partner.id });
        return { projectId: f.projectA.id, partnerId: partner.id, periodNumber: 1 };
      },
    },
  };
}
