"use client";

import { FilterBar } from "@/components/filter-bar";
import { labelOptions, nameOptions, SelectField, TextField } from "@/components/form-fields";
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
  return (
    <FilterBar
      label="Filter learning events"
      toHref={(raw) => eventsHref(projectId, { ...readEventFilter(raw), view: filter.view })}
      clearHref={eventsHref(projectId, { view: filter.view })}
      className="sm:grid-cols-2 lg:grid-cols-3"
    >
      <SelectField
        label="Kind"
        name="kind"
        defaultValue={filter.kind ?? ""}
        placeholder="All kinds"
        options={labelOptions(EVENT_KIND_LABELS)}
      />
      <SelectField
        label="Host partner"
        name="host"
        defaultValue={filter.host ?? ""}
        placeholder="All partners"
        options={nameOptions(partners)}
      />
      <TextField label="Theme" name="theme" defaultValue={filter.theme ?? ""} autoComplete="off" />
      <TextField label="From" type="date" name="from" defaultValue={filter.from ?? ""} />
      <TextField label="To" type="date" name="to" defaultValue={filter.to ?? ""} />
    </FilterBar>
  );
}
