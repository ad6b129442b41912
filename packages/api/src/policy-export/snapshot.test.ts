import { parseOfficeAsync } from "officeparser";
import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { handleActionPlanExport } from "./http";

let planId: string;
let practiceId: string;

/** Snapshot content in the policy module's format 1, as a submission stores it. */
function content(h: Harness, projectId: string, o: { format?: number; actionTitle?: string } = {}) {
  return {
    format: o.format ?? 1,
    project: { id: projectId, acronym: "MEDTECH-S3", title: "MedTech" },
    partner: { id: h.f.partnersA.se, name: "Region Stockholm", shortName: "x", country: "SE" },
    instrument: {
      id: crypto.randomUUID(),
      name: "RUFS 2050 som den var",
      instrumentType: "regional_strategy",
      managingAuthority: "Region Stockholm",
      territorialLevel: "regional",
      managedByPartner: true,
      isMain: false,
      description: "",
      baseline: "Utgångsläge vid inlämning.",
    },
    plan: {
      id: planId,
      title: "Handlingsplan som inlämnad",
      language: "sv",
      status: "draft",
      generalInformation: "Allmänt vid inlämning.",
      generalInformationEn: "General, as submitted.",
      policyContext: "Kontext vid inlämning.",
      policyContextEn: "Context, as submitted.",
      actionsSummaryEn: "One action.",
    },
    actions: [
      {
        id: crypto.randomUUID(),
        position: 1,
        title: o.actionTitle ?? "Åtgärd som inlämnad Ω",
        background: "Bakgrund.",
        activities: "Aktiviteter.",
        players: "Aktörer.",
        startDate: "2026-09-01",
        endDate: null,
        estimatedCostEur: "5000.00",
        fundingSources: "ERUF",
        status: "planned",
        summaryEn: "Action as submitted.",
        inspirations: [
          {
            linkId: crypto.randomUUID(),
            kind: "good_practice",
            id: practiceId,
            title: "Practice title when submitted",
            eventId: null,
            eventTitle: null,
            note: "",
          },
        ],
      },
    ],
  };
}

async function insertSnapshot(h: Harness, projectId: string, number: number, body: unknown) {
  await h.db
    .insertInto("action_plan_snapshots")
    .values({
      project_id: projectId,
      action_plan_id: planId,
      number,
      transition: "submit",
      content: JSON.stringify(body),
    })
    .execute();
}

test.beforeAll(async ({ h, learning, projectId }) => {
  practiceId = (await learning.newPractice({ status: "submitted" })).id;
  const instrument = await h.db
    .insertInto("policy_instruments")
    .values({
      project_id: projectId,
      partner_id: h.f.partnersA.se,
      name: "RUFS 2050 i dag",
      instrument_type: "regional_strategy",
      territorial_level: "regional",
      is_main: false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  planId = (
    await h.db
      .insertInto("action_plans")
      .values({
        project_id: projectId,
        policy_instrument_id: instrument.id,
        partner_id: h.f.partnersA.se,
        title: "Handlingsplan i dag",
        status: "in_review",
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await insertSnapshot(h, projectId, 1, content(h, projectId));
  await insertSnapshot(h, projectId, 2, content(h, projectId, { format: 2 }));
  await insertSnapshot(h, projectId, 3, {
    ...content(h, projectId),
    actions: [{ title: "no other fields" }],
  });
});

const exportAs = async (
  h: Harness,
  projectId: string,
  query: string,
  userId = h.f.users.lead_coordinator.id,
) =>
  handleActionPlanExport(
    await h.contextFor(await h.sessionFor(userId)),
    projectId,
    planId,
    new Request(
      `http://consortia.test/api/projects/${projectId}/action-plans/${planId}/export?${query}`,
    ),
  );

describe("exporting a stored snapshot", () => {
  it("prints the plan as submitted, with the snapshot named, and audits which one", async ({
    h,
    projectId,
  }) => {
    const res = await exportAs(h, projectId, "format=pdf&snapshot=1", h.f.users.observer.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="ActionPlan-Region-Stockholm-snapshot1-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const text = (
      await parseOfficeAsync(Buffer.from(await res.arrayBuffer()), { outputErrorToConsole: false })
    ).replace(/\s+/g, " ");
    expect(text).toContain("Handlingsplan som inlämnad");
    expect(text).not.toContain("Handlingsplan i dag");
    expect(text).toContain("RUFS 2050 som den var");
    expect(text).toContain("Åtgärd som inlämnad Ω");
    expect(text).toContain("Good practice: Practice title when submitted");
    expect(text).toContain("Snapshot 1 (submitted");
    expect(text).toContain("EUR 5,000.00");
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["entity_id", "summary", "data"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      entity_id: planId,
      summary: 'Action plan "Handlingsplan som inlämnad" exported as PDF (snapshot 1)',
      data: { format: "pdf", snapshot: 1 },
    });
  });

  it("refuses a snapshot that does not exist or is not a number, as a field error", async ({
    h,
    projectId,
  }) => {
    const missing = await exportAs(h, projectId, "format=pdf&snapshot=7");
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fieldErrors.snapshot).toEqual([
      "This action plan has no snapshot 7",
    ]);
    const garbage = await exportAs(h, projectId, "format=pdf&snapshot=abc");
    expect(garbage.status).toBe(400);
    expect((await garbage.json()).error.fieldErrors.snapshot).toEqual([
      "Give the snapshot's number",
    ]);
  });

  it("refuses content it cannot read with a clear error instead of a half-empty file", async ({
    h,
    projectId,
  }) => {
    const before = await h.auditCount();
    for (const n of [2, 3]) {
      const res = await exportAs(h, projectId, `format=docx&snapshot=${n}`);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.message).toBe("This snapshot cannot be exported");
      expect(body.error.fieldErrors.snapshot).toEqual([
        `Snapshot ${n} is stored in a format the export cannot read. Export the current plan instead.`,
      ]);
    }
    expect(await h.auditCount()).toBe(before);
  });
});
