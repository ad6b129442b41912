"use client";

import { GOOD_PRACTICE_STATUSES } from "@consortia/db/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import {
  COUNTED,
  type PracticeFilter,
  practicesHref,
  readPracticeFilter,
} from "@/lib/list-filters";
import { PRACTICE_STATUS_LABELS } from "@/lib/record-labels";

/** The register's filters live in the address, so the chart on the home page can link here. */
export function PracticeFilters({
  projectId,
  filter,
  partners,
}: {
  projectId: string;
  filter: PracticeFilter;
  partners: { id: string; name: string }[];
}) {
  const router = useRouter();
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const raw: Record<string, string> = {};
    for (const k of ["status", "owner", "theme"]) raw[k] = String(form.get(k) ?? "");
    router.push(practicesHref(projectId, readPracticeFilter(raw)));
  }
  return (
    <form
      onSubmit={onSubmit}
      aria-label="Filter good practices"
      className="grid gap-3 rounded-md border p-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Field label="Status">
        {(p) => (
          <NativeSelect
            {...p}
            name="status"
            defaultValue={filter.status ?? (filter.counted ? COUNTED : "")}
          >
            <option value="">Any status</option>
            <option value={COUNTED}>Counted (validated or published)</option>
            {GOOD_PRACTICE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PRACTICE_STATUS_LABELS[s]}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label="Owner partner">
        {(p) => (
          <NativeSelect {...p} name="owner" defaultValue={filter.owner ?? ""}>
            <option value="">All partners</option>
            {partners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label="Theme">
        {(p) => <Input {...p} name="theme" defaultValue={filter.theme ?? ""} autoComplete="off" />}
      </Field>
      <div className="flex flex-wrap items-end gap-2">
        <Button type="submit">Apply filters</Button>
        <Button asChild variant="outline">
          <Link href={practicesHref(projectId, {})}>Clear</Link>
        </Button>
      </div>
    </form>
  );
}
