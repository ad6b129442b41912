import { describe, expect, it } from "vitest";
import { PERIOD_REPORT_FORMAT, type PeriodReportModel, type ReportDocument } from "./model";
import { canSeeDocument, forViewer, type ReportViewer } from "./visibility";

const doc = (
  id: string,
  visibility: ReportDocument["visibility"],
  owner: string,
): ReportDocument => ({
  id,
  title: `Document ${id}`,
  fileName: `${id}.pdf`,
  category: "deliverable",
  ownerPartnerId: owner,
  ownerPartner: owner,
  visibility,
  updatedAt: "2025-06-01T10:00:00.000Z",
});
const shared = doc("shared", "partnership", "se");
const sePrivate = doc("se-private", "partner", "se");
const seLead = doc("se-lead", "lead", "se");
const dkPrivate = doc("dk-private", "partner", "dk");

const model: PeriodReportModel = {
  format: PERIOD_REPORT_FORMAT,
  formatVersion: 1,
  generatedAt: "2025-07-01T00:00:00.000Z",
  project: { id: "p", acronym: "MEDTECH-S3", title: "MedTech", programme: "Interreg Europe" },
  period: { number: 1, start: "2025-01-01", end: "2025-06-30" },
  report: { status: "submitted", version: 1, submittedAt: null, submittedBy: null },
  highlights: "",
  partners: [],
  contributions: [],
  workPackages: [],
  deliverables: [
    {
      id: "d",
      code: "D1.1",
      title: "Baseline",
      kind: "deliverable",
      workPackageNumber: 1,
      responsiblePartner: "se",
      dueDate: "2025-06-30",
      status: "approved",
      approvedOn: "2025-06-30",
      targetValue: null,
      achievedValue: null,
      evidence: [shared, sePrivate],
    },
  ],
  outputs: [
    {
      kind: "good_practice",
      id: "gp",
      title: "Voucher",
      partner: "dk",
      date: "2025-05-01",
      status: "validated",
      evidence: [dkPrivate, seLead],
    },
  ],
  indicators: [],
  annexes: [shared, sePrivate, seLead, dkPrivate],
};

const viewer = (v: Partial<ReportViewer>): ReportViewer => ({
  isLead: false,
  role: "partner_viewer",
  partnerId: null,
  partnerIsLead: false,
  ...v,
});
const ids = (m: PeriodReportModel) => ({
  evidence: [...m.deliverables, ...m.outputs].flatMap((r) => r.evidence.map((d) => d.id)),
  annexes: m.annexes.map((d) => d.id),
});

describe("a report as its viewer may see it", () => {
  it("shows lead coordinators every document", () => {
    expect(forViewer(model, viewer({ isLead: true, role: "lead_coordinator" }))).toEqual(model);
  });

  it("never gives an observer a partner's private document", () => {
    const seen = forViewer(model, viewer({ role: "observer" }));
    expect(ids(seen)).toEqual({ evidence: ["shared"], annexes: ["shared"] });
    expect(JSON.stringify(seen)).not.toContain("private");
  });

  it("shows partner people their own partner's documents, and 'lead' ones at the lead partner", () => {
    expect(ids(forViewer(model, viewer({ partnerId: "dk" })))).toEqual({
      evidence: ["shared", "dk-private"],
      annexes: ["shared", "dk-private"],
    });
    expect(ids(forViewer(model, viewer({ partnerId: "fi", partnerIsLead: true })))).toEqual({
      evidence: ["shared", "se-lead"],
      annexes: ["shared", "se-lead"],
    });
    expect(canSeeDocument(viewer({ partnerId: "se" }), seLead)).toBe(true);
    expect(canSeeDocument(viewer({ role: "observer", partnerIsLead: true }), seLead)).toBe(false);
  });
});
