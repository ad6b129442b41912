"use client";

import { useId } from "react";
import type { UseFormReturn } from "react-hook-form";
import {
  fieldsOf,
  labelOptions,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/form-fields";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import type { DeliverableValues, FormOptions } from "./deliverable-values";
import { periodHint } from "./deliverable-values";
import { KIND_LABELS } from "./labels";

/** The deliverable form's inputs; the rules and their messages come from the API. */
export function DeliverableFields({
  form,
  options,
}: {
  form: UseFormReturn<DeliverableValues>;
  options: FormOptions;
}) {
  const { errors } = form.formState;
  const field = fieldsOf(form);
  const [kind, workPackageId, responsible, dueDate] = form.watch([
    "kind",
    "workPackageId",
    "responsiblePartnerId",
    "dueDate",
  ]);
  const wp = options.workPackages.find((w) => w.id === workPackageId);
  const activities = options.activities.filter((a) => a.workPackageId === workPackageId);

  return (
    <div className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Code"
          hint="For example D1.2 or O2.1"
          {...field("code")}
          autoComplete="off"
        />
        <SelectField label="Kind" {...field("kind")} options={labelOptions(KIND_LABELS)} />
      </div>
      <TextField label="Title" {...field("title")} autoComplete="off" />
      <TextAreaField label="Description" hint="Optional" {...field("description")} rows={4} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Work package"
          hint={wp ? `Runs ${wp.startDate} to ${wp.endDate}` : undefined}
          error={errors.workPackageId?.message}
        >
          {(p) => (
            <NativeSelect
              {...p}
              {...form.register("workPackageId", {
                // An activity belongs to one work package; another package's one goes.
                onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                  const activity = options.activities.find(
                    (a) => a.id === form.getValues("activityId"),
                  );
                  if (activity && activity.workPackageId !== e.target.value)
                    form.setValue("activityId", "");
                },
              })}
            >
              <option value="">Choose a work package</option>
              {options.workPackages.map((w) => (
                <option key={w.id} value={w.id}>
                  WP{w.number} {w.title}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <SelectField
          label="Activity"
          hint={wp ? "Optional" : "Choose a work package first"}
          {...field("activityId")}
          disabled={!wp}
          placeholder="No particular activity"
          options={activities.map((a) => ({ value: a.id, label: a.title }))}
        />
      </div>
      <Field label="Responsible partner" error={errors.responsiblePartnerId?.message}>
        {(p) => (
          <NativeSelect
            {...p}
            {...form.register("responsiblePartnerId", {
              // The responsible partner is not also one of the contributors.
              onChange: (e: React.ChangeEvent<HTMLSelectElement>) =>
                form.setValue(
                  "contributingPartnerIds",
                  form.getValues("contributingPartnerIds").filter((id) => id !== e.target.value),
                ),
            })}
          >
            <option value="">Choose a partner</option>
            {options.partners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <ContributorsField form={form} options={options} responsible={responsible} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Due date"
          hint={periodHint(options.periods, dueDate)}
          type="date"
          {...field("dueDate")}
        />
        {kind === "output" && (
          <Field
            label="Target value"
            hint="How many the output counts when it is complete"
            error={errors.targetValue?.message}
          >
            {(p) => (
              <Input
                {...p}
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                {...form.register("targetValue")}
              />
            )}
          </Field>
        )}
      </div>
    </div>
  );
}

function ContributorsField({
  form,
  options,
  responsible,
}: {
  form: UseFormReturn<DeliverableValues>;
  options: FormOptions;
  responsible: string;
}) {
  const id = useId();
  const message = form.formState.errors.contributingPartnerIds?.message;
  return (
    <fieldset
      className="grid min-w-0 gap-2"
      aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
    >
      <legend className="text-sm font-medium">Contributing partners</legend>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        Optional. The responsible partner is not listed again.
      </p>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.partners.map((o) => (
          <label key={o.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              value={o.id}
              className="mt-1 size-4 shrink-0"
              disabled={o.id === responsible}
              aria-invalid={Boolean(message)}
              {...form.register("contributingPartnerIds")}
            />
            <span className="min-w-0 break-words">
              {o.name}
              {o.id === responsible && " (responsible)"}
            </span>
          </label>
        ))}
      </div>
      {message && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {message}
        </p>
      )}
    </fieldset>
  );
}
