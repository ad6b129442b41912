"use client";

import { roleNeedsPartner } from "@consortia/api/schemas";
import { PROJECT_ROLES, type ProjectRole } from "@consortia/db/schema";
import type { UseFormRegisterReturn } from "react-hook-form";
import { z } from "zod";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";
import { ROLE_LABELS } from "@/lib/labels";
import type { PartnerOption } from "./member-types";

const ROLE_HINTS: Record<ProjectRole, string> = {
  lead_coordinator: "Manages the whole project: members, reviews, reports.",
  partner_editor: "Works on their partner's material and the shared work plan.",
  partner_viewer: "Reads the partnership's material; changes nothing.",
  observer: "Programme officer, controller or expert: reads what the partnership shares.",
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
      <Field label="Role" hint={hint ? ROLE_HINTS[hint] : undefined} error={errors.role}>
        {(p) => (
          <NativeSelect {...p} {...roleField}>
            <option value="">Choose a role</option>
            {PROJECT_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {!roleNeedsPartner(role) ? (
        <p className="text-sm text-muted-foreground">
          Observers belong to no partner, so there is no partner to choose.
        </p>
      ) : (
        <Field label="Partner" error={errors.partnerId}>
          {(p) => (
            <NativeSelect {...p} {...partnerField}>
              <option value="">Choose a partner</option>
              {partners.map((pt) => (
                <option key={pt.id} value={pt.id}>
                  {pt.name} ({pt.shortName})
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      )}
    </>
  );
}
