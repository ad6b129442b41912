"use client";

import { INSTRUMENT_TYPE_LABELS } from "@consortia/api/schemas";
import { TERRITORIAL_LEVELS } from "@consortia/db/schema";
import { useId } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { TERRITORIAL_LEVEL_LABELS } from "@/lib/policy-labels";
import type { InstrumentValues, PartnerOption } from "./instrument-values";

/** A checkbox with its hint and error wired up like the other fields. */
function Check({
  form,
  name,
  label,
  hint,
}: {
  form: UseFormReturn<InstrumentValues>;
  name: "managedByPartner" | "isMain";
  label: string;
  hint: string;
}) {
  const error = form.formState.errors[name]?.message;
  const id = useId();
  return (
    <div className="grid gap-1">
      <label className="flex items-center gap-2 text-sm font-medium" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          className="size-4"
          aria-invalid={Boolean(error)}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
          {...form.register(name)}
        />
        {label}
      </label>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}

/** The policy instrument form's inputs; the rules and their messages come from the API. */
export function InstrumentFields({
  form,
  partners,
  canChangePartner,
}: {
  form: UseFormReturn<InstrumentValues>;
  partners: PartnerOption[];
  canChangePartner: boolean;
}) {
  const { errors } = form.formState;
  return (
    <div className="grid gap-4">
      <Field
        label="Partner"
        hint={
          canChangePartner
            ? "Advisory partners usually address no policy instrument"
            : "Only lead coordinators record instruments for other partners"
        }
        error={errors.partnerId?.message}
      >
        {(p) => (
          <NativeSelect {...p} {...form.register("partnerId")} disabled={!canChangePartner}>
            <option value="">Choose a partner</option>
            {partners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.advisory ? `${o.name} (advisory partner)` : o.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field
        label="Name"
        hint="e.g. Regional growth and development strategy (ReVUS) 2024–2027"
        error={errors.name?.message}
      >
        {(p) => <Input {...p} {...form.register("name")} autoComplete="off" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Type of instrument" error={errors.instrumentType?.message}>
          {(p) => (
            <NativeSelect {...p} {...form.register("instrumentType")}>
              <option value="">Choose a type</option>
              {Object.entries(INSTRUMENT_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Territorial level" error={errors.territorialLevel?.message}>
          {(p) => (
            <NativeSelect {...p} {...form.register("territorialLevel")}>
              <option value="">Choose a level</option>
              {TERRITORIAL_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {TERRITORIAL_LEVEL_LABELS[l]}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      </div>
      <Field label="Managing authority" hint="Optional" error={errors.managingAuthority?.message}>
        {(p) => <Input {...p} {...form.register("managingAuthority")} autoComplete="off" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Check
          form={form}
          name="managedByPartner"
          label="Managed by the partner"
          hint="The partner itself manages the instrument"
        />
        <Check
          form={form}
          name="isMain"
          label="Main instrument"
          hint="One main policy instrument per region"
        />
      </div>
      <Field label="Short description" hint="Optional" error={errors.description?.message}>
        {(p) => <Textarea {...p} {...form.register("description")} rows={4} />}
      </Field>
      <Field
        label="Baseline"
        hint="What is missing today, that the project should help improve"
        error={errors.baseline?.message}
      >
        {(p) => <Textarea {...p} {...form.register("baseline")} rows={4} />}
      </Field>
    </div>
  );
}
