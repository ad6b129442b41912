"use client";

import Link from "next/link";
import { FilterBar } from "@/components/filter-bar";
import { labelOptions, SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import {
  DELIVERABLE_STATUSES,
  type DeliverableFilter,
  deliverablesHref,
  readDeliverableFilter,
} from "@/lib/list-filters";
import { DELIVERABLE_STATUS_LABELS } from "@/lib/record-labels";

type Option = { id: string; label: string };
const asOptions = (rows: Option[]) => rows.map((o) => ({ value: o.id, label: o.label }));

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
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 30);
  const soonDay = soon.toISOString().slice(0, 10);
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const open = ["planned", "in_progress", "changes_requested"] as DeliverableFilter["status"];

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
      <FilterBar
        label="Filter deliverables"
        toHref={(raw) => deliverablesHref(projectId, readDeliverableFilter(raw))}
        clearHref={deliverablesHref(projectId, {})}
      >
        <SelectField
          label="Status"
          name="status"
          defaultValue={filter.status?.join(",") ?? ""}
          placeholder="Any status"
          options={[
            // A desk figure may ask for several statuses at once: offer that set as it is.
            ...(filter.status && filter.status.length > 1
              ? [
                  {
                    value: filter.status.join(","),
                    label: filter.status.map((s) => DELIVERABLE_STATUS_LABELS[s]).join(", "),
                  },
                ]
              : []),
            ...labelOptions(DELIVERABLE_STATUS_LABELS, DELIVERABLE_STATUSES),
          ]}
        />
        <SelectField
          label="Work package"
          name="wp"
          defaultValue={filter.workPackageId ?? ""}
          placeholder="All work packages"
          options={asOptions(workPackages)}
        />
        <SelectField
          label="Responsible partner"
          name="partner"
          defaultValue={filter.responsiblePartnerId ?? ""}
          placeholder="All partners"
          options={asOptions(partners)}
        />
        <SelectField
          label="Reporting period"
          name="period"
          defaultValue={filter.periodNumber ?? ""}
          placeholder="All periods"
          options={asOptions(periods)}
        />
        <SelectField
          label="Kind"
          name="kind"
          defaultValue={filter.kind ?? ""}
          placeholder="Deliverables and outputs"
          options={[
            { value: "deliverable", label: "Deliverables" },
            { value: "output", label: "Outputs" },
          ]}
        />
        <TextField label="Due from" type="date" name="from" defaultValue={filter.dueFrom ?? ""} />
        <TextField label="Due until" type="date" name="to" defaultValue={filter.dueTo ?? ""} />
      </FilterBar>
    </div>
  );
}
