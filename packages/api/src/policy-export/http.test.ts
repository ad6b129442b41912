import type { ActionPlanStatus } from "@consortia/db";
import ExcelJS from "exceljs";
import { parseOfficeAsync } from "officeparser";
import { describe, expect } from "vitest";
import { CONTENT_TYPES as EXPORT_TYPES } from "../shared/http-kit";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { learningFixtures } from "../testing/learning-fixtures";
import { handleActionPlanExport } from "./http";
import { UNAVAILABLE_TITLE } from "./inspirations";

let draftId: string;
let reviewId: string;
let sharedPracticeTitle: string;
let hiddenPracticeTitle: string;

/**
 * Plans written straight into the tables (the export reads tables, not the policy services),
 * with good practices made through the learning module's real services.
 */
async function insertPlan(
  h: Harness,
  projectId: string,
  o: { title: string; status: ActionPlanStatus; language?: string },
) {
  const instrument = await h.db
    .insertInto("policy_instruments")
    .values({
      project_id: projectId,
      partner_id: h.f.partnersA.se,
      name: `Regionala utvecklingsplanen RUFS 2050 (${o.title})`,
      instrument_type: "regional_strategy",
      managing_authority: "Region Stockholm",
      territorial_level: "regional",
      is_main: false,
      baseline: "Ingen väg för små företag in i vården.",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return h.db
    .insertInto("action_plans")
    .values({
      project_id: projectId,
      policy_instrument_id: instrument.id,
      partner_id: h.f.partnersA.se,
      title: o.title,
      language: o.language ?? "sv",
      status: o.status,
      general_information: "Allmän information: Region Stockholm och KTH.",
      general_information_en: "General information: Region Stockholm and KTH.",
      policy_context: "Policykontext på svenska.",
      policy_context_en: "Policy context in English.",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

async function insertAction(
  h: Harness,
  projectId: string,
  planId: string,
  position: number,
  title: string,
  practiceId?: string,
) {
  const action = await h.db
    .insertInto("actions")
    .values({
      project_id: projectId,
      action_plan_id: planId,
      position,
      title,
      activities: "Två möten per år – Ωmega, ł, ř.",
      start_date: "2026-09-01",
      end_date: "2027-12-31",
      estimated_cost_eur: "120000.00",
      funding_sources: "ERUF",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (practiceId)
    await h.db
      .insertInto("action_inspirations")
      .values({
        project_id: projectId,
        action_id: action.id,
        kind: "good_practice",
        good_practice_id: practiceId,
      })
      .execute();
  return action.id;
}

test.beforeAll(async ({ h, projectId }) => {
  const fx = learningFixtures(h);
  const shared = await fx.newPractice({ status: "approved" });
  // Lombardy's draft: its people and the lead coordinators see it, Stockholm's do not.
  const hidden = await fx.newPractice({ ownerPartnerId: h.f.partnersA.it });
  const titleOf = async (id: string) =>
    (
      await h.db
        .selectFrom("good_practices")
        .select("title")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).title;
  sharedPracticeTitle = await titleOf(shared.id);
  hiddenPracticeTitle = await titleOf(hidden.id);

  draftId = (await insertPlan(h, projectId, { title: "Handlingsplan utkast", status: "draft" })).id;
  await insertAction(h, projectId, draftId, 1, "Snabbdejting mellan vård och företag", shared.id);
  reviewId = (
    await insertPlan(h, projectId, { title: "Handlingsplan för granskning", status: "in_review" })
  ).id;
  await insertAction(h, projectId, reviewId, 1, "Pilotfond för MedTech", hidden.id);
});

const exportAs = async (
  h: Harness,
  projectId: string,
  userId: string | null,
  planId: string,
  query = "format=pdf",
) =>
  handleActionPlanExport(
    await h.contextFor(userId ? await h.sessionFor(userId) : null),
    projectId,
    planId,
    new Request(
      `http://consortia.test/api/projects/${projectId}/action-plans/${planId}/export?${query}`,
    ),
  );

const bodyText = async (res: Response) =>
  (
    await parseOfficeAsync(Buffer.from(await res.arrayBuffer()), { outputErrorToConsole: false })
  ).replace(/\s+/g, " ");

describe("action plan export over HTTP", () => {
  it("answers 401 without a session and writes no audit row", async ({ h, projectId }) => {
    const before = await h.auditCount();
    const res = await exportAs(h, projectId, null, draftId);
    expect(res.status).toBe(401);
    expect(await h.auditCount()).toBe(before);
  });

  it("answers 404 for another partner's draft, exactly like an unknown plan", async ({
    h,
    projectId,
  }) => {
    const { partner_viewer, observer, memberB } = h.f.users;
    for (const who of [partner_viewer.id, observer.id]) {
      const res = await exportAs(h, projectId, who, draftId);
      expect(res.status).toBe(404);
      expect((await res.json()).error.message).toBe("Action plan not found");
    }
    expect((await exportAs(h, projectId, partner_viewer.id, crypto.randomUUID())).status).toBe(404);
    expect((await exportAs(h, projectId, partner_viewer.id, "not-a-uuid")).status).toBe(404);
    expect((await exportAs(h, projectId, memberB.id, draftId)).status).toBe(404);
  });

  it("gives the owning partner its draft as a PDF, and audits the export", async ({
    h,
    projectId,
  }) => {
    const before = await h.auditCount();
    const res = await exportAs(h, projectId, h.f.users.partner_editor.id, draftId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="ActionPlan-Region-Stockholm-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const text = await bodyText(res);
    expect(text).toContain("Handlingsplan utkast");
    expect(text).toContain("Snabbdejting mellan vård och företag");
    expect(text).toContain("Två möten per år – Ωmega, ł, ř.");
    expect(text).toContain(`Good practice: ${sharedPracticeTitle}`);
    expect(await h.auditCount()).toBe(before + 1);
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["entity", "entity_id", "action", "actor_id", "summary", "data"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      entity: "action_plan",
      entity_id: draftId,
      action: "export",
      actor_id: h.f.users.partner_editor.id,
      summary: 'Action plan "Handlingsplan utkast" exported as PDF',
      data: { format: "pdf", snapshot: null, actions: 1 },
    });
  });

  it("serves DOCX and XLSX with their content types", async ({ h, projectId }) => {
    const lead = h.f.users.lead_coordinator.id;
    const docx = await exportAs(h, projectId, lead, draftId, "format=docx");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe(EXPORT_TYPES.docx);
    expect(docx.headers.get("content-disposition")).toMatch(/\.docx"$/);
    expect(await bodyText(docx)).toContain("Part III – Details of the actions envisaged");

    const xlsx = await exportAs(h, projectId, lead, draftId, "format=xlsx");
    expect(xlsx.headers.get("content-type")).toBe(EXPORT_TYPES.xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const row = workbook.worksheets[2]?.getRow(2);
    expect(row?.getCell(2).value).toBe("Snabbdejting mellan vård och företag");
    expect(row?.getCell(10).value).toBe(120000);
    expect(row?.getCell(8).value).toEqual(new Date("2026-09-01T00:00:00Z"));
  });

  it("shows a plan in review to the partnership, without titles the caller may not see", async ({
    h,
    projectId,
  }) => {
    const mine = await bodyText(
      await exportAs(h, projectId, h.f.users.partner_viewer.id, reviewId),
    );
    expect(mine).toContain(`Good practice: ${hiddenPracticeTitle}`);
    const stockholm = await bodyText(
      await exportAs(h, projectId, h.f.users.partner_editor.id, reviewId),
    );
    expect(stockholm).toContain("Pilotfond för MedTech");
    expect(stockholm).toContain(`Good practice: ${UNAVAILABLE_TITLE}`);
    expect(stockholm).not.toContain(hiddenPracticeTitle);
  });

  it("refuses an unknown format with a field error", async ({ h, projectId }) => {
    const res = await exportAs(h, projectId, h.f.users.lead_coordinator.id, draftId, "format=odt");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fieldErrors.format).toEqual(["Choose pdf, docx or xlsx"]);
  });
});
