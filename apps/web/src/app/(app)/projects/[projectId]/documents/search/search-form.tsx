"use client";

import { Search } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { DOCUMENT_CATEGORY_LABELS, DOCUMENT_TYPE_GROUP_LABELS } from "@/lib/labels";
import { FILTER_KEYS, type SearchErrors, type SearchValues, searchHref } from "./search-params";

/** The search lives in the address, so a search can be bookmarked, shared and gone back to. */
export function SearchForm({
  projectId,
  values,
  errors,
  partners,
}: {
  projectId: string;
  values: SearchValues;
  errors: SearchErrors;
  partners: { id: string; name: string }[];
}) {
  const router = useRouter();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next: Partial<Record<(typeof FILTER_KEYS)[number], string>> = {};
    for (const k of FILTER_KEYS) next[k] = String(form.get(k) ?? "").trim();
    router.push(searchHref(projectId, next));
  }

  return (
    <search aria-label="Search the documents library">
      <form
        method="get"
        action={searchHref(projectId, {})}
        onSubmit={onSubmit}
        className="grid gap-4 rounded-lg border bg-background p-4"
        noValidate
      >
        <Field
          label="Search documents"
          hint="Words in the title, description, file name, tags or the text inside PDFs and Office files"
          error={errors.q}
        >
          {(p) => (
            <div className="flex gap-2">
              <Input
                {...p}
                type="search"
                name="q"
                defaultValue={values.q}
                autoComplete="off"
                className="min-w-0 flex-1"
              />
              <Button type="submit">
                <Search aria-hidden /> Search
              </Button>
            </div>
          )}
        </Field>
        <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <legend className="mb-2 text-sm font-medium">Filters</legend>
          <Field label="Owning partner">
            {(p) => (
              <NativeSelect {...p} name="partner" defaultValue={values.partner}>
                <option value="">All partners</option>
                {partners.map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Field label="Category">
            {(p) => (
              <NativeSelect {...p} name="category" defaultValue={values.category}>
                <option value="">All categories</option>
                {Object.entries(DOCUMENT_CATEGORY_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Field label="Type">
            {(p) => (
              <NativeSelect {...p} name="type" defaultValue={values.type}>
                <option value="">All types</option>
                {Object.entries(DOCUMENT_TYPE_GROUP_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Field label="Changed from" error={errors.from}>
            {(p) => <Input {...p} type="date" name="from" defaultValue={values.from} />}
          </Field>
          <Field label="Changed to" error={errors.to}>
            {(p) => <Input {...p} type="date" name="to" defaultValue={values.to} />}
          </Field>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="ghost">
            <Link href={searchHref(projectId, {})}>Clear search and filters</Link>
          </Button>
        </div>
      </form>
    </search>
  );
}
