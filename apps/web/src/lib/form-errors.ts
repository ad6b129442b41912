import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { FieldErrors } from "./errors";

/**
 * Puts the server's field errors on the form's fields and focuses the first that can take
 * focus, so a refused save says under each field what is wrong. Errors about fields the
 * form does not have are left to the form-level message.
 */
export function showFieldErrors<V extends FieldValues>(
  form: Pick<UseFormReturn<V>, "setError" | "setFocus">,
  errors: FieldErrors,
  {
    fields,
    focusable = () => true,
    focus = true,
  }: {
    /** The form's fields (e.g. its labels); only these receive an error. */
    fields: Record<string, unknown> | readonly string[];
    /** Fields that can take focus (a group of checkboxes cannot). */
    focusable?: (name: string) => boolean;
    focus?: boolean;
  },
): boolean {
  const known = (name: string) =>
    Array.isArray(fields) ? fields.includes(name) : name in (fields as object);
  let first: Path<V> | null = null;
  let any = false;
  for (const [name, messages] of Object.entries(errors)) {
    if (!messages?.length || !known(name)) continue;
    form.setError(name as Path<V>, { message: messages.join(" ") });
    any = true;
    if (focusable(name)) first ??= name as Path<V>;
  }
  if (focus && first) form.setFocus(first);
  return any;
}
