import { type Column, csvBuffer, type Sheet, tableOf, xlsxBuffer } from "@consortia/reports";
import { z } from "zod";
import type { Context } from "../context";
import { exportAudit, exportRoute, inProject } from "../shared/export-route";
import { CONTENT_TYPES, fileSafe } from "../shared/http-kit";
import type { ProjectCtx } from "../shared/service-context";
import { getBudget } from "./budget-plan";
import { CATEGORY_LABELS } from "./budget-schemas";

/**
 * The spending-plan template (issue 18, "Budget"): one row per partner × real-cost category,
 * one column per reporting period, filled with the current draft (or latest version), so a
 * lead coordinator can download it, fill it in a spreadsheet and import it back. XLSX has an
 * instructions sheet; CSV is the table alone.
 */

export const TEMPLATE_SHEET = "Budget";
export const PARTNER_HEADER = "Partner";
export const CATEGORY_HEADER = "Category";
export const periodHeader = (p: { number: number; start: string; end: string }) =>
  `Period ${p.number} (${p.start} to ${p.end})`;

type Budget = Awaited<ReturnType<typeof getBudget>>;
type Row = { partner: string; category: string; amounts: (number | null)[] };

export const TEMPLATE_INSTRUCTIONS = [
  "Fill in the sheet 'Budget': one row per partner and real-cost category, one column per reporting period.",
  "Amounts are in euros, like 1234.56 or 1 234,56; leave a cell empty (or 0) for nothing planned.",
  "Flat-rate categories (such as office and administration) are computed by Consortia: they are not in the template and must not be added.",
  "Keep the 'Partner' column as the partners' short names and the 'Category' column as the category names; do not change the header row.",
  "Importing replaces the whole draft budget; a file with any bad cell is refused as a whole, with the list of cells to fix.",
  "Once the budget is approved it is locked and can no longer be imported.",
];

export function templateTable(b: Budget) {
  const real = b.categories.filter((c) => !c.computed);
  const cell = new Map(
    b.lines
      .filter((l) => !l.computed)
      .map((l) => [`${l.partnerId}|${l.category}|${l.periodNumber}`, l.amountCents]),
  );
  const rows: Row[] = b.partners.flatMap((p) =>
    real.map((c) => ({
      partner: p.shortName,
      category: CATEGORY_LABELS[c.category],
      amounts: b.periods.map((period) => {
        const cents = cell.get(`${p.id}|${c.category}|${period.number}`);
        return cents === undefined ? null : cents / 100;
      }),
    })),
  );
  const columns: Column<Row>[] = [
    { header: PARTNER_HEADER, kind: "text", width: 24, value: (r) => r.partner },
    { header: CATEGORY_HEADER, kind: "text", width: 34, value: (r) => r.category },
    ...b.periods.map(
      (p, i): Column<Row> => ({
        header: periodHeader(p),
        kind: "eur",
        width: 16,
        value: (r) => r.amounts[i] ?? null,
      }),
    ),
  ];
  return tableOf({ name: "budget", title: TEMPLATE_SHEET, columns }, rows);
}

function instructionsSheet(): Sheet {
  return {
    ...tableOf(
      {
        name: "instructions",
        title: "Instructions",
        columns: [{ header: "Instructions", kind: "text", width: 110, value: (r: string) => r }],
      },
      TEMPLATE_INSTRUCTIONS,
    ),
    filter: false,
  };
}

export async function renderTemplate(ctx: ProjectCtx, format: "xlsx" | "csv") {
  const budget = await getBudget(ctx);
  const table = templateTable(budget);
  const bytes =
    format === "csv"
      ? await csvBuffer(table)
      : await xlsxBuffer([table, instructionsSheet()], {
          created: new Date(),
          title: "Budget template",
        });
  return { bytes, rows: table.rows.length, budget };
}

const templateQuery = z.strictObject({ format: z.enum(["xlsx", "csv"], "Choose xlsx or csv") });

/** GET /api/projects/:projectId/finance/budget/template?format=xlsx|csv — audited. */
export function handleBudgetTemplate(ctx: Context, projectId: string, req: Request) {
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: (q) => templateQuery.parse({ format: q.get("format") ?? "xlsx" }),
    load: async (pctx, q) => {
      const [file, project] = await Promise.all([
        renderTemplate(pctx, q.format),
        pctx.db
          .selectFrom("projects")
          .select("acronym")
          .where("id", "=", projectId)
          .executeTakeFirstOrThrow(),
      ]);
      return { ...file, acronym: project.acronym };
    },
    render: (m) => m.bytes,
    head: (m, q) => ({
      type: CONTENT_TYPES[q.format],
      fileName: `${fileSafe(m.acronym)}-budget-template.${q.format}`,
      headers: { "X-Export-Rows": String(m.rows) },
    }),
    audit: (pctx, m, q) =>
      exportAudit(pctx, {
        entity: "budget_version",
        entityId: m.budget.version?.id ?? null,
        summary: `Budget template downloaded as ${q.format.toUpperCase()}`,
        data: { format: q.format, rows: m.rows },
      }),
  });
}
