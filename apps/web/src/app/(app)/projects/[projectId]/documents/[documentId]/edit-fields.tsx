"use client";

import type { UseFormReturn } from "react-hook-form";
import {
  fieldsOf,
  labelOptions,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/form-fields";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";
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
  const field = fieldsOf(form);
  const visibility = form.watch("visibility");
  return (
    <div className="grid gap-4">
      <TextField label="Title" {...field("title")} autoComplete="off" />
      <TextAreaField label="Description" hint="Optional" {...field("description")} rows={4} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Category"
          {...field("category")}
          options={labelOptions(DOCUMENT_CATEGORY_LABELS)}
        />
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
      <SelectField
        label="Visible to"
        hint={DOCUMENT_VISIBILITY_HINTS[visibility]}
        {...field("visibility")}
        options={labelOptions(DOCUMENT_VISIBILITY_LABELS)}
      />
      <TextField
        label="Tags"
        hint="Separate tags with commas, e.g. kick-off, medtech"
        {...field("tags")}
        autoComplete="off"
      />
      <SelectField
        label="Folder"
        {...field("folderId")}
        placeholder="Top of the library"
        options={folders.map((f) => ({ value: f.id, label: f.label }))}
      />
    </div>
  );
}
