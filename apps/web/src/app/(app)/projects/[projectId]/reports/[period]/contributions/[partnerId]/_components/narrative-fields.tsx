"use client";

import { NARRATIVE_LABELS } from "@consortia/api/schemas";
import { CONTRIBUTION_NARRATIVE_LIMIT as NARRATIVE_LIMIT } from "@consortia/db/schema";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";
import type { Narrative } from "./types";

const HINTS: Record<keyof Narrative, string> = {
  activities: "What the partner did in the period: events, studies, meetings, outputs.",
  stakeholderInvolvement: "How the regional stakeholder group took part.",
  communication: "Publications, press, social media and events for the public.",
  difficultiesDeviations: "What went differently from the plan, and what was done about it.",
};

export const NARRATIVE_KEYS = Object.keys(NARRATIVE_LABELS) as Array<keyof Narrative>;

/** The four narrative sections of a contribution, each with its errors next to it. */
export function NarrativeFields({
  values,
  errors,
  onChange,
}: {
  values: Narrative;
  errors: FieldErrors;
  onChange: (key: keyof Narrative, value: string) => void;
}) {
  return (
    <>
      {NARRATIVE_KEYS.map((key) => (
        <Field
          key={key}
          label={NARRATIVE_LABELS[key]}
          hint={`${HINTS[key]} ${values[key].length.toLocaleString("en-GB")} of ${NARRATIVE_LIMIT.toLocaleString("en-GB")} characters.`}
          error={errors[key]}
        >
          {(p) => (
            <Textarea
              {...p}
              rows={key === "activities" ? 10 : 5}
              maxLength={NARRATIVE_LIMIT}
              value={values[key]}
              onChange={(e) => onChange(key, e.target.value)}
            />
          )}
        </Field>
      ))}
    </>
  );
}

/** The narrative as text, for whoever may read but not write it. */
export function NarrativeView({ values }: { values: Narrative }) {
  return (
    <div className="grid gap-4">
      {NARRATIVE_KEYS.map((key) => (
        <section key={key} className="grid min-w-0 gap-1">
          <h3 className="font-medium">{NARRATIVE_LABELS[key]}</h3>
          {values[key].trim() ? (
            <p className="whitespace-pre-wrap break-words text-sm">{values[key]}</p>
          ) : (
            <p className="text-sm text-muted-foreground">Nothing written.</p>
          )}
        </section>
      ))}
    </div>
  );
}
