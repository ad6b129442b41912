"use client";

import { useId } from "react";
import { labelOptions, SelectField } from "@/components/form-fields";
import {
  DOCUMENT_CATEGORY_LABELS,
  DOCUMENT_VISIBILITY_HINTS,
  DOCUMENT_VISIBILITY_LABELS,
} from "@/lib/labels";
import { useLanguages } from "../languages";
import type { BatchMeta } from "./types";

export function CategoryField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  return (
    <SelectField
      label="Category"
      hint="Required"
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      placeholder="Choose a category…"
      options={labelOptions(DOCUMENT_CATEGORY_LABELS)}
    />
  );
}

export function LanguageField({
  value,
  onChange,
}: {
  value: string;
  onChange: (v: string) => void;
}) {
  const options = Object.entries(useLanguages()).sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <SelectField
      label="Language"
      hint="Optional: the language the documents are written in"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder="Not specified"
      options={options.map(([code, name]) => ({ value: code, label: name }))}
    />
  );
}

export function OwnerField({
  value,
  partners,
  error,
  onChange,
}: {
  value: string;
  partners: { id: string; name: string }[];
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  return (
    <SelectField
      label="Owning partner"
      hint="As lead coordinator you can file documents for any partner"
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder="Choose a partner…"
      options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
    />
  );
}

type Visibility = BatchMeta["visibility"];

/** Who may see the files: radio buttons, each with its plain-words consequence. */
export function VisibilityField({
  value,
  onChange,
}: {
  value: Visibility;
  onChange: (v: Visibility) => void;
}) {
  const id = useId();
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">Who may see them</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {(Object.keys(DOCUMENT_VISIBILITY_LABELS) as Visibility[]).map((v) => (
          <label
            key={v}
            htmlFor={`${id}-${v}`}
            className="flex cursor-pointer items-start gap-2 rounded-md border bg-background p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent"
          >
            <input
              id={`${id}-${v}`}
              type="radio"
              name={`${id}-visibility`}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
              aria-labelledby={`${id}-${v}-label`}
              aria-describedby={`${id}-${v}-hint`}
              className="mt-0.5 size-4 accent-primary"
            />
            <span className="grid gap-0.5">
              <span id={`${id}-${v}-label`} className="font-medium">
                {DOCUMENT_VISIBILITY_LABELS[v]}
              </span>
              <span id={`${id}-${v}-hint`} className="text-muted-foreground">
                {DOCUMENT_VISIBILITY_HINTS[v]}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
