import { z } from "zod";
import { periodNumber, recordNumber, version } from "../shared/fields";

/** Inputs of the partners' financial reports (client-safe: the pages' forms import them). */

export const reportRef = {
  partnerId: z.uuid("Choose a partner"),
  periodNumber,
};

export const reportVersioned = { ...reportRef, version };

export const returnComment = z
  .string("Say what the partner should change")
  .max(5000, "Keep the comment under 5,000 characters");

export const versionRef = {
  reportId: z.uuid("Choose a report"),
  number: recordNumber,
};

export const listFilter = { periodNumber: periodNumber.optional() };

export { CATEGORY_LABELS as REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS } from "./labels";

const EUROS = new Intl.NumberFormat("en-GB", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Cents as euros for reading: "1,234.56" (two decimals, a thousands separator). */
export const euroText = (cents: number) => EUROS.format(cents / 100);
