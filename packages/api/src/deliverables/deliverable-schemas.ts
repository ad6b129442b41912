import { DELIVERABLE_KINDS, DELIVERABLE_STATUSES } from "@consortia/db/schema";
import { z } from "zod";
import { isoDate, periodNumber } from "../shared/fields";
import { longText, partnerIds, title } from "../workplan";

/** Codes such as D1.2 (deliverable) or O2.1 (output). */
export const deliverableCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,2}\d{1,2}\.\d{1,3}$/, "A code looks like D1.2");

/** What a deliverable achieved (e.g. people trained): set with it, or when it is submitted. */
export const achievedValue = z
  .number()
  .int("Whole numbers only")
  .min(0, "Not negative")
  .max(1_000_000, "At most 1,000,000")
  .nullable()
  .default(null);

export const deliverableFields = {
  code: deliverableCode,
  title,
  description: longText,
  kind: z.enum(DELIVERABLE_KINDS, "Choose deliverable or output"),
  workPackageId: z.uuid("Choose a work package"),
  activityId: z.uuid("Unknown activity").nullable().default(null),
  responsiblePartnerId: z.uuid("Choose the responsible partner"),
  contributingPartnerIds: partnerIds,
  dueDate: isoDate,
  targetValue: z
    .number()
    .int("Whole numbers only")
    .min(1, "At least 1")
    .max(1_000_000, "At most 1,000,000")
    .nullable()
    .default(null),
  achievedValue,
};

export const deliverableFilter = {
  workPackageId: z.uuid().optional(),
  responsiblePartnerId: z.uuid().optional(),
  status: z.array(z.enum(DELIVERABLE_STATUSES)).max(5).optional(),
  kind: z.enum(DELIVERABLE_KINDS).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  periodNumber: periodNumber.optional(),
  ids: z.array(z.uuid()).max(500).optional(),
};

export const commentBody = z
  .string()
  .trim()
  .min(1, "Write something first")
  .max(4000, "At most 4000 characters");

export function checkDeliverable(
  v: {
    kind: string;
    targetValue: number | null;
    achievedValue: number | null;
    responsiblePartnerId: string;
    contributingPartnerIds: string[];
  },
  ctx: z.RefinementCtx,
) {
  if (v.kind === "output" && v.targetValue === null)
    ctx.addIssue({ code: "custom", path: ["targetValue"], message: "An output needs a target" });
  if (v.kind === "deliverable" && v.targetValue !== null)
    ctx.addIssue({ code: "custom", path: ["targetValue"], message: "Only outputs have a target" });
  if (v.kind === "deliverable" && v.achievedValue !== null)
    ctx.addIssue({
      code: "custom",
      path: ["achievedValue"],
      message: "Only outputs count an achieved value",
    });
  if (v.contributingPartnerIds.includes(v.responsiblePartnerId))
    ctx.addIssue({
      code: "custom",
      path: ["contributingPartnerIds"],
      message: "The responsible partner is not also listed as contributing",
    });
}

/** The desk's bulk reminder: the deliverables chosen (at most a screenful of a list). */
export const deliverableIds = z
  .array(z.uuid())
  .min(1, "Choose at least one deliverable")
  .max(200, "At most 200 deliverables at once");
