"use client";

import { INSTRUMENT_TYPE_LABELS } from "@consortia/api/schemas";
import { TERRITORIAL_LEVELS } from "@consortia/db/schema";
import { useId } from "react";
import type { UseFormReturn } from "react-hook-form";
import {
  fieldsOf,
  labelOptions,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/form-fields";
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
  const field = fieldsOf(form);
  return (
    <div className="grid gap-4">
      <SelectField
        label="Partner"
        hint={
          canChangePartner
            ? "Advisory partners usually address no policy instrument"
            : "Only lead coordinators record instruments for other partners"
        }
        {...field("partnerId")}
        disabled={!canChangePartner}
        placeholder="Choose a partner"
        options={partners.map((o) => ({
          value: o.id,
          label: o.advisory ? `${o.name} (advisory partner)` : o.name,
        }))}
      />
      <TextField
        label="Name"
        hint="e.g. Regional growth and development strategy (ReVUS) 2024–2027"
        {...field("name")}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Type of instrument"
          {...field("instrumentType")}
          placeholder="Choose a type"
          options={labelOptions(INSTRUMENT_TYPE_LABELS)}
        />
        <SelectField
          label="Territorial level"
          {...field("territorialLevel")}
          placeholder="Choose a level"
          options={TERRITORIAL_LEVELS.map((l) => ({
            value: l,
            label: TERRITORIAL_LEVEL_LABELS[l],
          }))}
        />
      </div>
      <TextField
        label="Managing authority"
        hint="Optional"
        {...field("managingAuthority")}
        autoComplete="off"
      />
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
      <TextAreaField label="Short description" hint="Optional" {...field("description")} rows={4} />
      <TextAreaField
        label="Baseline"
        hint="What is missing today, that the project should help improve"
        {...field("baseline")}
        rows={4}
      />
    </div>
  );
}
