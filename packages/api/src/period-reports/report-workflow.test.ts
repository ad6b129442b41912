import { sql } from "kysely";
import { describe, expect } from "vitest";
import { createEvent } from "../learning/events";
import type { ProjectCtx } from "../shared/service-context";
import { it, test } from "../testing/fixture";
import { type Caller, clientShape, type Harness, trpcError } from "../testing/harness";
import { learningFixtures } from "../testing/learning-fixtures";
import { buildReport } from "./test-report";

let projectId: string;
let lead: Caller;
let observer: Caller;
let sardEditor: Caller;
let ctx: ProjectCtx;
let sardinia: string;
let wpId: string;
let privateDoc: string;

test.beforeAll(async ({ h }) => {
  const built = await buildReport(h);
  ({ projectId, lead, observer, sardEditor, ctx, wpId, privateDoc } = built);
  sardinia = built.records.partners.sardinia;
});

const ref = () => ({ projectId, periodNumber: 1 });
const lastAudit = (h: Harness) =>
  h.db
    .selectFrom("audit_log")
    .select(["entity", "action", "data", "summary"])
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();

async function submitComplete(highlights: string) {
  const { meta } = await lead.periodReports.get(ref());
  const saved = await lead.periodReports.save({
    ...ref(),
    version: meta.version,
    highlights,
    workPackages: [{ workPackageId: wpId, achievement: "partly", explanation: "D1.3 slipped." }],
  });
  return lead.periodReports.submit({ ...ref(), version: saved.version });
}

