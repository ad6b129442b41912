import { readDelimited, readXlsxRows } from "@consortia/reports";
import { forbidden, invalid } from "../errors";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { checkItem, itemRules } from "./items-check";
import { IMPORT_COLUMNS, type ItemInput, itemSchema } from "./items-schemas";
import { nextPosition } from "./items-service";
import { CATEGORY_LABELS, codeOf, STAFF_BASIS_LABELS } from "./labels";
import { editableReport } from "./report-draft";

/**
 * Bulk entry of expenditure: rows pasted from a spreadsheet (tab-separated) or a CSV/XLSX
 * file, in the fixed layout below with a header row (the template download has it). Every row
 * is checked with the rules of a single item; one bad cell refuses the whole import, and each
 * problem is named by row and column ("Row 7, Amount declared: Not an amount").
 */

/** "31.03.2026" or "31/03/2026" → "2026-03-31"; ISO days stay. */
function day(text: string): string | null {
  if (text === "") return null;
  const m = text.match(/^(\d{1,2})[./](\d{1,2})[./](\d{4})$/);
  return m ? `${m[3]}-${m[2]?.padStart(2, "0")}-${m[1]?.padStart(2, "0")}` : text;
}

type Contracts = { id: string; reference: string; name: string }[];

/** One row's cells as an item; what cannot be read is noted against its field. */
function rowInput(cells: string[], contracts: Contracts, notes: Map<string, string>): unknown {
  const cell = (field: keyof ItemInput) => {
    const i = IMPORT_COLUMNS.findIndex((c) => c.field === field);
    return (cells[i] ?? "").trim();
  };
  const category = codeOf(CATEGORY_LABELS, cell("category"));
  if (!category) notes.set("category", "Not a cost category");
  const basisText = cell("staffBasis");
  const basis = basisText === "" ? null : codeOf(STAFF_BASIS_LABELS, basisText);
  if (basisText !== "" && !basis) notes.set("staffBasis", "Not a basis of employment");
  const contractText = cell("contractId");
  const contract = contracts.find((c) => c.reference === contractText || c.name === contractText);
  if (contractText !== "" && !contract)
    notes.set("contractId", "Not one of the partner's contracts");
  return {
    category: category ?? "external",
    internalReference: cell("internalReference"),
    invoiceNumber: cell("invoiceNumber"),
    invoiceDate: day(cell("invoiceDate")),
    paymentDate: day(cell("paymentDate")),
    description: cell("description"),
    totalInvoice: cell("totalInvoice"),
    vat: cell("vat"),
    declared: cell("declared"),
    currency: cell("currency") || "EUR",
    contractId: contract?.id ?? null,
    staffPerson: cell("staffPerson"),
    staffRole: cell("staffRole"),
    staffBasis: basis,
    staffSharePercent: cell("staffSharePercent"),
    staffHours: cell("staffHours"),
    staffSalary: cell("staffSalary"),
    evidenceIds: [],
  };
}

async function readRows(format: "paste" | "csv" | "xlsx", content: string) {
  if (format === "paste") return readDelimited(content);
  const bytes = Buffer.from(content, "base64");
  if (format === "csv") return readDelimited(bytes.toString("utf8"));
  try {
    return await readXlsxRows(bytes);
  } catch {
    throw invalid("This is not an XLSX file", { content: ["Choose an .xlsx file"] });
  }
}

const headerOf = (field: string) => IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;

export async function importItems(
  ctx: ProjectCtx,
  input: {
    partnerId: string;
    periodNumber: number;
    format: "paste" | "csv" | "xlsx";
    content: string;
  },
  now: Date,
) {
  if (!actsForPartner(ctx.access, input.partnerId))
    throw forbidden("Only the partner's editors and the lead coordinators change its expenditure");
  const rows = await readRows(input.format, input.content);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (IMPORT_COLUMNS.some((c, i) => header[i] !== c.header.toLowerCase()))
    throw invalid("The first row must be the template's header row", {
      content: [`Row 1: expected the columns ${IMPORT_COLUMNS.map((c) => c.header).join(", ")}`],
    });
  const body = rows
    .slice(1)
    .map((cells, i) => ({ n: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== ""));
  if (body.length === 0)
    throw invalid("There are no rows to import", {
      content: ["Row 2: no items below the header row"],
    });
  if (body.length > 2000)
    throw invalid("Import at most 2000 rows at a time", { content: ["Split the file"] });

  return ctx.db.transaction().execute(async (tx) => {
    const report = await editableReport(ctx, input.partnerId, input.periodNumber, now, tx);
    const rules = await itemRules(tx, ctx.access.projectId, input.partnerId, report.period);
    const contracts = await tx
      .selectFrom("contracts")
      .select(["id", "reference", "name"])
      .where("partner_id", "=", input.partnerId)
      .where("deleted_at", "is", null)
      .execute();
    const errors: string[] = [];
    const values = [];
    for (const { n, cells } of body) {
      const notes = new Map<string, string>();
      const parsed = itemSchema.safeParse(rowInput(cells, contracts, notes));
      if (parsed.success) {
        const checked = checkItem(parsed.data, rules);
        for (const [field, msgs] of Object.entries(checked.notes.notes))
          if (!notes.has(field)) notes.set(field, msgs.join("; "));
        if (notes.size === 0) values.push(checked.values);
      } else {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "");
          if (!notes.has(field)) notes.set(field, issue.message);
        }
      }
      for (const c of IMPORT_COLUMNS)
        if (notes.has(c.field)) errors.push(`Row ${n}, ${c.header}: ${notes.get(c.field)}`);
      for (const [field, msg] of notes)
        if (!IMPORT_COLUMNS.some((c) => c.field === field))
          errors.push(`Row ${n}, ${headerOf(field)}: ${msg}`);
    }
    if (errors.length)
      throw invalid(`Nothing was imported: ${errors.length} problems in ${body.length} rows`, {
        content: errors.slice(0, 200),
      });
    const first = await nextPosition(tx, report.id);
    await tx
      .insertInto("expenditure_items")
      .values(
        values.map((v, k) => ({
          ...v,
          project_id: ctx.access.projectId,
          partner_id: input.partnerId,
          report_id: report.id,
          position: first + k,
          created_by: ctx.actor.userId,
          updated_by: ctx.actor.userId,
        })),
      )
      .execute();
    await auditChange(tx, ctx, {
      entity: "expenditure_item",
      entityId: report.id,
      action: "import",
      summary: `Imported ${values.length} items of expenditure into period ${input.periodNumber}`,
      data: { count: values.length, format: input.format },
    });
    return { imported: values.length };
  });
}
