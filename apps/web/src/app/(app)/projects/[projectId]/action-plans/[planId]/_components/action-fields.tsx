"use client";

import { ACTION_STATUSES } from "@consortia/db/schema";
import type { UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
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
  const inLanguage = `In ${languageName(language)}`;
  return (
    <div className="grid gap-4">
      <Field label="Title" error={errors.title?.message}>
        {(p) => <Input {...p} {...form.register("title")} lang={language} autoComplete="off" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Status" error={errors.status?.message}>
          {(p) => (
            <NativeSelect {...p} {...form.register("status")}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ACTION_STATUS_LABELS[s]}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Start date" hint="Optional" error={errors.startDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register("startDate")} />}
        </Field>
        <Field label="End date" hint="Optional" error={errors.endDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register("endDate")} />}
        </Field>
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
      <Field
        label="Background"
        hint={`${inLanguage}. Why this action, and what the region learned that led to it; link the good practices and events that inspired it after saving.`}
        error={errors.background?.message}
      >
        {(p) => <Textarea {...p} {...form.register("background")} lang={language} rows={4} />}
      </Field>
      <Field label="Activities" hint={inLanguage} error={errors.activities?.message}>
        {(p) => <Textarea {...p} {...form.register("activities")} lang={language} rows={4} />}
      </Field>
      <Field label="Players involved" hint={inLanguage} error={errors.players?.message}>
        {(p) => <Textarea {...p} {...form.register("players")} lang={language} rows={3} />}
      </Field>
      <Field label="English summary" hint="In English" error={errors.summaryEn?.message}>
        {(p) => <Textarea {...p} {...form.register("summaryEn")} lang="en" rows={3} />}
      </Field>
    </div>
  );
}
