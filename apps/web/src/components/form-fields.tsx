import type { ComponentProps } from "react";
import type { FieldValues, Path, RegisterOptions, UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";

/** One choice of a select. */
export type Option = { value: string; label: string };

/** Records (partners, people, instruments) as choices, by their names. */
export const nameOptions = (rows: readonly { id: string; name: string }[]): Option[] =>
  rows.map((r) => ({ value: r.id, label: r.name }));

/** The keys of a labels table as choices, in the table's order or the one given. */
export const labelOptions = (
  labels: Record<string, string>,
  keys: readonly string[] = Object.keys(labels),
): Option[] => keys.map((k) => ({ value: k, label: labels[k] ?? k }));

export { COUNTRY_OPTIONS } from "@/lib/countries";

/**
 * Binds fields to a form: `field("title")` is the input's registration and its error,
 * to spread onto a TextField, TextAreaField or SelectField.
 */
export function fieldsOf<V extends FieldValues>(form: UseFormReturn<V>) {
  return (name: Path<V>, options?: RegisterOptions<V, Path<V>>) => ({
    ...form.register(name, options),
    error: form.getFieldState(name, form.formState).error?.message,
  });
}

type Labelled = { label: string; hint?: string | undefined; error?: string | string[] | undefined };

/** A labelled select; `placeholder` is the empty choice first ("All partners", "Choose…"). */
export function SelectField({
  label,
  hint,
  error,
  placeholder,
  options,
  ...select
}: Labelled & {
  placeholder?: string;
  options: readonly Option[];
} & ComponentProps<"select">) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => (
        <NativeSelect {...p} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
  );
}

/** A labelled text, date or number input. */
export function TextField({ label, hint, error, ...input }: Labelled & ComponentProps<"input">) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => <Input {...p} {...input} />}
    </Field>
  );
}

/** A labelled text area. */
export function TextAreaField({
  label,
  hint,
  error,
  ...area
}: Labelled & ComponentProps<"textarea">) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => <Textarea {...p} {...area} />}
    </Field>
  );
}
