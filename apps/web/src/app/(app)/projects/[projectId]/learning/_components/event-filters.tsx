"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { type EventFilter, eventsHref, readEventFilter } from "@/lib/list-filters";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";

/** The list's filters live in the address, so a filtered view can be shared. */
export function EventFilters({
  projectId,
  filter,
  partners,
}: {
  projectId: string;
  filter: EventFilter;
  partners: { id: string; name: string }[];
}) {
  const router = useRouter();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const raw: Record<string, string> = {};
    for (const k of ["kind", "host", "theme", "from", "to"]) raw[k] = String(form.get(k) ?? "");
    router.push(eventsHref(projectId, { ...readEventFilter(raw), view: filter.view }));
  }

  return (
    <form
      onSubmit={onSubmit}
      aria-label="Filter learning events"
      className="grid gap-3 rounded-md border p-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      <Field label="Kind">
        {(p) => (
          <NativeSelect {...p} name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">All kinds</option>
            {Object.entries(EVENT_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label="Host partner">
        {(p) => (
          <NativeSelect {...p} name="host" defaultValue={filter.host ?? ""}>
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
      <Field label="From">
        {(p) => <Input {...p} type="date" name="from" defaultValue={filter.from ?? ""} />}
      </Field>
      <Field label="To">
        {(p) => <Input {...p} type="date" name="to" defaultValue={filter.to ?? ""} />}
      </Field>
      <div className="flex flex-wrap items-end gap-2">
        <Button type="submit">Apply filters</Button>
        <Button asChild variant="outline">
          <Link href={eventsHref(projectId, { view: filter.view })}>Clear</Link>
        </Button>
      </div>
    </form>
  );
}
