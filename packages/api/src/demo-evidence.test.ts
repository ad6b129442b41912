import { describe, expect } from "vitest";
import { seedDemoEvidence } from "./demo-evidence";
// The demo partnership on purpose: its evidence is seeded on top of the demo's reports.
import { demoTest as test } from "./testing/fixture";
import { trpcError } from "./testing/harness";

describe("the demo's evidence", () => {
  test("invoices and timesheets of period 2, private to each partner, attached to its items", async ({
    h,
    editor,
    viewer,
  }) => {
    const projectId = h.f.projectA.id;
    const made = await seedDemoEvidence(h.deps, projectId);
    const rows = await h.db
      .selectFrom("expenditure_evidence as e")
      .innerJoin("expenditure_items as i", "i.id", "e.item_id")
      .innerJoin("financial_reports as r", "r.id", "i.report_id")
      .innerJoin("documents as d", "d.id", "e.document_id")
      .select([
        "d.id",
        "d.title",
        "d.visibility",
        "d.owner_partner_id",
        "i.partner_id",
        "r.period_number",
      ])
      .where("i.project_id", "=", projectId)
      .execute();
    expect(rows).toHaveLength(made);
    const partners = new Set(rows.map((r) => r.partner_id));
    expect(partners.size).toBeGreaterThanOrEqual(8);
    for (const r of rows) {
      expect(r).toMatchObject({
        visibility: "partner",
        owner_partner_id: r.partner_id,
        period_number: 2,
      });
      expect(r.title).toMatch(/^(Invoice|Timesheet) /);
    }
    const stockholm = rows.find((r) => r.partner_id === h.f.partnersA.se);
    if (!stockholm) throw new Error("Stockholm has no demo evidence");
    expect((await editor.documents.get({ projectId, documentId: stockholm.id })).title).toBe(
      stockholm.title,
    );
    expect(
      (await trpcError(viewer.documents.get({ projectId, documentId: stockholm.id }))).code,
    ).toBe("NOT_FOUND");
    const version = await h.db
      .selectFrom("document_versions")
      .select(["mime_type", "size"])
      .where("document_id", "=", stockholm.id)
      .executeTakeFirstOrThrow();
    expect(version.mime_type).toBe("application/pdf");
    expect(version.size).toBeGreaterThan(1000);
  });
});
