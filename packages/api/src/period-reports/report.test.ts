import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import { type Caller, clientShape, trpcError } from "../testing/harness";
import { buildReport } from "./test-report";

let projectId: string;
let lead: Caller;
let observer: Caller;
let sardEditor: Caller;
let records: Awaited<ReturnType<typeof buildReport>>["records"];
let wpId: string;
let privateDoc: string;

test.beforeAll(async ({ h }) => {
  ({ records, projectId, lead, observer, sardEditor, wpId, privateDoc } = await buildReport(h));
});

const ref = () => ({ projectId, periodNumber: 1 });

describe("a period's consolidated progress report", () => {
  it("composes the period from the records", async () => {
    const { meta, model } = await lead.periodReports.get(ref());
    expect(meta).toMatchObject({
      id: null,
      status: "not_started",
      version: 0,
      can: { submit: true },
    });
    expect(model.period).toEqual({ number: 1, start: "2025-01-01", end: "2025-06-30" });
    expect(model.deliverables.map((d) => d.code)).toEqual(["D1.1", "D1.2", "D1.5"]);
    const d11 = model.deliverables.find((d) => d.code === "D1.1");
    expect(d11?.evidence.map((d) => d.id)).toEqual([privateDoc]);
    expect(d11?.evidence[0]).toMatchObject({ visibility: "partner", ownerPartner: "Sardegna" });
    expect(model.annexes.map((d) => d.id)).toEqual([privateDoc]);
    const kinds = model.outputs.map((o) => o.kind).sort();
    expect(kinds).toEqual([
      "good_practice",
      "learning_event",
      "learning_event",
      "learning_event",
      "policy_improvement",
      "policy_improvement",
      "policy_improvement",
    ]);
    expect(model.outputs.every((o) => o.date >= "2025-01-01" && o.date <= "2025-06-30")).toBe(true);
    const sard = model.contributions.find((c) => c.partner === "Sardegna");
    expect(sard).toMatchObject({ status: "submitted", communication: "Two press releases." });
    const crete = model.contributions.find((c) => c.partnerId === records.partners.crete);
    expect(crete).toMatchObject({ status: "draft", activities: "" });
    expect(model.workPackages).toEqual([
      expect.objectContaining({ id: wpId, number: 1, achievement: null, explanation: "" }),
    ]);
    // The indicators say what the indicator pages say for period 1.
    const { indicators } = await lead.indicators.list({ projectId });
    for (const ind of indicators) {
      const row = model.indicators.find((i) => i.code === ind.code);
      expect(row?.thisPeriod).toBe(Number(ind.periods[0]?.value ?? 0));
      expect(row?.previously).toBe(0);
      expect(row?.cumulative).toBe(Number(ind.periods[0]?.cumulative ?? 0));
    }
    expect(model.indicators.find((i) => i.code === "LE")?.thisPeriod).toBe(3);
    const list = await observer.periodReports.list({ projectId });
    expect(list[0]).toMatchObject({
      number: 1,
      begun: true,
      status: "not_started",
      latestVersion: null,
      contributions: { submitted: 1, total: 2 },
    });
  });

  it("refuses an incomplete submission naming every missing field, and bad saves", async ({
    h,
  }) => {
    const before = await h.auditCount();
    const empty = await trpcError(lead.periodReports.submit({ ...ref(), version: 0 }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(Object.keys(clientShape(empty).data.fieldErrors ?? {}).sort()).toEqual([
      "highlights",
      `workPackages.${wpId}`,
    ]);
    const unknown = await trpcError(
      lead.periodReports.save({
        ...ref(),
        highlights: "x",
        workPackages: [{ workPackageId: h.f.partnerB, achievement: "fully", explanation: "" }],
      }),
    );
    expect(clientShape(unknown).data.fieldErrors).toEqual({
      [`workPackages.${h.f.partnerB}`]: ["This work package is not part of the project"],
    });
    const long = await trpcError(
      lead.periodReports.save({ ...ref(), highlights: "a".repeat(20_001), workPackages: [] }),
    );
    expect(clientShape(long).data.fieldErrors).toEqual({
      highlights: ["At most 20000 characters"],
    });
    const notLead = await trpcError(
      sardEditor.periodReports.save({ ...ref(), highlights: "x", workPackages: [] }),
    );
    expect(notLead.code).toBe("FORBIDDEN");
    expect(await h.auditCount()).toBe(before);

    const saved = await lead.periodReports.save({
      ...ref(),
      highlights: "The partnership's first study visit.",
      workPackages: [{ workPackageId: wpId, achievement: "partly", explanation: " " }],
    });
    expect(saved).toMatchObject({ status: "draft", version: 1 });
    const stale = await trpcError(
      lead.periodReports.save({ ...ref(), version: 0, highlights: "Old", workPackages: [] }),
    );
    expect(stale.code).toBe("CONFLICT");
    const partly = await trpcError(lead.periodReports.submit({ ...ref(), version: 1 }));
    expect(clientShape(partly).data.fieldErrors).toEqual({
      [`workPackages.${wpId}`]: ["Explain why WP1 was partly achieved"],
    });
  });

  it("lets partner people read the draft and keeps it from observers", async () => {
    const draft = await sardEditor.periodReports.get(ref());
    expect(draft.model.highlights).toBe("The partnership's first study visit.");
    expect(draft.meta).toMatchObject({ status: "draft", can: { edit: false, submit: false } });
    expect(draft.model.annexes.map((d) => d.id)).toEqual([privateDoc]);
    const denied = await trpcError(observer.periodReports.get(ref()));
    expect(denied.code).toBe("FORBIDDEN");
    expect(denied.message).toMatch(/once the lead coordinator has submitted it/);
    expect((await trpcError(observer.periodReports.textBlocks(ref()))).code).toBe("FORBIDDEN");
  });

  it("annexes library documents first, then the evidence, each once", async ({ h }) => {
    const { uploadDocument, bytesUpload } = await import("../documents/upload");
    const { documentFixtures } = await import("../testing/document-fixtures");
    const ctx = await documentFixtures(h).projectCtxFor(h.f.users.memberB.id, projectId);
    const agenda = await uploadDocument(
      ctx,
      {
        title: "Steering group agenda",
        description: "",
        category: "meeting_material",
        language: "en",
        tags: [],
        visibility: "partnership",
        folderId: null,
        ownerPartnerId: records.partners.crete,
      },
      bytesUpload("agenda.txt", "Agenda"),
    );
    const denied = await trpcError(
      sardEditor.periodReports.attachAnnexes({ ...ref(), documentIds: [agenda.id] }),
    );
    expect(denied.code).toBe("FORBIDDEN");
    await lead.periodReports.attachAnnexes({ ...ref(), documentIds: [agenda.id] });
    const annexes = async () =>
      (await lead.periodReports.get(ref())).model.annexes.map((d) => d.id);
    expect(await annexes()).toEqual([agenda.id, privateDoc]);
    // Annexing an evidence document too lists it once (attached documents in title order).
    await lead.periodReports.attachAnnexes({ ...ref(), documentIds: [privateDoc] });
    expect((await annexes()).sort()).toEqual([agenda.id, privateDoc].sort());
    await lead.periodReports.detachAnnex({ ...ref(), documentId: agenda.id });
    expect((await lead.periodReports.get(ref())).model.annexes.map((d) => d.id)).toEqual([
      privateDoc,
    ]);
    const gone = await trpcError(
      lead.periodReports.detachAnnex({ ...ref(), documentId: agenda.id }),
    );
    expect(gone.code).toBe("NOT_FOUND");
  });
});
