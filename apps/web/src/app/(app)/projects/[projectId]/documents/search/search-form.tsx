"use client";

import { Search } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { labelOptions, SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
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
          <SelectField
            label="Owning partner"
            name="partner"
            defaultValue={values.partner}
            placeholder="All partners"
            options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
          />
          <SelectField
            label="Category"
            name="category"
            defaultValue={values.category}
            placeholder="All categories"
            options={labelOptions(DOCUMENT_CATEGORY_LABELS)}
          />
          <SelectField
            label="Type"
            name="type"
            defaultValue={values.type}
            placeholder="All types"
            options={labelOptions(DOCUMENT_TYPE_GROUP_LABELS)}
          />
          <TextField
            label="Changed from"
            error={errors.from}
            type="date"
            name="from"
            defaultValue={values.from}
          />
          <TextField
            label="Changed to"
            error={errors.to}
            type="date"
            name="to"
            defaultValue={values.to}
          />
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
