"use client";

import { ACTION_STATUSES } from "@consortia/db/schema";
import type { UseFormReturn } from "react-hook-form";
import { fieldsOf, SelectField, TextAreaField, TextField } from "@/components/form-fields";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ACTION_STATUS_LABELS } from "@/lib/policy-labels";
import { languageName } from "../../_components/labels";
import type { ActionValues } from "./action-values";

/**
 * The action form's inputs. The plan's own texts carry its language (spelling and screen
 * readers follow it); the summary is in English.
 */
export function ActionFields({
  form,
  language,
}: {
  form: UseFormReturn<ActionValues>;
  language: string;
}) {
  const { errors } = form.formState;
  const field = fieldsOf(form);
  const inLanguage = `In ${languageName(language)}`;
  return (
    <div className="grid gap-4">
      <TextField label="Title" {...field("title")} lang={language} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Status"
          {...field("status")}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
        />
        <TextField label="Start date" hint="Optional" type="date" {...field("startDate")} />
        <TextField label="End date" hint="Optional" type="date" {...field("endDate")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Estimated cost (EUR)"
          hint="Optional; e.g. 150000 or 150000.50"
          error={errors.estimatedCostEur?.message}
        >
          {(p) => (
            <Input
              {...p}
              {...form.register("estimatedCostEur")}
              inputMode="decimal"
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Funding sources" hint={inLanguage} error={errors.fundingSources?.message}>
          {(p) => (
            <Input {...p} {...form.register("fundingSources")} lang={language} autoComplete="off" />
          )}
        </Field>
      </div>
      <TextAreaField
        label="Background"
        hint={`${inLanguage}. Why this action, and what the region learned that led to it; link the good practices and events that inspired it after saving.`}
        {...field("background")}
        lang={language}
        rows={4}
      />
      <TextAreaField
        label="Activities"
        hint={inLanguage}
        {...field("activities")}
        lang={language}
        rows={4}
      />
      <TextAreaField
        label="Players involved"
        hint={inLanguage}
        {...field("players")}
        lang={language}
        rows={3}
      />
      <TextAreaField
        label="English summary"
        hint="In English"
        {...field("summaryEn")}
        lang="en"
        rows={3}
      />
    </div>
  );
}
