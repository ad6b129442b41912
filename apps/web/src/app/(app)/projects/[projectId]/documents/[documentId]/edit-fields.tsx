"use client";

import type { UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import {
  DOCUMENT_CATEGORY_LABELS,
  DOCUMENT_VISIBILITY_HINTS,
  DOCUMENT_VISIBILITY_LABELS,
} from "@/lib/labels";
import type { EditValues } from "./edit-values";
import type { FolderOption } from "./folder-options";

/** The inputs of the edit form; validation messages come from the API. */
export function EditFields({
  form,
  folders,
  languages,
}: {
  form: UseFormReturn<EditValues>;
  folders: FolderOption[];
  languages: Record<string, string>;
}) {
  const { errors } = form.formState;
  const visibility = form.watch("visibility");
  return (
    <div className="grid gap-4">
      <Field label="Title" error={errors.title?.message}>
        {(p) => <Input {...p} {...form.register("title")} autoComplete="off" />}
      </Field>
      <Field label="Description" hint="Optional" error={errors.description?.message}>
        {(p) => <Textarea {...p} {...form.register("description")} rows={4} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Category" error={errors.category?.message}>
          {(p) => (
            <NativeSelect {...p} {...form.register("category")}>
              {Object.entries(DOCUMENT_CATEGORY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Language" error={errors.language?.message}>
          {(p) => (
            <NativeSelect {...p} {...form.register("language")}>
              <option value="">Not set</option>
              {Object.entries(languages)
                .sort((a, b) => a[1].localeCompare(b[1]))
                .map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
            </NativeSelect>
          )}
        </Field>
      </div>
      <Field
        label="Visible to"
        hint={DOCUMENT_VISIBILITY_HINTS[visibility]}
        error={errors.visibility?.message}
      >
        {(p) => (
          <NativeSelect {...p} {...form.register("visibility")}>
            {Object.entries(DOCUMENT_VISIBILITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field
        label="Tags"
        hint="Separate tags with commas, e.g. kick-off, medtech"
        error={errors.tags?.message}
      >
        {(p) => <Input {...p} {...form.register("tags")} autoComplete="off" />}
      </Field>
      <Field label="Folder" error={errors.folderId?.message}>
        {(p) => (
          <NativeSelect {...p} {...form.register("folderId")}>
            <option value="">Top of the library</option>
            {folders.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
    </div>
  );
}
