import { LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { Fixtures, Harness } from "../testing/harness";
import { draftReport } from "./report-fixtures";
import { submitReport } from "./report-workflow";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows of the partners' financial reports. Changing calls get a fresh
 * partner of project A with a draft report of period 1, so only lead coordinators may act
 * for it (the matrix's partner editor works for another partner); every member reads.
 */
export function financialReportEntries(h: () => Harness): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const draft = async (f: Fixtures) => {
    const partnerId = (await f.newPartner()).id;
    await draftReport(h().db, f.projectA.id, partnerId, 1, [
      { category: "equipment", declaredCents: 125_000 },
    ]);
    return { partnerId, periodNumber: 1, version: 1 };
  };
  const submitted = async (f: Fixtures) => {
    const d = await draft(f);
    const ctx = await h().projectCtxFor(f.users.lead_coordinator.id);
    const done = await submitReport(ctx, d, new Date());
    return { ...d, version: done.version, reportId: done.id };
  };
  return {
    "financialReports.list": { roles: [...READ_ROLES], input: (f) => ({ ...p(f) }) },
    "financialReports.get": {
      roles: [...READ_ROLES],
      input: (f) => ({ ...p(f), partnerId: f.partnersA.se, periodNumber: 1 }),
    },
    "financialReports.submit": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), ...(await draft(f)) }),
    },
    "financialReports.return": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const { reportId: _id, ...ref } = await submitted(f);
        return { ...p(f), ...ref, comment: "Please attach the equipment invoice" };
      },
    },
    "financialReports.versions": {
      roles: [...READ_ROLES],
      input: (f) => ({ ...p(f), partnerId: f.partnersA.se, periodNumber: 1 }),
    },
    "financialReports.version": {
      roles: [...READ_ROLES],
      input: async (f) => ({ ...p(f), reportId: (await submitted(f)).reportId, number: 1 }),
    },
  };
}