describe("submitting, locking, reopening and comparing a period's report", () => {
  it("stores an immutable version and locks the period", async ({ h }) => {
    const submitted = await submitComplete("The first study visit took place in Cagliari.");
    expect(submitted).toMatchObject({ status: "submitted", number: 1 });
    expect(await lastAudit(h)).toMatchObject({
      entity: "period_report",
      action: "submit",
      data: { periodNumber: 1, reportVersion: 1 },
    });
    const { meta, model } = await lead.periodReports.get(ref());
    expect(meta).toMatchObject({ status: "submitted", can: { edit: false, reopen: true } });
    expect(meta.versions).toEqual([
      { number: 1, submittedAt: expect.any(String), submittedBy: expect.any(String) },
    ]);
    expect(model.report).toMatchObject({ status: "submitted", version: 1 });
    expect(model.report.submittedBy).toBe(meta.versions[0]?.submittedBy);

    // Locked: the report, its annexes, the partners' contributions and the indicator values.
    // Called one at a time: a call started early would reject before it is awaited.
    const locked = [
      () =>
        lead.periodReports.save({
          ...ref(),
          version: meta.version,
          highlights: "x",
          workPackages: [],
        }),
      () => lead.periodReports.attachAnnexes({ ...ref(), documentIds: [privateDoc] }),
      () =>
        sardEditor.periodReports.contributions.save({
          ...ref(),
          partnerId: h.f.partnerB,
          activities: "Late",
          stakeholderInvolvement: "",
          communication: "",
          difficultiesDeviations: "",
        }),
    ];
    for (const call of locked) expect((await trpcError(call())).code).toMatch(/CONFLICT|FORBIDDEN/);
    const contribution = await trpcError(
      lead.periodReports.contributions.save({
        ...ref(),
        partnerId: h.f.partnerB,
        activities: "Late",
        stakeholderInvolvement: "",
        communication: "",
        difficultiesDeviations: "",
        version: 1,
      }),
    );
    expect(contribution.code).toBe("CONFLICT");
    expect(contribution.message).toMatch(/contributions are locked/);
    const sardRow = await lead.periodReports.contributions.get({ ...ref(), partnerId: sardinia });
    const ret = await trpcError(
      lead.periodReports.contributions.return({
        ...ref(),
        partnerId: sardinia,
        version: sardRow.contribution?.version ?? 0,
        comment: "Add figures",
      }),
    );
    expect(ret.code).toBe("CONFLICT");
    const le = (await lead.indicators.list({ projectId })).indicators.find((i) => i.code === "LE");
    const value = await trpcError(
      lead.indicators.setValue({
        projectId,
        indicatorId: le?.id ?? "",
        periodNumber: 1,
        value: "9",
        justification: "Counted by hand",
      }),
    );
    expect(value.code).toBe("CONFLICT");
    expect(value.message).toMatch(/indicator values are locked/);
    // Other periods stay open.
    await lead.indicators.setValue({
      projectId,
      indicatorId: le?.id ?? "",
      periodNumber: 2,
      value: "1",
      justification: "A webinar counted by hand",
    });
  });

  it("keeps the submitted report as it was when records change", async ({ h }) => {
    const before = await lead.periodReports.get(ref());
    const event = await createEvent(
      ctx,
      learningFixtures(h).eventInput({
        hostPartnerId: sardinia,
        startDate: "2025-06-01",
        endDate: "2025-06-01",
        country: "IT",
      }),
    );
    await h.db
      .updateTable("deliverables")
      .set({ title: "Renamed after submission" })
      .where("project_id", "=", projectId)
      .execute();
    const after = await lead.periodReports.get(ref());
    expect(after.model).toEqual(before.model);
    expect(after.model.outputs.some((o) => o.id === event.id)).toBe(false);
    expect((await lead.periodReports.get({ ...ref(), version: 1 })).model).toEqual(before.model);
    // The database refuses to change or delete a version.
    await expect(sql`update period_report_versions set number = 5`.execute(h.db)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(sql`delete from period_report_versions`.execute(h.db)).rejects.toThrow(
      /cannot be changed/,
    );
    // Observers read the submitted version, without the partner's private evidence.
    const seen = await observer.periodReports.get(ref());
    expect(seen.model.report.version).toBe(1);
    expect(seen.model.annexes).toEqual([]);
    expect(seen.model.deliverables.find((d) => d.code === "D1.1")?.evidence).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(privateDoc);
    const missing = await trpcError(lead.periodReports.get({ ...ref(), version: 7 }));
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("reopens with a reason; the next submission is a new version, and versions compare", async ({
    h,
  }) => {
    const { meta } = await lead.periodReports.get(ref());
    const short = await trpcError(
      lead.periodReports.reopen({ ...ref(), version: meta.version, reason: "fix" }),
    );
    expect(short.code).toBe("BAD_REQUEST");
    expect(clientShape(short).data.fieldErrors).toHaveProperty("reason");
    const stale = await trpcError(
      lead.periodReports.reopen({ ...ref(), version: meta.version - 1, reason: "Wrong figures" }),
    );
    expect(stale.code).toBe("CONFLICT");
    const reason = "The programme officer asked to add the June study visit.";
    const reopened = await lead.periodReports.reopen({ ...ref(), version: meta.version, reason });
    expect(reopened.status).toBe("draft");
    expect(await lastAudit(h)).toMatchObject({ action: "reopen", data: { reason } });
    const draft = await lead.periodReports.get(ref());
    expect(draft.meta).toMatchObject({
      status: "draft",
      reopenReason: reason,
      can: { edit: true },
    });
    expect(draft.model.report.version).toBeNull();
    // The observer keeps reading version 1 while the lead corrects the draft.
    expect((await observer.periodReports.get(ref())).model.report.version).toBe(1);

    const live = await lead.periodReports.compare({ ...ref(), from: 1 });
    expect(live.to.version).toBeNull();
    expect(live.differences).toContainEqual(
      expect.objectContaining({ section: "outputs", field: "listed", before: null }),
    );
    expect(live.differences).toContainEqual(
      expect.objectContaining({
        section: "deliverables",
        key: "D1.1",
        field: "title",
        after: "Renamed after submission",
      }),
    );

    const second = await submitComplete(
      "The first study visits took place in Cagliari and Chania.",
    );
    expect(second.number).toBe(2);
    const diff = await observer.periodReports.compare({ ...ref(), from: 1, to: 2 });
    expect(diff.differences).toContainEqual(
      expect.objectContaining({
        section: "highlights",
        key: "highlights",
        before: "The first study visit took place in Cagliari.",
        after: "The first study visits took place in Cagliari and Chania.",
      }),
    );
    const list = await observer.periodReports.list({ projectId });
    expect(list[0]).toMatchObject({ status: "submitted", latestVersion: 2 });
    expect((await observer.periodReports.get({ ...ref(), version: 1 })).model.highlights).toBe(
      "The first study visit took place in Cagliari.",
    );
    const blocks = await observer.periodReports.textBlocks(ref());
    expect(blocks.find((b) => b.key === "summary")).toMatchObject({
      limit: 5000,
      text: "The first study visits took place in Cagliari and Chania.",
      over: false,
    });
    expect(blocks.find((b) => b.key === "communication")?.text).toBe(
      "Sardegna: Two press releases.",
    );
  });

  it("lets versions go only with their report", async ({ h }) => {
    await sql`delete from period_reports where project_id = ${projectId}`.execute(h.db);
    const left = await h.db
      .selectFrom("period_report_versions")
      .select("id")
      .where("project_id", "=", projectId)
      .execute();
    expect(left).toEqual([]);
  });
});
