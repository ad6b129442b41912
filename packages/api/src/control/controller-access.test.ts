import { describe, expect } from "vitest";
import { draftReport } from "../finance/report-fixtures";
import { submitReport } from "../finance/report-workflow";
import { it } from "../testing/fixture";
import { trpcError } from "../testing/harness";

const DEC = new Date("2026-12-10T09:00:00Z");

describe("a controller's access", () => {
  it("reads its partners with the membership; every other member controls none", async ({ h }) => {
    const ctl = await h.projectCtxFor(h.f.users.controller.id);
    expect(ctl.access.controlledPartnerIds).toEqual([h.f.partnersA.se]);
    expect(ctl.access.partnerId).toBeNull();
    for (const who of ["lead_coordinator", "partner_editor", "observer"] as const) {
      const ctx = await h.projectCtxFor(h.f.users[who].id);
      expect(ctx.access.controlledPartnerIds).toEqual([]);
    }
  });

  it("sees its partner's staff-cost details, and only what an observer sees of the others", async ({
    h,
    controller,
  }) => {
    const projectId = h.f.projectA.id;
    const items = [
      { category: "staff", declaredCents: 400_000, staffPerson: "Erik Sand" },
      { category: "travel", declaredCents: 20_000 },
    ] as const;
    for (const partnerId of [h.f.partnersA.se, h.f.partnersA.it]) {
      await draftReport(h.db, projectId, partnerId, 3, items);
      const lead = await h.projectCtxFor(h.f.users.lead_coordinator.id);
      await submitReport(lead, { partnerId, periodNumber: 3, version: 1 }, DEC);
    }
    const own = await controller.financialReports.get({
      projectId,
      partnerId: h.f.partnersA.se,
      periodNumber: 3,
    });
    expect(own.view).toBe("full");
    expect(own.items?.map((i) => i.staffPerson)).toEqual(["Erik Sand", null]);
    const other = await controller.financialReports.get({
      projectId,
      partnerId: h.f.partnersA.it,
      periodNumber: 3,
    });
    expect(other.view).toBe("items");
    expect(JSON.stringify(other)).not.toContain("Erik Sand");
  });

  it("sees its partner's evidence once submitted, never the partner's other private documents", async ({
    h,
    docs,
    controller,
  }) => {
    const projectId = h.f.projectA.id;
    const privateOf = (partnerId: string) =>
      docs.newDocument({ ownerPartnerId: partnerId, visibility: "partner" });
    const [evidence, unrelated, itEvidence] = await Promise.all([
      privateOf(h.f.partnersA.se),
      privateOf(h.f.partnersA.se),
      privateOf(h.f.partnersA.it),
    ]);
    const reports = [];
    for (const partnerId of [h.f.partnersA.se, h.f.partnersA.it]) {
      const reportId = await draftReport(h.db, projectId, partnerId, 4, [
        { category: "equipment", declaredCents: 90_000 },
      ]);
      reports.push({ partnerId, reportId });
    }
    const attach = async (reportId: string, documentId: string) => {
      const item = await h.db
        .selectFrom("expenditure_items")
        .select("id")
        .where("report_id", "=", reportId)
        .executeTakeFirstOrThrow();
      await h.db
        .insertInto("expenditure_evidence")
        .values({ item_id: item.id, document_id: documentId })
        .execute();
    };
    await attach(reports[0]?.reportId ?? "", evidence.id);
    await attach(reports[1]?.reportId ?? "", itEvidence.id);
    const get = (documentId: string) => controller.documents.get({ projectId, documentId });

    // A draft is the partner's own: its evidence is not yet the controller's to see.
    expect((await trpcError(get(evidence.id))).code).toBe("NOT_FOUND");
    const lead = await h.projectCtxFor(h.f.users.lead_coordinator.id);
    for (const r of reports)
      await submitReport(lead, { partnerId: r.partnerId, periodNumber: 4, version: 1 }, DEC);
    expect((await get(evidence.id)).id).toBe(evidence.id);
    expect((await trpcError(get(unrelated.id))).code).toBe("NOT_FOUND");
    expect((await trpcError(get(itEvidence.id))).code).toBe("NOT_FOUND");
  });
});
