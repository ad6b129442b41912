import { NOTIFICATION_DELIVERIES, USER_NOTIFICATION_KINDS } from "@consortia/db/schema";
import { z } from "zod";

export const listInput = z.strictObject({
  filter: z.enum(["all", "unread"]).default("all"),
  /** How many to skip (an offset; named so infinite queries can page with it). */
  cursor: z.number().int().min(0).max(100_000).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
  /** Sent by tRPC's infinite queries along with the cursor; pages only go forward. */
  direction: z.enum(["forward", "backward"]).optional(),
});

export const markReadInput = z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) });

export const setPreferencesInput = z.strictObject({
  preferences: z
    .array(
      z.strictObject({
        kind: z.enum(USER_NOTIFICATION_KINDS),
        delivery: z.enum(NOTIFICATION_DELIVERIES),
      }),
    )
    .min(1)
    .max(USER_NOTIFICATION_KINDS.length),
});
