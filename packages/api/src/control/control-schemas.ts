import { CONTROLLER_DUTIES } from "@consortia/db/schema";
import { z } from "zod";
import { periodNumber, version } from "../shared/fields";

/** Inputs of the control procedures (client-safe: the pages' forms import them). */

const text = (what: string, max: number) =>
  z
    .string(what)
    .trim()
    .max(max, `Keep it under ${max.toLocaleString("en-GB")} characters`);

export const controlRef = { controlId: z.uuid("Choose a control") };
export const controlVersioned = { ...controlRef, version };

export const assignInput = {
  userId: z.uuid("Choose a controller"),
  partnerId: z.uuid("Choose a partner"),
  duty: z.enum(CONTROLLER_DUTIES, "Choose controller or reviewer"),
};
export const unassignInput = {
  userId: z.uuid("Choose a controller"),
  partnerId: z.uuid("Choose a partner"),
};

export const errorTypeInput = {
  code: z
    .string("Give a code")
    .regex(/^[a-z0-9_]{1,40}$/, "Use up to 40 lower-case letters, digits and underscores"),
  label: text("Name the error type", 200).min(1, "Name the error type"),
  position: z.number().int().min(0).max(1000).optional(),
};
export const archiveErrorTypeInput = {
  code: errorTypeInput.code,
  archived: z.boolean(),
};

export const startInput = { reportId: z.uuid("Choose a financial report") };

const seed = text("Give a seed", 100).min(1, "Give a seed").optional();
export const sampleInput = {
  ...controlVersioned,
  sample: z.discriminatedUnion("method", [
    z.strictObject({
      method: z.literal("manual"),
      itemIds: z.array(z.uuid()).min(1, "Pick at least one item").max(20_000),
    }),
    z.strictObject({
      method: z.literal("random_share"),
      sharePercent: z
        .number("Give a share in percent")
        .gt(0, "The share must be above 0 %")
        .max(100, "The share is at most 100 %"),
      seed,
    }),
    z.strictObject({
      method: z.literal("random_count"),
      count: z.number("Give a number of items").int().min(1, "Draw at least one item"),
      seed,
    }),
    z.strictObject({ method: z.literal("all") }),
  ]),
};

export const itemOutcomeInput = z.discriminatedUnion("outcome", [
  z.strictObject({ outcome: z.literal("pending") }),
  z.strictObject({ outcome: z.literal("verified"), comment: text("Comment", 5000).optional() }),
  z.strictObject({
    outcome: z.literal("deducted"),
    certifiedCents: z.number("Give the amount certified").int().min(0, "At least 0"),
    errorType: z.string("Choose the type of error").min(1, "Choose the type of error"),
    comment: text("Say why the amount is deducted", 5000).min(1, "Say why the amount is deducted"),
  }),
  z.strictObject({ outcome: z.literal("parked"), comment: text("Comment", 5000).optional() }),
]);
export type ItemOutcomeInput = z.infer<typeof itemOutcomeInput>;

export const setItemInput = {
  ...controlRef,
  itemId: z.uuid("Choose an item"),
  version,
  decision: itemOutcomeInput,
};

export const finishInput = {
  ...controlVersioned,
  conclusion: text("Write the conclusion", 10_000).min(1, "Write the controller's conclusion"),
};

export const reopenInput = {
  ...controlVersioned,
  reason: text("Give the reason", 5000).min(1, "Say why the control is reopened"),
};

export const listInput = { periodNumber: periodNumber.optional() };
export const parkedInput = { partnerId: z.uuid("Choose a partner") };
export const carryInput = { itemId: z.uuid("Choose a parked item"), periodNumber };
