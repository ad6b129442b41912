"use client";

import { PROGRAMME_FIELDS } from "@consortia/api/schemas";
import type { UseFormReturn } from "react-hook-form";
import {
  COUNTRY_OPTIONS,
  fieldsOf,
  nameOptions,
  SelectField,
  TextField,
} from "@/components/form-fields";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import type { PracticeValues } from "./practice-values";

const SHORT = new Set([
  "title",
  "locationRegion",
  "locationCity",
  "mainInstitution",
  "timescale",
  "contactName",
  "contactEmail",
]);

/** The programme's form in its order; fields needed before submitting are marked. */
export function PracticeFields({
  form,
  partners,
  canChangeOwner,
}: {
  form: UseFormReturn<PracticeValues>;
  partners: { id: string; name: string }[];
  canChangeOwner: boolean;
}) {
  const { errors } = form.formState;
  const field = fieldsOf(form);
  const values = form.watch();
  return (
    <div className="grid gap-4">
      <SelectField
        label="Owner partner"
        hint={canChangeOwner ? undefined : "Editors describe their own partner's practices"}
        {...field("ownerPartnerId")}
        disabled={!canChangeOwner}
        placeholder="Choose a partner"
        options={nameOptions(partners)}
      />
      {PROGRAMME_FIELDS.map((f) => {
        const length = [...(values[f.key] ?? "")].length;
        const counter = f.limit ? `${length} of ${f.limit} characters` : undefined;
        const hint = [f.required ? "Needed before submitting" : "Optional", counter]
          .filter(Boolean)
          .join(" · ");
        const over =
          f.limit && length > f.limit ? `Too long by ${length - f.limit} characters` : undefined;
        const error = errors[f.key]?.message ?? over;
        if (f.key === "locationCountry")
          return (
            <Field key={f.key} label={f.label} hint={hint} error={error}>
              {(p) => (
                <NativeSelect {...p} {...form.register("locationCountry")}>
                  <option value="">Choose a country</option>
                  {COUNTRY_OPTIONS.map(({ value: code, label: name }) => (
                    <option key={code} value={code}>
                      {name}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
          );
        return (
          <Field key={f.key} label={f.label} hint={hint} error={error}>
            {(p) =>
              SHORT.has(f.key) ? (
                <Input
                  {...p}
                  {...form.register(f.key)}
                  type={f.key === "contactEmail" ? "email" : "text"}
                  autoComplete="off"
                />
              ) : (
                <Textarea {...p} {...form.register(f.key)} rows={f.key === "description" ? 8 : 4} />
              )
            }
          </Field>
        );
      })}
      <TextField
        label="Themes"
        hint="Separate themes with commas; they group the progress chart"
        {...field("themes")}
        autoComplete="off"
      />
    </div>
  );
}
