"use client";

import { roleNeedsPartner } from "@consortia/api/schemas";
import { PROJECT_ROLES, type ProjectRole } from "@consortia/db/schema";
import type { UseFormRegisterReturn } from "react-hook-form";
import { z } from "zod";
import { labelOptions, SelectField } from "@/components/form-fields";
import { ROLE_LABELS } from "@/lib/labels";
import type { PartnerOption } from "./member-types";

const ROLE_HINTS: Record<ProjectRole, string> = {
  lead_coordinator: "Manages the whole project: members, reviews, reports.",
  partner_editor: "Works on their partner's material and the shared work plan.",
  partner_viewer: "Reads the partnership's material; changes nothing.",
  observer: "Programme officer or expert: reads what the partnership shares.",
  controller:
    "First-level controller: checks the financial reports of the partners assigned to it; otherwise reads what the partnership shares.",
};

/** Role and partner as a form holds them: "" until chosen; observers belong to no partner. */
export const rolePartnerShape = {
  role: z
    .union([z.literal(""), z.enum(PROJECT_ROLES)])
    .pipe(z.enum(PROJECT_ROLES, { error: "Choose a role" })),
  partnerId: z.string(),
};

export function checkPartnerChosen(v: { role: string; partnerId: string }, ctx: z.RefinementCtx) {
  if (v.role && roleNeedsPartner(v.role) && !v.partnerId)
    ctx.addIssue({
      code: "custom",
      path: ["partnerId"],
      message: "Choose the partner this person works for",
    });
}

export function RoleFields({
  role,
  roleField,
  partnerField,
  partners,
  errors,
}: {
  role: string;
  roleField: UseFormRegisterReturn;
  partnerField: UseFormRegisterReturn;
  partners: PartnerOption[];
  errors: { role?: string | undefined; partnerId?: string | undefined };
}) {
  const hint = PROJECT_ROLES.find((r) => r === role);
  return (
    <>
      <SelectField
        label="Role"
        hint={hint ? ROLE_HINTS[hint] : undefined}
        error={errors.role}
        {...roleField}
        placeholder="Choose a role"
        options={labelOptions(ROLE_LABELS, PROJECT_ROLES)}
      />
      {!roleNeedsPartner(role) ? (
        <p className="text-sm text-muted-foreground">
          Observers belong to no partner, so there is no partner to choose.
        </p>
      ) : (
        <SelectField
          label="Partner"
          error={errors.partnerId}
          {...partnerField}
          placeholder="Choose a partner"
          options={partners.map((pt) => ({ value: pt.id, label: `${pt.name} (${pt.shortName})` }))}
        />
      )}
    </>
  );
}
