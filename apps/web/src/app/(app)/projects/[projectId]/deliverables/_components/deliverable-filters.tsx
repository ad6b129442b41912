"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import {
  DELIVERABLE_STATUSES,
  type DeliverableFilter,
  deliverablesHref,
  readDeliverableFilter,
} from "@/lib/list-filters";
import { DELIVERABLE_STATUS_LABELS } from "@/lib/record-labels";

type Option = { id: string; label: string };

/**
 * The filters live in the address, so a view can be shared and every desk figure opens here.
 * A figure that names exact records (ids) shows as such and can be cleared.
 */
export function DeliverableFilters({
  projectId,
  filter,
  workPackages,
  partners,
  periods,
  today,
}: {
  projectId: string;
  filter: DeliverableFilter;
  workPackages: Option[];
  partners: Option[];
  periods: Option[];
  today: string;
}) {
  const router = useRouter();
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 30);
  const soonDay = soon.toISOString().slice(0, 10);
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const open = ["planned", "in_progress", "changes_requested"] as DeliverableFilter["status"];

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const raw: Record<string, string> = {};
    for (const k of ["status", "wp", "partner", "kind", "from", "to", "period"])
      raw[k] = String(form.get(k) ?? "");
    router.push(deliverablesHref(projectId, readDeliverableFilter(raw)));
  }

  return (
    <div className="grid gap-3">
      <nav aria-label="Quick filters" className="flex flex-wrap gap-2">
        <Button asChild variant="outline" size="sm">
          <Link
            href={deliverablesHref(projectId, {
              status: open,
              dueTo: yesterday.toISOString().slice(0, 10),
            })}
          >
            Overdue
          </Link>
        </Button>
        <Button asChild variant="outline" size="sm">
          <Link
            href={deliverablesHref(projectId, { status: open, dueFrom: today, dueTo: soonDay })}
          >
            Due in 30 days
          </Link>
        </Button>
        <Button asChild variant="outline" size="sm">
          <Link href={deliverablesHref(projectId, { status: ["submitted"] })}>Awaiting review</Link>
        </Button>
      </nav>
      <form
        onSubmit={onSubmit}
        aria-label="Filter deliverables"
        className="grid gap-3 rounded-md border p-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <Field label="Status">
          {(p) => (
            <NativeSelect {...p} name="status" defaultValue={filter.status?.join(",") ?? ""}>
              <option value="">Any status</option>
              {filter.status && filter.status.length > 1 && (
                <option value={filter.status.join(",")}>
                  {filter.status.map((s) => DELIVERABLE_STATUS_LABELS[s]).join(", ")}
                </option>
              )}
              {DELIVERABLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {DELIVERABLE_STATUS_LABELS[s]}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Work package">
          {(p) => (
            <NativeSelect {...p} name="wp" defaultValue={filter.workPackageId ?? ""}>
              <option value="">All work packages</option>
              {workPackages.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Responsible partner">
          {(p) => (
            <NativeSelect {...p} name="partner" defaultValue={filter.responsiblePartnerId ?? ""}>
              <option value="">All partners</option>
              {partners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Reporting period">
          {(p) => (
            <NativeSelect {...p} name="period" defaultValue={filter.periodNumber ?? ""}>
              <option value="">All periods</option>
              {periods.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Kind">
          {(p) => (
            <NativeSelect {...p} name="kind" defaultValue={filter.kind ?? ""}>
              <option value="">Deliverables and outputs</option>
              <option value="deliverable">Deliverables</option>
              <option value="output">Outputs</option>
            </NativeSelect>
          )}
        </Field>
        <Field label="Due from">
          {(p) => <Input {...p} type="date" name="from" defaultValue={filter.dueFrom ?? ""} />}
        </Field>
        <Field label="Due until">
          {(p) => <Input {...p} type="date" name="to" defaultValue={filter.dueTo ?? ""} />}
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit">Apply filters</Button>
          <Button asChild variant="outline">
            <Link href={deliverablesHref(projectId, {})}>Clear</Link>
          </Button>
        </div>
      </form>
    </div>
  );
}
