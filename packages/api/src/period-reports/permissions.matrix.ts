import { LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures, Harness } from "../testing/harness";
import { findPeriodReport } from "./lock";
import { reopenReport, submitReport } from "./report-workflow";
import { certifiedReport } from "./test-certificates";
import { attachAnnexes, saveReport } from "./write";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for the consolidated progress reports of project A. Period 3 is
 * edited (never submitted); period 4 is submitted and reopened in turn, and always has a
 * version 1 that every member may read.
 */
export function periodReportEntries(
  docs: () => DocumentFixtures,
  h: () => Harness,
): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const leadCtx = (f: Fixtures) => docs().projectCtxFor(f.users.lead_coordinator.id);
  const row = async (f: Fixtures, n: number) =>
    findPeriodReport((await leadCtx(f)).db, f.projectA.id, n);
  /** Period 4 as a complete draft, ready to submit; its version. */
  const draft4 = async (f: Fixtures) => {
    const ctx = await leadCtx(f);
    let r = await row(f, 4);
    if (r?.status === "submitted")
      await reopenReport(
        ctx,
        { periodNumber: 4, version: r.version, reason: "Correct the figures" },
        new Date(),
      );
    r = await row(f, 4);
    const wps = await ctx.db
      .selectFrom("work_packages")
      .select("id")
      .where("project_id", "=", f.projectA.id)
      .execute();
    const saved = await saveReport(
      ctx,
      {
        periodNumber: 4,
        version: r?.version ?? 0,
        highlights: "Two peer reviews and the first action plans.",
        workPackages: wps.map((w) => ({
          workPackageId: w.id,
          achievement: "fully" as const,
          explanation: "",
        })),
      },
      new Date(),
    );
    return saved.version;
  };
  /** Period 4 submitted; its row's version. */
  const submitted4 = async (f: Fixtures) => {
    const r = await row(f, 4);
    if (r?.status === "submitted") return r.version;
    const s = await submitReport(
      await leadCtx(f),
      { periodNumber: 4, version: await draft4(f) },
      new Date(),
    );
    return s.version;
  };
  const version1 = async (f: Fixtures) => {
    if (((await row(f, 4))?.latest_version ?? 0) === 0) await submitted4(f);
    return { ...p(f), periodNumber: 4, version: 1 };
  };
  const newDoc = async () => (await docs().newDocument()).id;
  /** A new partner's report of period 2, certified once (period 3's report may claim it). */
  let certificate: Promise<string> | undefined;
  const certificateId = (f: Fixtures) => {
    certificate ??= f
      .newPartner()
      .then((partner) =>
        certifiedReport(h(), partner.id, 2, [{ category: "staff", declaredCents: 120_000 }]),
      )
      .then((c) => c.certificateId);
    return certificate;
  };
  return {
    "periodReports.list": { roles: [...READ_ROLES], input: p },
    "periodReports.get": { roles: [...READ_ROLES], input: version1 },
    "periodReports.textBlocks": { roles: [...READ_ROLES], input: version1 },
    "periodReports.compare": {
      roles: [...READ_ROLES],
      input: async (f) => {
        await version1(f);
        return { ...p(f), periodNumber: 4, from: 1, to: 1 };
      },
    },
    "periodReports.certificates": {
      roles: [...LEAD_ROLES],
      input: (f) => ({ ...p(f), periodNumber: 3 }),
    },
    "periodReports.setCertificateInclusion": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        periodNumber: 3,
        certificateId: await certificateId(f),
        included: true,
      }),
    },
    "periodReports.save": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        periodNumber: 3,
        version: (await row(f, 3))?.version ?? 0,
        highlights: "The partnership met in Stockholm.",
        workPackages: [],
      }),
    },
    "periodReports.attachAnnexes": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), periodNumber: 3, documentIds: [await newDoc()] }),
    },
    "periodReports.detachAnnex": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const documentId = await newDoc();
        await attachAnnexes(
          await leadCtx(f),
          { periodNumber: 3, documentIds: [documentId] },
          new Date(),
        );
        return { ...p(f), periodNumber: 3, documentId };
      },
    },
    "periodReports.readiness": {
      roles: [...LEAD_ROLES],
      input: (f) => ({ ...p(f), periodNumber: 3 }),
    },
    "periodReports.submit": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), periodNumber: 4, version: await draft4(f) }),
    },
    "periodReports.reopen": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        periodNumber: 4,
        version: await submitted4(f),
        reason: "The programme asked for corrections",
      }),
    },
  };
}
