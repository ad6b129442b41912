import { PROJECT_ROLES } from "@consortia/db/schema";
import { z } from "zod";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Not an e-mail address").max(320, "At most 320 characters"));

export const roleAndPartner = {
  role: z.enum(PROJECT_ROLES, { error: "Choose a role" }),
  partnerId: z.uuid({ error: "Choose a partner" }).nullable(),
};

/** Partner staff work for a partner; observers (programme officers, controllers) never do. */
export function checkRolePartner(
  v: { role: string; partnerId: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.role === "observer" && v.partnerId) {
    ctx.addIssue({
      code: "custom",
      path: ["partnerId"],
      message: "Observers do not belong to a partner",
    });
  }
  if (v.role !== "observer" && !v.partnerId) {
    ctx.addIssue({
      code: "custom",
      path: ["partnerId"],
      message: "Choose the partner this person works for",
    });
  }
}
