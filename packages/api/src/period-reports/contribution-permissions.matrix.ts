import { LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";
import { submitContribution } from "./contribution-workflow";
import { findContribution, saveContribution } from "./contributions";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

const narrative = {
  activities: "Two stakeholder group meetings on the MedTech voucher scheme.",
  stakeholderInvolvement: "Hospitals and two SME clusters joined the group.",
  communication: "One newsletter article.",
  difficultiesDeviations: "",
};

/**
 * Permission-matrix rows for the partners' contributions to a period's progress report.
 * Changing calls get a fresh partner of project A, so only lead coordinators may write for it
 * (the matrix's partner editor works for another partner); reading uses a submitted
 * contribution, which every member of the project may read.
 */
export function reportEntries(docs: () => DocumentFixtures): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const leadCtx = (f: Fixtures) => docs().projectCtxFor(f.users.lead_coordinator.id);
  const draft = async (f: Fixtures) => {
    const partnerId = (await f.newPartner()).id;
    const c = await saveContribution(
      await leadCtx(f),
      { partnerId, periodNumber: 1, ...narrative },
      new Date(),
    );
    return { partnerId, periodNumber: 1, version: c.version };
  };
  const submitted = async (f: Fixtures) => {
    const d = await draft(f);
    const c = await submitContribution(await leadCtx(f), d, new Date());
    return { ...d, version: c.version };
  };
  const sharedSubmitted = async (f: Fixtures) => {
    const ref = { partnerId: f.partnersA.se, periodNumber: 1 };
    const ctx = await leadCtx(f);
    if (!(await findContribution(ctx, ref))) {
      const c = await saveContribution(ctx, { ...ref, ...narrative }, new Date());
      await submitContribution(ctx, { ...ref, version: c.version }, new Date());
    }
    return ref;
  };
  return {
    "periodReports.contributions.list": {
      roles: [...READ_ROLES],
      input: (f) => ({ ...p(f), periodNumber: 1 }),
    },
    "periodReports.contributions.get": {
      roles: [...READ_ROLES],
      input: async (f) => ({ ...p(f), ...(await sharedSubmitted(f)) }),
    },
    "periodReports.contributions.save": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        partnerId: (await f.newPartner()).id,
        periodNumber: 1,
        ...narrative,
      }),
    },
    "periodReports.contributions.submit": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), ...(await draft(f)) }),
    },
    "periodReports.contributions.return": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        ...(await submitted(f)),
        comment: "Please add the communication figures",
      }),
    },
  };
}
