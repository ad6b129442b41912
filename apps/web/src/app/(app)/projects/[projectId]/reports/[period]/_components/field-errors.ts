import type { FieldErrors } from "@/lib/errors";

/**
 * The server's errors for one work package: keyed by its position
 * (`workPackages.2.achievement`) or by its id (`workPackages.<id>.achievement`).
 */
export function workPackageErrors(
  errors: FieldErrors,
  index: number,
  id: string,
): { achievement?: string[]; explanation?: string[] } {
  const pick = (field: string) =>
    [
      ...(errors[`workPackages.${index}.${field}`] ?? []),
      ...(errors[`workPackages.${id}.${field}`] ?? []),
      ...(field === "achievement" ? (errors[`workPackages.${id}`] ?? []) : []),
    ].filter(Boolean);
  const achievement = pick("achievement");
  const explanation = pick("explanation");
  return {
    ...(achievement.length ? { achievement } : {}),
    ...(explanation.length ? { explanation } : {}),
  };
}

/** Errors no field shows (e.g. about contributions), to list above the form. */
export function otherErrors(errors: FieldErrors): string[] {
  return Object.entries(errors)
    .filter(([k]) => k !== "highlights" && !k.startsWith("workPackages."))
    .flatMap(([, v]) => v ?? []);
}
