import { COST_CATEGORIES, PROCUREMENT_TYPES, STAFF_BASES } from "@consortia/db/schema";
import { z } from "zod";
import { isoDate, periodNumber, version } from "../shared/fields";

/**
 * The input fields of the list of expenditure, its contracts and the rate table (client-safe:
 * the forms import them). Amounts arrive as the text a person typed ("1234.56", "1 234,56")
 * and are read by `parseAmount` in the services, so a form and a pasted row follow one rule.
 */

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
/** An amount as typed; "" where the field is optional and left empty. */
const amountText = z.string().trim().max(30, "Not an amount");
export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as EUR");
export const monthText = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2026-03");

export const itemFields = {
  category: z.enum(COST_CATEGORIES, "Choose a cost category"),
  internalReference: text(100),
  invoiceNumber: text(100),
  invoiceDate: isoDate.nullable(),
  paymentDate: isoDate.nullable(),
  description: z
    .string()
    .trim()
    .min(1, "Describe the expenditure")
    .max(2000, "At most 2000 characters"),
  totalInvoice: amountText,
  vat: amountText,
  declared: amountText,
  currency: currencyCode,
  contractId: z.uuid("Choose a contract").nullable(),
  staffPerson: text(200),
  staffRole: text(200),
  staffBasis: z.enum(STAFF_BASES, "Choose how the person is employed").nullable(),
  staffSharePercent: text(20),
  staffHours: text(20),
  staffSalary: amountText,
  evidenceIds: z.array(z.uuid("Choose a document")).max(20, "At most 20 documents"),
};
export const itemSchema = z.strictObject(itemFields);
export type ItemInput = z.infer<typeof itemSchema>;

type ImportColumn = { header: string; field: keyof ItemInput; hint: string };

/** The fixed layout of a bulk import of expenditure, in order (the template's header row). */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { header: "Cost category", field: "category", hint: "Staff costs, Travel and accommodation, …" },
  { header: "Internal reference", field: "internalReference", hint: "optional" },
  { header: "Invoice number", field: "invoiceNumber", hint: "optional" },
  { header: "Invoice date", field: "invoiceDate", hint: "2026-03-31, optional" },
  { header: "Payment date", field: "paymentDate", hint: "2026-04-15" },
  { header: "Description", field: "description", hint: "what was bought or done" },
  { header: "Total invoice amount", field: "totalInvoice", hint: "1234.56, optional" },
  { header: "VAT", field: "vat", hint: "optional" },
  { header: "Amount declared", field: "declared", hint: "1234.56" },
  { header: "Currency", field: "currency", hint: "EUR or the partner's currency" },
  { header: "Contract", field: "contractId", hint: "the contract's reference or name, optional" },
  { header: "Staff: person", field: "staffPerson", hint: "staff costs only" },
  { header: "Staff: role", field: "staffRole", hint: "staff costs only" },
  { header: "Staff: basis", field: "staffBasis", hint: "Full time on the project, Hourly, …" },
  { header: "Staff: share of time %", field: "staffSharePercent", hint: "for a share of time" },
  { header: "Staff: hours", field: "staffHours", hint: "for hourly work" },
  { header: "Staff: salary", field: "staffSalary", hint: "gross salary of the period" },
];

export const reportRef = { partnerId: z.uuid("Choose a partner"), periodNumber };
export const itemRef = { itemId: z.uuid("Choose an item"), version };

/** A file of at most 2 MB, base64-encoded (4 characters per 3 bytes). */
export { MAX_IMPORT_BYTES as IMPORT_MAX_BYTES } from "./budget-schemas";

import { MAX_IMPORT_BYTES as IMPORT_MAX_BYTES } from "./budget-schemas";
export const importFields = {
  ...reportRef,
  format: z.enum(["paste", "csv", "xlsx"], "Choose what you import"),
  content: z
    .string()
    .min(1, "Paste rows or choose a file")
    .max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4, "The file is larger than 2 MB"),
};

export const contractFields = {
  name: z.string().trim().min(1, "Name the procurement").max(300, "At most 300 characters"),
  reference: text(100),
  contractDate: isoDate,
  procurementType: z.enum(PROCUREMENT_TYPES, "Choose the type of procurement"),
  amount: amountText,
  currency: currencyCode,
  supplierName: z.string().trim().min(1, "Name the supplier").max(300, "At most 300 characters"),
  supplierVat: text(30),
};
export const contractRef = { contractId: z.uuid("Choose a contract"), version };

export const rateFields = {
  currency: currencyCode.refine((c) => c !== "EUR", "The euro needs no rate"),
  month: monthText,
  rate: z
    .string()
    .trim()
    .regex(/^\d{1,8}([.,]\d{1,6})?$/, "Give the rate with at most 6 decimals, like 7.4593"),
};
export const rateRef = { currency: currencyCode, month: monthText };
export const rateImportFields = {
  content: z
    .string()
    .min(1, "Paste the rates or choose a file")
    .max(1_000_000, "The file is too large"),
  /** For a file without a month column (one month of the Commission's rates). */
  month: monthText.nullable(),
};
