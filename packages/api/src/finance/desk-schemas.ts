import { z } from "zod";

/** A reporting period's number (the service checks it is one of the project's). */
export const periodNumber = z
  .number("Choose a reporting period")
  .int("Choose a reporting period")
  .min(1, "Choose a reporting period")
  .max(100, "Choose a reporting period of the project");

export const deskOverviewInput = { periodNumber: periodNumber.optional() };

export const deskRemindInput = {
  partnerId: z.uuid("Choose a partner"),
  periodNumber,
};
