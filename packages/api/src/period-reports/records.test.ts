import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { buildRecords } from "./test-records";

let b: Awaited<ReturnType<typeof buildRecords>>;

test.beforeAll(async ({ h }) => {
  b = await buildRecords(h);
});

const contributionRows = (h: Harness) =>
  h.db.selectFrom("report_contributions").select("id").where("project_id", "=", b.projectId);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("a partner's records of a period", () => {
  it("lists exactly the records of the period, by date, and reading creates nothing", async ({
    h,
  }) => {
    const got = await b.lead.periodReports.contributions.get({
      projectId: b.projectId,
      partnerId: b.partners.sardinia,
      periodNumber: 1,
    });
    expect(got.contribution).toBeNull();
    expect(got.period).toMatchObject({ number: 1, start: "2025-01-01", end: "2025-06-30" });
    const r = got.records;
    expect({
      eventsHosted: ids(r.eventsHosted),
      eventsAttended: ids(r.eventsAttended),
      goodPractices: ids(r.goodPractices),
      deliverables: ids(r.deliverables),
      actions: ids(r.actions),
      improvements: ids(r.improvements),
    }).toEqual(b.in1);
    expect(await contributionRows(h).execute()).toEqual([]);
  });

  it("dates each record by what placed it in the period and links to its page", async () => {
    const { records: r } = await b.lead.periodReports.contributions.get({
      projectId: b.projectId,
      partnerId: b.partners.sardinia,
      periodNumber: 1,
    });
    const base = `/projects/${b.projectId}`;
    expect(r.eventsHosted[0]).toMatchObject({ date: "2025-05-10", status: null });
    expect(r.eventsHosted[0]?.href).toBe(`${base}/learning/${r.eventsHosted[0]?.id}`);
    // Validated in the period: dated by validation; created in it: by creation.
    expect(r.goodPractices.map((p) => [p.date, p.status])).toEqual([
      ["2025-01-10", "validated"],
      ["2025-03-01", "draft"],
      ["2025-06-20", "validated"],
    ]);
    expect(r.goodPractices[1]?.href).toBe(`${base}/practices/${b.ids.gpDraft}`);
    // Due in the period, or approved in it (23:30 UTC on its last day still counts).
    expect(r.deliverables.map((d) => [d.code, d.date, d.status, d.approvedOn])).toEqual([
      ["D1.1", "2025-06-30", "in_progress", null],
      ["D1.2", "2025-06-30", "approved", "2025-06-30"],
    ]);
    expect(r.deliverables[0]?.href).toBe(`${base}/deliverables/${r.deliverables[0]?.id}`);
    const monitored = r.actions.find((a) => a.id === b.ids.aMonitored);
    expect(monitored).toMatchObject({
      date: "2025-03-01",
      status: "planned",
      href: `${base}/action-plans/${b.ids.planS}#action-${b.ids.aMonitored}`,
      monitoring: { progress: "on_track", percent: 40, comment: "Call drafted" },
    });
    expect(r.actions[0]?.monitoring).toBeNull();
    expect(r.improvements.map((i) => [i.date, i.status])).toEqual([
      ["2025-06-15", "validated"],
      ["2025-06-30", "achieved"],
    ]);
  });

  it("lists in the next period what happened then", async () => {
    const { records: r } = await b.lead.periodReports.contributions.get({
      projectId: b.projectId,
      partnerId: b.partners.sardinia,
      periodNumber: 2,
    });
    expect(r.eventsHosted.map((e) => e.date)).toEqual(["2025-07-01"]);
    expect(r.eventsAttended).toEqual([]);
    // The practice created in period 1 was validated in period 2: it shows in both.
    expect(r.goodPractices.map((p) => [p.date, p.status])).toEqual([
      ["2025-07-01", "submitted"],
      ["2025-09-01", "validated"],
    ]);
    expect(r.deliverables.map((d) => d.code)).toEqual(["D1.3", "D1.2", "D1.4"]);
    expect(r.actions.map((a) => a.monitoring)).toEqual([null, null]);
    expect(r.improvements.map((i) => i.date)).toEqual(["2025-07-01"]);
  });

  it("shows an observer only what observers may see, once the contribution is submitted", async ({
    h,
  }) => {
    const ref = { projectId: b.projectId, partnerId: b.partners.sardinia, periodNumber: 1 };
    const saved = await b.lead.periodReports.contributions.save({
      ...ref,
      activities: "Hosted a study visit on port circularity.",
      stakeholderInvolvement: "",
      communication: "",
      difficultiesDeviations: "",
    });
    await b.lead.periodReports.contributions.submit({ ...ref, version: saved.version });
    const observer = await h.f.newMember({ projectId: b.projectId, role: "observer" });
    const seen = await (await h.callerFor(observer.id)).periodReports.contributions.get(ref);
    expect(seen.contribution?.status).toBe("submitted");
    expect(seen.can.edit).toBe(false);
    // The draft practice is the partner's own work in progress.
    expect(ids(seen.records.goodPractices)).toEqual(
      b.in1.goodPractices.filter((id) => id !== b.ids.gpDraft),
    );
    expect(ids(seen.records.deliverables)).toEqual(b.in1.deliverables);
  });
});
