import { z } from "zod";
import { isoDate } from "../shared/fields";

// Client-safe field rules of the work plan, shared by forms and procedures.

export const title = z
  .string()
  .trim()
  .min(3, "At least 3 characters")
  .max(200, "At most 200 characters");
export const longText = z.string().trim().max(4000, "At most 4000 characters").default("");
export const partnerIds = z
  .array(z.uuid("Unknown partner"))
  .max(50, "At most 50 partners")
  .default([])
  .refine((ids) => new Set(ids).size === ids.length, "Name each partner once");
export const workPackageFields = {
  number: z
    .number({ error: "Give the work package a number" })
    .int("Whole numbers only")
    .min(1, "Work packages are numbered from 1")
    .max(99, "At most 99"),
  title,
  objectives: longText,
  leadPartnerId: z.uuid("Choose the partner that leads this work package"),
  startDate: isoDate,
  endDate: isoDate,
};

export const activityFields = {
  workPackageId: z.uuid("Choose a work package"),
  title,
  description: longText,
  partnerIds,
  startDate: isoDate,
  endDate: isoDate,
};

export function checkDateRange(v: { startDate: string; endDate: string }, ctx: z.RefinementCtx) {
  if (v.endDate < v.startDate)
    ctx.addIssue({
      code: "custom",
      path: ["endDate"],
      message: "The end date must not be before the start date",
    });
}
