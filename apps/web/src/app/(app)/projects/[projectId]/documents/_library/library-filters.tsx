"use client";

import { SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";
import { DOCUMENT_CATEGORY_LABELS } from "@/lib/labels";
import { useLanguages } from "./languages";
import {
  DEFAULTS,
  type Facets,
  folderHref,
  type LibraryParams,
  libraryHref,
  PAGE_SIZES,
  readParams,
  SORT_LABELS,
} from "./params";

type ControlProps = { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined };

const KEYS = ["category", "partner", "tag", "language", "sort", "dir", "size"] as const;

/** Filters and sort live in the address, so a view of the library can be bookmarked or shared. */
export function LibraryFilters({
  projectId,
  params,
  facets,
}: {
  projectId: string;
  params: LibraryParams;
  facets: Facets;
}) {
  const router = useRouter();
  const names = useLanguages();
  const formId = useId();
  const active = [
    params.category && DOCUMENT_CATEGORY_LABELS[params.category],
    params.partner && (facets.partners.find((p) => p.id === params.partner)?.name ?? "one partner"),
    params.tag && `tag “${params.tag}”`,
    params.language && (names[params.language] ?? params.language),
  ].filter((v): v is string => Boolean(v));
  const customised =
    active.length > 0 ||
    params.sort !== DEFAULTS.sort ||
    params.dir !== DEFAULTS.dir ||
    params.size !== DEFAULTS.size;
  // Folded away until wanted; a filtered or re-sorted view opens with its settings in sight.
  const [open, setOpen] = useState(customised);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const raw: Record<string, string> = { folder: params.folder ?? "" };
    for (const k of KEYS) raw[k] = String(form.get(k) ?? "");
    router.push(libraryHref(projectId, { ...readParams(raw), page: 1 }));
  }

  const select =
    (name: (typeof KEYS)[number], value: string, options: [string, string][], empty?: string) =>
    (p: ControlProps) => (
      <NativeSelect {...p} name={name} defaultValue={value}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </NativeSelect>
    );

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <Button
          type="button"
          variant="outline"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen((o) => !o)}
        >
          <SlidersHorizontal aria-hidden />
          Filter and sort{active.length > 0 && ` (${active.length} active)`}
        </Button>
        {active.length > 0 && (
          <p className="text-sm text-muted-foreground">
            Showing only: {active.join(", ")}.{" "}
            <Link
              href={folderHref(projectId, params, params.folder)}
              className="font-medium text-primary underline underline-offset-4"
            >
              Clear filters
            </Link>
          </p>
        )}
      </div>
      {open && (
        <form
          id={formId}
          method="get"
          action={`/projects/${projectId}/documents`}
          onSubmit={onSubmit}
          aria-label="Filter and sort documents"
          className="grid grid-cols-2 gap-3 rounded-lg border bg-background p-4 md:grid-cols-4 md:items-end"
        >
          {params.folder && <input type="hidden" name="folder" value={params.folder} />}
          <Field label="Category">
            {select(
              "category",
              params.category ?? "",
              Object.entries(DOCUMENT_CATEGORY_LABELS),
              "All categories",
            )}
          </Field>
          <Field label="Owning partner">
            {select(
              "partner",
              params.partner ?? "",
              facets.partners.map((p) => [p.id, p.name]),
              "All partners",
            )}
          </Field>
          <Field label="Tag">
            {select(
              "tag",
              params.tag ?? "",
              withCurrent(facets.tags, params.tag).map((t) => [t, t]),
              "Any tag",
            )}
          </Field>
          <Field label="Language">
            {select(
              "language",
              params.language ?? "",
              withCurrent(facets.languages, params.language).map((l) => [l, names[l] ?? l]),
              "Any language",
            )}
          </Field>
          <Field label="Sort by">{select("sort", params.sort, Object.entries(SORT_LABELS))}</Field>
          <Field label="Order">
            {select("dir", params.dir, [
              ["asc", "Ascending"],
              ["desc", "Descending"],
            ])}
          </Field>
          <Field label="Per page">
            {select(
              "size",
              String(params.size),
              PAGE_SIZES.map((n) => [String(n), String(n)]),
            )}
          </Field>
          <div className="col-span-2 flex flex-wrap gap-2 md:col-span-1">
            <Button type="submit">Apply</Button>
            <Button asChild variant="ghost">
              <Link href={folderHref(projectId, DEFAULTS, params.folder)}>Reset</Link>
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

/** Keeps a value from the address selectable even when no visible document uses it any more. */
function withCurrent(values: string[], current: string | null): string[] {
  return current && !values.includes(current) ? [...values, current] : values;
}
