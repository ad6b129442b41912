import { describe, expect } from "vitest";
import { documentFixtures } from "../testing/document-fixtures";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { PERIOD_REPORT_FORMAT, type PeriodReportModel, type ReportDocument } from "./model";
import { forViewer } from "./visibility";

let model: PeriodReportModel;
const names = new Map<string, string>();

test.beforeAll(async ({ h }) => {
  const { newDocument } = documentFixtures(h);
  const { se, it: lombardy } = h.f.partnersA;
  const doc = async (
    name: string,
    visibility: ReportDocument["visibility"],
    owner: string,
  ): Promise<ReportDocument> => {
    const d = await newDocument({ visibility, ownerPartnerId: owner, title: name });
    names.set(d.id, name);
    return {
      id: d.id,
      title: name,
      fileName: `${name}.txt`,
      category: "peer_review_report",
      ownerPartnerId: owner,
      ownerPartner: owner,
      visibility,
      updatedAt: "2025-06-01T10:00:00.000Z",
    };
  };
  const shared = await doc("shared", "partnership", se);
  const sePrivate = await doc("se-private", "partner", se);
  const seLead = await doc("se-lead", "lead", se);
  const itPrivate = await doc("it-private", "partner", lombardy);
  model = {
    format: PERIOD_REPORT_FORMAT,
    formatVersion: 2,
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
        partner: "it",
        date: "2025-05-01",
        status: "validated",
        evidence: [itPrivate, seLead],
      },
    ],
    indicators: [],
    annexes: [shared, sePrivate, seLead, itPrivate],
  };
});

/** The report as this person reads it, by document name. */
async function seenBy(h: Harness, userId: string) {
  const m = await forViewer(await h.projectCtxFor(userId), model);
  const named = (docs: ReportDocument[]) => docs.map((d) => names.get(d.id));
  return {
    evidence: named([...m.deliverables, ...m.outputs].flatMap((r) => r.evidence)),
    annexes: named(m.annexes),
  };
}

describe("a report as its reader may see it (the documents' own rule, in SQL)", () => {
  it("shows lead coordinators every document", async ({ h }) => {
    const ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
    expect(await forViewer(ctx, model)).toEqual(model);
  });

  it("never gives an observer a partner's private document", async ({ h }) => {
    expect(await seenBy(h, h.f.users.observer.id)).toEqual({
      evidence: ["shared"],
      annexes: ["shared"],
    });
  });

  it("shows partner people their own partner's documents, and 'lead' ones at the lead partner", async ({
    h,
  }) => {
    // The partner viewer works for Lombardy.
    expect(await seenBy(h, h.f.users.partner_viewer.id)).toEqual({
      evidence: ["shared", "it-private"],
      annexes: ["shared", "it-private"],
    });
    const atLeadPartner = await h.f.newMember({
      role: "partner_viewer",
      partnerId: h.f.partnersA.lead,
    });
    expect(await seenBy(h, atLeadPartner.id)).toEqual({
      evidence: ["shared", "se-lead"],
      annexes: ["shared", "se-lead"],
    });
    // Stockholm's editor sees Stockholm's own, whatever their visibility.
    expect(await seenBy(h, h.f.users.partner_editor.id)).toEqual({
      evidence: ["shared", "se-private", "se-lead"],
      annexes: ["shared", "se-private", "se-lead"],
    });
  });

  it("follows a document's visibility as it is now, not as it was submitted", async ({ h }) => {
    const sePrivate = model.annexes.find((d) => names.get(d.id) === "se-private");
    await h.db
      .updateTable("documents")
      .set({ visibility: "partnership" })
      .where("id", "=", sePrivate?.id ?? "")
      .execute();
    expect((await seenBy(h, h.f.users.observer.id)).annexes).toEqual(["shared", "se-private"]);
  });
});
