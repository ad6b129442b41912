import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import { type Caller, trpcError } from "../testing/harness";
import { buildReport } from "./test-report";

// Issue 16, item 7: before a lead coordinator confirms a submission, the API says what the
// submission locks and what it leaves incomplete (empty work-package explanations, partners
// whose contribution is not submitted).

let projectId: string;
let lead: Caller;
let observer: Caller;
let sardEditor: Caller;
let wpId: string;
let crete: string;

test.beforeAll(async ({ h }) => {
  const built = await buildReport(h);
  ({ projectId, lead, observer, sardEditor, wpId } = built);
  crete = built.records.partners.crete;
});

const ref = () => ({ projectId, periodNumber: 1 });

describe("what a period report's submission locks and leaves incomplete", () => {
  it("lists what stops the submission, empty explanations and missing contributions", async () => {
    const before = await lead.periodReports.readiness(ref());
    expect(before).toMatchObject({
      periodNumber: 1,
      status: "not_started",
      nextVersion: 1,
      locks: { contributions: { submitted: 1, total: 2 }, indicatorValues: true, report: true },
    });
    expect(before.blocking).toEqual({
      highlights: ["Write the highlights of the period before submitting"],
      [`workPackages.${wpId}`]: ["Assess WP1: fully, partly or not achieved"],
    });
    expect(before.incomplete.workPackages).toEqual([
      { id: wpId, number: 1, title: expect.any(String), achievement: null },
    ]);
    // Sardegna submitted; Crete's contribution is still a draft.
    expect(before.incomplete.contributions).toEqual([
      { partnerId: crete, partner: expect.any(String), status: "draft" },
    ]);

    // "Fully achieved" needs no explanation to submit, but the missing one is still told.
    const { meta } = await lead.periodReports.get(ref());
    await lead.periodReports.save({
      ...ref(),
      version: meta.version,
      highlights: "The first study visit took place in Cagliari.",
      workPackages: [{ workPackageId: wpId, achievement: "fully", explanation: "" }],
    });
    const ready = await lead.periodReports.readiness(ref());
    expect(ready.blocking).toEqual({});
    expect(ready.status).toBe("draft");
    expect(ready.incomplete.workPackages).toEqual([
      { id: wpId, number: 1, title: expect.any(String), achievement: "fully" },
    ]);
    expect(ready.incomplete.contributions.map((c) => c.partnerId)).toEqual([crete]);
  });

  it("is asked by lead coordinators only, for a period that has begun", async () => {
    for (const caller of [observer, sardEditor])
      expect((await trpcError(caller.periodReports.readiness(ref()))).code).toBe("FORBIDDEN");
    const future = await trpcError(lead.periodReports.readiness({ projectId, periodNumber: 9 }));
    expect(["BAD_REQUEST", "NOT_FOUND"]).toContain(future.code);
  });
});
