"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
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
      <Field label="Person">
        {(p) => (
          <NativeSelect {...p} name="person" defaultValue={values.person}>
            <option value="">Everyone</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label="Entity">
        {(p) => (
          <NativeSelect {...p} name="entity" defaultValue={values.entity}>
            <option value="">All kinds</option>
            {entities.map((entity) => (
              <option key={entity} value={entity}>
                {entityLabel(entity)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label="From">
        {(p) => <Input {...p} type="date" name="from" defaultValue={values.from} />}
      </Field>
      <Field label="To" error={rangeError ?? undefined}>
        {(p) => <Input {...p} type="date" name="to" defaultValue={values.to} />}
      </Field>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit">Apply filters</Button>
        <Button asChild variant="ghost">
          <Link href={base}>Clear</Link>
        </Button>
      </div>
    </form>
  );
}
