import { LEAD_ROLES, READ_ROLES, type Role, VALIDATOR_ROLES } from "../shared/roles";
import type { Fixtures } from "../testing/harness";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for the money desk: every member reads the finance landing; lead coordinators, admins and observers read it;
 * lead coordinators get the money in short and remind. A reminder of Stockholm's first report (never submitted in the
 * matrix's partnership, and Stockholm has an editor) succeeds every time.
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
      input: (f) => ({ projectId: f.projectA.id, partnerId: f.partnersA.se, periodNumber: 1 }),
    },
  };
}
