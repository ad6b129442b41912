import { type FieldErrors, invalid } from "../errors";

/**
 * The one rule for text anyone sends: PostgreSQL stores no NUL character (U+0000), and a lone
 * UTF-16 surrogate is not a character at all (it would silently become U+FFFD on the way to
 * the database). Both are refused as a field error, never a 500. It applies to every input of
 * every procedure (the base procedure checks the raw input) and every file route's query and
 * metadata (the HTTP kit), whatever its schema says.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why this text cannot be stored, or null. */
export function textProblem(s: string): string | null {
  if (s.includes("\u0000"))
    return "Remove the invisible NUL character (U+0000): it cannot be stored";
  if (LONE_SURROGATE.test(s))
    return "Contains a broken character (an unpaired UTF-16 surrogate); retype or paste the text again";
  return null;
}

/** Every string in a value (objects, arrays, keys included) that breaks the rule, by path. */
export function textFieldErrors(value: unknown, path = ""): FieldErrors {
  const errors: FieldErrors = {};
  const visit = (v: unknown, at: string) => {
    if (typeof v === "string") {
      const problem = textProblem(v);
      if (problem) errors[at || "input"] = [problem];
    } else if (Array.isArray(v)) {
      for (const item of v) visit(item, at);
    } else if (v && typeof v === "object" && !(v instanceof Date) && !ArrayBuffer.isView(v)) {
      for (const [k, item] of Object.entries(v)) {
        const keyProblem = textProblem(k);
        if (keyProblem) errors[at || "input"] = [keyProblem];
        else visit(item, at ? `${at}.${k}` : k);
      }
    }
  };
  visit(value, path);
  return errors;
}

/** Refuses input with text that cannot be stored (one field error per field). */
export function assertStorableText(value: unknown): void {
  const errors = textFieldErrors(value);
  if (Object.keys(errors).length) throw invalid("Some fields need attention", errors);
}
