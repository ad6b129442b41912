"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";
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
    <Field label="Category" hint="Required" error={error}>
      {(p) => (
        <NativeSelect {...p} value={value} onChange={(e) => onChange(e.target.value)} required>
          <option value="">Choose a category…</option>
          {Object.entries(DOCUMENT_CATEGORY_LABELS).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
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
    <Field label="Language" hint="Optional: the language the documents are written in">
      {(p) => (
        <NativeSelect {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Not specified</option>
          {options.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
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
    <Field
      label="Owning partner"
      hint="As lead coordinator you can file documents for any partner"
      error={error}
    >
      {(p) => (
        <NativeSelect {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose a partner…</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
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
