/**
 * Reads "Peer review, MedTech" into tags, with the same rules as the API's tag list, so a
 * mistake is caught once in the panel rather than once per uploaded file. The API still
 * checks every upload.
 */
export function parseTags(
  raw: string,
): { ok: true; tags: string[] } | { ok: false; error: string } {
  const tags = [
    ...new Set(
      raw
        .split(",")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (tags.length > 20) return { ok: false, error: "At most 20 tags" };
  for (const tag of tags) {
    if (tag.length > 40) return { ok: false, error: "Tags have at most 40 characters" };
    if (!/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u.test(tag))
      return { ok: false, error: "Tags use letters, digits, spaces, - and _" };
  }
  return { ok: true, tags };
}
