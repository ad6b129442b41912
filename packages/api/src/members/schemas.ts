import { PROJECT_ROLES, type ProjectRole } from "@consortia/db/schema";
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

/** Roles held by people who belong to no partner: programme officers, controllers, experts. */
const ROLES_WITHOUT_PARTNER: readonly ProjectRole[] = ["observer", "controller"];

/**
 * Whether a member in this role works for a partner (partner staff) or for none (observers).
 * Forms ask for the partner by this rule; a role not chosen yet ("") is taken to need one.
 */
export const roleNeedsPartner = (role: string) => !ROLES_WITHOUT_PARTNER.some((r) => r === role);

/** Partner staff work for a partner; observers (programme officers, controllers) never do. */
export function checkRolePartner(
  v: { role: string; partnerId: string | null },
  ctx: z.RefinementCtx,
) {
  if (!roleNeedsPartner(v.role) && v.partnerId) {
    ctx.addIssue({
      code: "custom",
      path: ["partnerId"],
      message: "Observers do not belong to a partner",
    });
  }
  if (roleNeedsPartner(v.role) && !v.partnerId) {
    ctx.addIssue({
      code: "custom",
      path: ["partnerId"],
      message: "Choose the partner this person works for",
    });
  }
}
