import type { CostCategory } from "@consortia/db";
import { readCsvRows, readXlsxRows, type SheetRows } from "@consortia/reports";
import { invalid } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import {
  amountProblem,
  categoryProblem,
  type PlanFrame,
  periodProblem,
  planFrame,
} from "./budget-cells";
import { changeDraft } from "./budget-plan";
import type { BudgetLine } from "./budget-read";
import { CATEGORY_LABELS, MAX_IMPORT_BYTES } from "./budget-schemas";
import { CATEGORY_HEADER, PARTNER_HEADER, TEMPLATE_SHEET } from "./budget-template";
import { formatCents, parseAmount, sumCents } from "./rules";

/**
 * Importing the spending-plan template (XLSX or CSV): every cell is checked, and a file with
 * any bad cell is refused as a whole with one message per cell ("C4: …", as the spreadsheet
 * names it); a good file replaces the whole draft in one transaction.
 */

/** Column letters of a 0-based index (0 → A, 26 → AA). */
const letters = (i: number): string =>
  i < 0 ? "" : letters(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
const cellRef = (row: number, col: number) => `${letters(col)}${row + 1}`;

const MAX_ERRORS = 100;

class CellErrors {
  readonly errors: Record<string, string[]> = {};
  count = 0;
  add(ref: string, message: string) {
    this.count++;
    if (this.count <= MAX_ERRORS) this.errors[ref] = [...(this.errors[ref] ?? []), message];
  }
  throwIfAny() {
    if (!this.count) return;
    const more = this.count > MAX_ERRORS ? ` (the first ${MAX_ERRORS} are listed)` : "";
    throw invalid(
      `The file was not imported: ${this.count} cell(s) need attention${more}; nothing was changed`,
      this.errors,
    );
  }
}

type Header = { partnerCol: number; categoryCol: number; periods: Map<number, number> };

function readHeader(frame: PlanFrame, head: string[], errors: CellErrors): Header {
  const norm = head.map((h) => h.trim().toLowerCase());
  const partnerCol = norm.indexOf(PARTNER_HEADER.toLowerCase());
  const categoryCol = norm.indexOf(CATEGORY_HEADER.toLowerCase());
  if (partnerCol < 0) errors.add("A1", `The header row has no '${PARTNER_HEADER}' column`);
  if (categoryCol < 0) errors.add("B1", `The header row has no '${CATEGORY_HEADER}' column`);
  const periods = new Map<number, number>();
  head.forEach((h, col) => {
    if (col === partnerCol || col === categoryCol || !h.trim()) return;
    const m = h.trim().match(/^period\s+(\d{1,3})\b/i);
    if (!m) {
      errors.add(cellRef(0, col), `Unknown column '${h}': expected 'Period N'`);
      return;
    }
    const n = Number(m[1]);
    const problem = periodProblem(frame, n);
    if (problem) errors.add(cellRef(0, col), `Period ${n}: ${problem}`);
    else if ([...periods.values()].includes(n))
      errors.add(cellRef(0, col), `Period ${n} has two columns`);
    else periods.set(col, n);
  });
  return { partnerCol, categoryCol, periods };
}

function matchers(frame: PlanFrame) {
  const partners = new Map<string, string>();
  for (const p of frame.partners)
    for (const k of [p.id, p.shortName, p.name]) partners.set(k.trim().toLowerCase(), p.id);
  const categories = new Map<string, CostCategory>();
  for (const [c, label] of Object.entries(CATEGORY_LABELS) as [CostCategory, string][]) {
    categories.set(c, c);
    categories.set(label.toLowerCase(), c);
  }
  return {
    partner: (t: string) => partners.get(t.trim().toLowerCase()),
    category: (t: string) => categories.get(t.trim().toLowerCase()),
  };
}

/** The cells of the sheet as budget lines (zeros dropped), or every bad cell reported. */
export function linesOfSheet(frame: PlanFrame, rows: SheetRows): BudgetLine[] {
  const errors = new CellErrors();
  const head = rows[0] ?? [];
  const header = readHeader(frame, head, errors);
  errors.throwIfAny();
  const find = matchers(frame);
  const lines: BudgetLine[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, r) => {
    if (r === 0 || row.every((c) => !c.trim()) || row[0]?.trim().startsWith("#")) return;
    const partnerText = row[header.partnerCol] ?? "";
    const categoryText = row[header.categoryCol] ?? "";
    const partnerId = find.partner(partnerText);
    const category = find.category(categoryText);
    if (!partnerId)
      errors.add(
        cellRef(r, header.partnerCol),
        partnerText ? `Unknown partner '${partnerText}'` : "Name the partner (its short name)",
      );
    if (!category)
      errors.add(
        cellRef(r, header.categoryCol),
        categoryText ? `Unknown cost category '${categoryText}'` : "Name the cost category",
      );
    const problem = category ? categoryProblem(frame, category) : null;
    if (problem) errors.add(cellRef(r, header.categoryCol), problem);
    if (partnerId && category) {
      const key = `${partnerId}|${category}`;
      const first = seen.get(key);
      if (first !== undefined)
        errors.add(
          cellRef(r, header.partnerCol),
          `${partnerText} / ${categoryText} is already on row ${first + 1}`,
        );
      seen.set(key, r);
    }
    for (const [col, periodNumber] of header.periods) {
      const text = (row[col] ?? "").trim();
      if (!text) continue;
      const cents = parseAmount(text);
      const amount =
        cents === null ? "Not an amount: give euros, like 1234.56" : amountProblem(cents);
      if (amount) errors.add(cellRef(r, col), `${amount} (found '${text}')`);
      else if (cents && partnerId && category && !problem)
        lines.push({ partnerId, category, periodNumber, amountCents: cents });
    }
  });
  errors.throwIfAny();
  return lines;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function readRows(fileName: string, bytes: Uint8Array): Promise<SheetRows> {
  const name = fileName.toLowerCase();
  const xlsx = name.endsWith(".xlsx");
  if (!xlsx && !name.endsWith(".csv"))
    throw invalid("Choose the template as an .xlsx or .csv file", {
      fileName: ["Only .xlsx and .csv files can be imported"],
    });
  if (xlsx !== isZip(bytes))
    throw invalid("The file's content does not match its name", {
      fileName: [xlsx ? "This is not an Excel workbook (.xlsx)" : "This is not a CSV text file"],
    });
  try {
    return xlsx ? await readXlsxRows(bytes, TEMPLATE_SHEET) : readCsvRows(bytes);
  } catch {
    throw invalid("The file cannot be read", {
      fileName: [`This ${xlsx ? "workbook" : "CSV file"} is damaged or not a spreadsheet`],
    });
  }
}

/** The lead coordinator imports the template: the whole draft is replaced, or nothing. */
export async function importBudget(
  ctx: ProjectCtx,
  input: { fileName: string; contentBase64: string; version: number },
) {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
  if (bytes.byteLength === 0)
    throw invalid("The file is empty", { fileName: ["The file is empty"] });
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw invalid("The file is larger than 2 MB", { fileName: ["At most 2 MB"] });
  const rows = await readRows(input.fileName, bytes);
  const frame = await planFrame(ctx.db, ctx.access.projectId);
  const lines = linesOfSheet(frame, rows);
  const total = sumCents(lines.map((l) => l.amountCents));
  const summary = `Budget draft imported from ${input.fileName}: ${lines.length} cell(s), EUR ${formatCents(total)} (before flat rates)`;
  const saved = await changeDraft(ctx, input.version, summary, async (db, draftId) => {
    await db.deleteFrom("budget_lines").where("budget_version_id", "=", draftId).execute();
    for (let i = 0; i < lines.length; i += 1000)
      await db
        .insertInto("budget_lines")
        .values(
          lines.slice(i, i + 1000).map((l) => ({
            budget_version_id: draftId,
            partner_id: l.partnerId,
            category: l.category,
            period_number: l.periodNumber,
            amount_cents: l.amountCents,
          })),
        )
        .execute();
  });
  return { ...saved, cells: lines.length, totalCents: total };
}
