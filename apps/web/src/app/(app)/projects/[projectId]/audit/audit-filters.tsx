"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { nameOptions, SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { type AuditFilterValues, entityLabel } from "./audit-labels";

const KEYS = ["person", "entity", "from", "to"] as const;

/** The filters live in the address, so a filtered view can be bookmarked or shared. */
export function AuditFilters({
  projectId,
  values,
  people,
  entities,
  rangeError,
}: {
  projectId: string;
  values: AuditFilterValues;
  people: { id: string; name: string }[];
  entities: string[];
  rangeError: string | null;
}) {
  const router = useRouter();
  const base = `/projects/${projectId}/audit`;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const qs = new URLSearchParams();
    for (const k of KEYS) {
      const v = String(form.get(k) ?? "").trim();
      if (v) qs.set(k, v);
    }
    const query = qs.toString();
    router.push(query ? `${base}?${query}` : base);
  }

  return (
    <form
      method="get"
      action={base}
      onSubmit={onSubmit}
      aria-label="Filter the audit log"
      className="grid gap-4 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end"
    >
      <SelectField
        label="Person"
        name="person"
        defaultValue={values.person}
        placeholder="Everyone"
        options={nameOptions(people)}
      />
      <SelectField
        label="Entity"
        name="entity"
        defaultValue={values.entity}
        placeholder="All kinds"
        options={entities.map((entity) => ({ value: entity, label: entityLabel(entity) }))}
      />
      <TextField label="From" type="date" name="from" defaultValue={values.from} />
      <TextField
        label="To"
        error={rangeError ?? undefined}
        type="date"
        name="to"
        defaultValue={values.to}
      />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit">Apply filters</Button>
        <Button asChild variant="ghost">
          <Link href={base}>Clear</Link>
        </Button>
      </div>
    </form>
  );
}
