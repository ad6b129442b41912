import { z } from "zod";
import { INT_MAX, isoDate, version } from "../shared/fields";

/**
 * The input fields of payments received and transfers (client-safe: the forms import them).
 * Amounts are whole euro cents (the form reads what a person typed with `parseAmount`).
 */

const cents = z
  .number("Give an amount")
  .int("Give the amount in whole cents")
  .min(1, "The amount must be more than 0")
  .max(100_000_000_000, "That amount is too large");

export const paymentFields = {
  receivedOn: isoDate,
  amountCents: cents,
  claimIds: z
    .array(z.uuid("Choose a claim"))
    .min(1, "Choose the claim (or claims) this payment pays")
    .max(40, "At most 40 claims"),
  note: z.string().trim().max(2000, "At most 2000 characters"),
};

export const transferFields = {
  partnerId: z.uuid("Choose a partner"),
  transferredOn: isoDate,
  amountCents: cents,
  reference: z.string().trim().max(200, "At most 200 characters"),
  paymentId: z.uuid("Choose a payment").nullable(),
};

export const recordPaymentInput = paymentFields;
export const updatePaymentInput = { id: z.uuid(), version, ...paymentFields };
export const recordTransferInput = transferFields;
export const updateTransferInput = { id: z.uuid(), version, ...transferFields };
export const deleteInput = { id: z.uuid(), version };
export const waitDaysInput = {
  days: z
    .number("Give a number of days")
    .int("Give a whole number of days")
    .min(1, "At least 1 day")
    .max(365, "At most 365 days"),
  /** The budget options' version (0 while none are saved). */
  version: z
    .number("Reload the page")
    .int("Reload the page")
    .min(0)
    .max(INT_MAX, "Reload the page"),
};
