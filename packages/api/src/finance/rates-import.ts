import { readDelimited } from "@consortia/reports";
import { invalid } from "../errors";

/**
 * Reading a table of monthly rates (CSV, semicolon- or tab-separated text). Two layouts are
 * recognised by their header row, which may follow a few title lines:
 * - ours: `currency, month, rate` (month as 2026-03; rate in units per euro);
 * - the Commission's InforEuro monthly file: a country column, the currency's name and its
 *   ISO code, the rate ("Value" or "Amount") and, when the file holds several months, a date;
 *   a file of one month has no date column and the month is given with the import. Rows of
 *   euro-area countries (code EUR) are skipped there.
 * All rows or none: every bad row is reported as "Row N, Column: problem".
 */

export type RateRow = { currency: string; month: string; rate: string };

const norm = (h: string) =>
  h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const isCode = (h: string) => /\b(iso|code)\b/.test(h);
const isCurrency = (h: string) => isCode(h) || h === "currency";
const isRate = (h: string) => /\brate\b/.test(h) || h === "value" || h === "amount";
const isMonth = (h: string) => /\b(month|date|period)\b/.test(h);

type Layout = { header: number; currency: number; rate: number; month: number; inforEuro: boolean };

function findLayout(rows: string[][]): Layout | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const heads = (rows[i] ?? []).map(norm);
    const code = heads.findIndex(isCode);
    const currency = code >= 0 ? code : heads.findIndex(isCurrency);
    const rate = heads.findIndex(isRate);
    if (currency < 0 || rate < 0) continue;
    return {
      header: i,
      currency,
      rate,
      month: heads.findIndex(isMonth),
      inforEuro: heads.some((h) => h.includes("country")),
    };
  }
  return null;
}

/** "2026-03", "2026-03-01", "03/2026", "03-2026", "01/03/2026", "01.03.2026" → "2026-03". */
export function readMonth(text: string): string | null {
  const t = text.trim();
  const iso = t.match(/^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/);
  const european = t.match(/^(?:\d{1,2}[./-])?(\d{1,2})[./-](\d{4})$/);
  const [year, month] = iso ? [iso[1], iso[2]] : european ? [european[2], european[1]] : [];
  const mm = Number(month);
  if (!year || !(mm >= 1 && mm <= 12)) return null;
  return `${year}-${String(mm).padStart(2, "0")}`;
}

const RATE = /^\d{1,8}([.,]\d{1,6})?$/;

export function readRates(content: string, month: string | null): RateRow[] {
  const rows = readDelimited(content);
  const layout = findLayout(rows);
  if (!layout)
    throw invalid("The file has no header row with a currency and a rate column", {
      content: ["Start with a header row: currency, month, rate"],
    });
  if (layout.month < 0 && month === null)
    throw invalid("Give the month of these rates", {
      month: ["The file has no month column: choose the month the rates are for"],
    });
  const errors: string[] = [];
  const out: RateRow[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (i <= layout.header || row.every((c) => c === "")) return;
    const n = i + 1;
    const currency = (row[layout.currency] ?? "").toUpperCase();
    if (layout.inforEuro && currency === "EUR") return;
    const rate = (row[layout.rate] ?? "").replace(/\s/g, "");
    const rowMonth = layout.month >= 0 ? readMonth(row[layout.month] ?? "") : month;
    const problems: string[] = [];
    if (!/^[A-Z]{3}$/.test(currency)) problems.push(`Row ${n}, Currency: not a three-letter code`);
    else if (currency === "EUR") problems.push(`Row ${n}, Currency: the euro needs no rate`);
    if (!rowMonth) problems.push(`Row ${n}, Month: use a month like 2026-03`);
    if (!RATE.test(rate) || Number(rate.replace(",", ".")) <= 0)
      problems.push(`Row ${n}, Rate: not a rate above 0 with at most 6 decimals`);
    const key = `${currency}|${rowMonth}`;
    if (problems.length === 0 && seen.has(key))
      problems.push(`Row ${n}: ${currency} for ${rowMonth} is given twice`);
    seen.add(key);
    if (problems.length) errors.push(...problems);
    else if (rowMonth) out.push({ currency, month: rowMonth, rate });
  });
  if (errors.length)
    throw invalid(`Nothing was imported: ${errors.length} problems in the file`, {
      content: errors.slice(0, 100),
    });
  if (out.length === 0) throw invalid("The file has no rates", { content: ["No rate rows found"] });
  return out;
}
