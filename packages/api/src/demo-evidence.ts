import { DEMO_LEAD_EMAIL } from "@consortia/db";
import { documentPdf } from "@consortia/reports";
import type { ApiDeps } from "./context";
import { withDemoActors } from "./demo-actors";
import { bytesUpload, uploadDocument } from "./documents/upload";
import { formatCents } from "./finance/rules";

/** How many items of each submitted report of period 2 get an invoice or timesheet. */
const PER_REPORT = 2;

/**
 * The demo's evidence (issue 18, "Demo partnership"): for the submitted reports of period 2,
 * an invoice (or, for staff costs, a timesheet) as a one-page PDF in the library, private to
 * the partner, attached to its item, uploaded through the documents service as the lead
 * coordinator so blobs, versions and audit are real. Runs once, right after the demo seed.
 */
export async function seedDemoEvidence(deps: ApiDeps, projectId: string): Promise<number> {
  const db = deps.db;
  return withDemoActors(deps, projectId, async (actors) => {
    const ctx = await actors.ctx(DEMO_LEAD_EMAIL);
    const items = await db
      .selectFrom("expenditure_items as i")
      .innerJoin("financial_reports as r", "r.id", "i.report_id")
      .innerJoin("partners as p", "p.id", "i.partner_id")
      .select([
        "i.id",
        "i.partner_id",
        "i.category",
        "i.invoice_number",
        "i.invoice_date",
        "i.description",
        "i.declared_cents",
        "i.currency",
        "i.staff_person",
        "p.name as partner",
        "i.position",
      ])
      .where("r.project_id", "=", projectId)
      .where("r.period_number", "=", 2)
      .where("r.status", "=", "submitted")
      .orderBy("p.name")
      .orderBy("i.position")
      .execute();
    const taken = new Map<string, number>();
    let made = 0;
    for (const item of items) {
      const n = taken.get(item.partner_id) ?? 0;
      if (n >= PER_REPORT) continue;
      taken.set(item.partner_id, n + 1);
      const staff = item.category === "staff";
      const title = staff
        ? `Timesheet ${item.staff_person ?? ""}, period 2`.replace("  ", " ")
        : `Invoice ${item.invoice_number || item.description.slice(0, 40)}`;
      const pdf = await documentPdf({
        info: { title, author: item.partner, subject: "Evidence of expenditure" },
        header: item.partner,
        footer: "Evidence of expenditure (demo)",
        blocks: [
          { kind: "heading", text: title, level: 1 },
          {
            kind: "table",
            header: false,
            widths: [35, 65],
            rows: [
              ["Partner", item.partner],
              ["Description", item.description],
              ["Date", item.invoice_date ?? "—"],
              ["Amount", `${formatCents(item.declared_cents)} ${item.currency}`],
            ],
          },
        ],
      });
      const doc = await uploadDocument(
        ctx,
        {
          title,
          description: `Evidence of "${item.description}"`,
          category: "other",
          language: "en",
          tags: ["evidence"],
          visibility: "partner",
          folderId: null,
          ownerPartnerId: item.partner_id,
        },
        bytesUpload(`${title.replace(/[^A-Za-z0-9]+/g, "-")}.pdf`, pdf),
      );
      await db
        .insertInto("expenditure_evidence")
        .values({ item_id: item.id, document_id: doc.id })
        .execute();
      made++;
    }
    return made;
  });
}
