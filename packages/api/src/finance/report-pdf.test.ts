import { parseOfficeAsync } from "officeparser";
import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { addRate, draftReport } from "./report-fixtures";
import { handleFinancialReportPdf } from "./report-pdf";
import { submitReport } from "./report-workflow";

let reportId: string;

test.beforeAll(async ({ h }) => {
  const projectId = h.f.projectA.id;
  const partnerId = h.f.partnersA.se;
  const now = new Date();
  await addRate(h.db, projectId, "SEK", `${now.toISOString().slice(0, 7)}-01`, "11.500000");
  reportId = await draftReport(h.db, projectId, partnerId, 2, [
    { category: "staff", declaredCents: 1_234_567, staffPerson: "Ingrid Salary-Person" },
    { category: "travel", declaredCents: 230_000, currency: "SEK" },
  ]);
  const ctx = await h.projectCtxFor(h.f.users.partner_editor.id);
  await submitReport(ctx, { partnerId, periodNumber: 2, version: 1 }, now);
});

const pdfFor = async (h: Harness, userId: string | null, query = "", partnerId?: string) => {
  const projectId = h.f.projectA.id;
  const p = partnerId ?? h.f.partnersA.se;
  return handleFinancialReportPdf(
    await h.contextFor(userId ? await h.sessionFor(userId) : null),
    projectId,
    "2",
    p,
    new Request(
      `http://consortia.test/api/projects/${projectId}/finance/reports/2/${p}/pdf${query}`,
    ),
  );
};

const text = async (res: Response) =>
  (
    await parseOfficeAsync(Buffer.from(await res.arrayBuffer()), { outputErrorToConsole: false })
  ).replace(/\s+/g, " ");

describe("the financial report as PDF", () => {
  it("shows the partner its staff details, and the lead the totals without them", async ({ h }) => {
    const own = await pdfFor(h, h.f.users.partner_editor.id);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toContain("application/pdf");
    const ownText = await text(own);
    expect(ownText).toContain("Ingrid Salary-Person");
    expect(ownText).toContain("12,345.67");
    expect(ownText).toContain("Financial overview");

    const lead = await text(await pdfFor(h, h.f.users.lead_coordinator.id, "?version=1"));
    expect(lead).not.toContain("Ingrid Salary-Person");
    // Staff 12,345.67 + 15 % office (1,851.85) + 2,300 SEK / 11.5 (200.00).
    expect(lead).toContain("Total eligible: EUR 14,397.52");
    expect(lead).toContain("Programme fund (80 %) 11,518.02");
    expect(lead).toContain("Version 1 as submitted");

    const other = await text(await pdfFor(h, h.f.users.editorIt.id));
    expect(other).not.toContain("Ingrid Salary-Person");
    expect(other).toContain("seen by the partner only");

    const audit = await h.db
      .selectFrom("audit_log")
      .select(["action", "data"])
      .where("entity_id", "=", reportId)
      .where("action", "=", "export")
      .execute();
    expect(audit).toHaveLength(3);
  });

  it("answers 404 to an unknown version or partner and 401 without a session", async ({ h }) => {
    expect((await pdfFor(h, h.f.users.lead_coordinator.id, "?version=7")).status).toBe(404);
    expect((await pdfFor(h, h.f.users.lead_coordinator.id, "", h.f.partnerB)).status).toBe(404);
    expect((await pdfFor(h, null)).status).toBe(401);
  });
});
