"use client";

import { POLICY_IMPROVEMENT_STATUSES, POLICY_IMPROVEMENT_TYPES } from "@consortia/db/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";
import {
  type ImprovementFilter,
  improvementsHref,
  readImprovementFilter,
} from "@/lib/list-filters";
import { IMPROVEMENT_STATUS_LABELS, IMPROVEMENT_TYPE_LABELS } from "@/lib/policy-labels";

/** The list's filters live in the address, so the matrix and the indicators can link here. */
export function ImprovementFilters({
  projectId,
  filter,
  partners,
}: {
  projectId: string;
  filter: ImprovementFilter;
  partners: { id: string; name: string }[];
}) {
  const router = useRouter();
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const raw: Record<string, string> = {};
    for (const k of ["partner", "status", "type"]) raw[k] = String(form.get(k) ?? "");
    router.push(improvementsHref(projectId, readImprovementFilter(raw)));
  }
  return (
    <form
      onSubmit={onSubmit}
      aria-label="Filter policy improvements"
      className="grid gap-3 rounded-md border p-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Field label="Partner">
        {(p) => (
          <NativeSelect {...p} name="partner" defaultValue={filter.partner ?? ""}>
            <option value="">All partners</option>
            {partners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label="Status">
        {(p) => (
          <NativeSelect {...p} name="status" defaultValue={filter.status ?? ""}>
            <option value="">Any status</option>
            {POLICY_IMPROVEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {IMPROVEMENT_STATUS_LABELS[s]}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label="Type">
        {(p) => (
          <NativeSelect {...p} name="type" defaultValue={filter.type ?? ""}>
            <option value="">Any type</option>
            {POLICY_IMPROVEMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {IMPROVEMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <div className="flex flex-wrap items-end gap-2">
        <Button type="submit">Apply filters</Button>
        <Button asChild variant="outline">
          <Link href={improvementsHref(projectId, {})}>Clear</Link>
        </Button>
      </div>
    </form>
  );
}
