"use client";

import { ACHIEVEMENT_LABELS } from "@consortia/api/schemas";
import { PERIOD_REPORT_EXPLANATION_LIMIT } from "@consortia/db/schema";
import { useId } from "react";
import { NativeSelect, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Achievement, ReportWorkPackage } from "./types";

export type WpValue = { achievement: Achievement | null; explanation: string };

/** One work package's assessment: fully / partly / not achieved, and why. */
export function WorkPackageFields({
  wp,
  value,
  errors,
  onChange,
}: {
  wp: ReportWorkPackage;
  value: WpValue;
  errors: { achievement?: string[]; explanation?: string[] };
  onChange: (next: WpValue) => void;
}) {
  const id = useId();
  const achievementError = errors.achievement?.join(" ");
  const explanationError = errors.explanation?.join(" ");
  return (
    <fieldset className="grid min-w-0 gap-3 rounded-md border p-3">
      <legend className="px-1 text-sm font-medium">
        WP{wp.number} {wp.title}
        <span className="font-normal text-muted-foreground"> · led by {wp.leadPartner}</span>
      </legend>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-a`}>Objectives of WP{wp.number}</Label>
        <NativeSelect
          id={`${id}-a`}
          value={value.achievement ?? ""}
          aria-invalid={Boolean(achievementError)}
          aria-describedby={achievementError ? `${id}-ae` : undefined}
          onChange={(e) =>
            onChange({ ...value, achievement: (e.target.value || null) as Achievement | null })
          }
        >
          <option value="">Not assessed yet</option>
          {Object.entries(ACHIEVEMENT_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </NativeSelect>
        {achievementError && (
          <p id={`${id}-ae`} className="text-sm text-destructive">
            {achievementError}
          </p>
        )}
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-e`}>Explanation for WP{wp.number}</Label>
        <Textarea
          id={`${id}-e`}
          rows={3}
          maxLength={PERIOD_REPORT_EXPLANATION_LIMIT}
          value={value.explanation}
          aria-invalid={Boolean(explanationError)}
          aria-describedby={explanationError ? `${id}-ee` : undefined}
          onChange={(e) => onChange({ ...value, explanation: e.target.value })}
        />
        {explanationError && (
          <p id={`${id}-ee`} className="text-sm text-destructive">
            {explanationError}
          </p>
        )}
      </div>
    </fieldset>
  );
}
