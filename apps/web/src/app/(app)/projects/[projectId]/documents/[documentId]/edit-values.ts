import type { RouterInputs } from "@consortia/api/client";
import { DOCUMENT_CATEGORY_LABELS, DOCUMENT_VISIBILITY_LABELS } from "@/lib/labels";
import type { FolderOption } from "./folder-options";

type UpdateInput = RouterInputs["documents"]["update"];

/** The edit form's values: selects hold "" for "none", tags are one comma-separated line. */
export type EditValues = {
  title: string;
  description: string;
  category: UpdateInput["category"];
  visibility: UpdateInput["visibility"];
  language: string;
  tags: string;
  folderId: string;
};

export const FIELD_LABELS: Record<keyof EditValues, string> = {
  title: "Title",
  description: "Description",
  category: "Category",
  visibility: "Visible to",
  language: "Language",
  tags: "Tags",
  folderId: "Folder",
};

export function toEditValues(doc: {
  title: string;
  description: string;
  category: EditValues["category"];
  visibility: EditValues["visibility"];
  language: string | null;
  tags: string[];
  folderId: string | null;
}): EditValues {
  return {
    title: doc.title,
    description: doc.description,
    category: doc.category,
    visibility: doc.visibility,
    language: doc.language ?? "",
    tags: doc.tags.join(", "),
    folderId: doc.folderId ?? "",
  };
}

export function splitTags(line: string): string[] {
  return line
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

export function toUpdateInput(v: EditValues) {
  return {
    title: v.title,
    description: v.description,
    category: v.category,
    visibility: v.visibility,
    language: v.language || null,
    tags: splitTags(v.tags),
    folderId: v.folderId || null,
  };
}

const normal = (v: EditValues, k: keyof EditValues) =>
  k === "tags"
    ? splitTags(v.tags)
        .map((t) => t.toLowerCase())
        .join(",")
    : v[k].trim();

/** The fields in which two sets of values really differ (spacing in tags ignored). */
export function changedFields(a: EditValues, b: EditValues): (keyof EditValues)[] {
  return (Object.keys(FIELD_LABELS) as (keyof EditValues)[]).filter(
    (k) => normal(a, k) !== normal(b, k),
  );
}

/** A value as a person reads it: labels, not codes. */
export function displayValue(
  k: keyof EditValues,
  v: EditValues,
  lists: { folders: FolderOption[]; languages: Record<string, string> },
): string {
  switch (k) {
    case "category":
      return DOCUMENT_CATEGORY_LABELS[v.category] ?? v.category;
    case "visibility":
      return DOCUMENT_VISIBILITY_LABELS[v.visibility] ?? v.visibility;
    case "language":
      return v.language ? (lists.languages[v.language] ?? v.language) : "Not set";
    case "folderId":
      return v.folderId
        ? (lists.folders.find((f) => f.id === v.folderId)?.label ?? "A folder you cannot pick")
        : "Top of the library";
    case "tags":
      return splitTags(v.tags).join(", ") || "No tags";
    case "description":
      return v.description.trim() || "No description";
    default:
      return v[k];
  }
}
