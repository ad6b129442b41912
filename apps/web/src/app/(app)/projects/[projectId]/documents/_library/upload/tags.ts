import { tagList } from "@consortia/api/schemas";

/**
 * Reads "Peer review, MedTech" into tags with the API's own rule, so a mistake is caught once
 * in the panel rather than once per uploaded file. The API still checks every upload.
 */
export function parseTags(
  raw: string,
): { ok: true; tags: string[] } | { ok: false; error: string } {
  const parsed = tagList.safeParse(
    raw
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
  );
  if (parsed.success) return { ok: true, tags: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? "These tags are not valid" };
}
