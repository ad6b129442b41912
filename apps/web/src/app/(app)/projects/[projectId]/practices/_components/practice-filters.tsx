"use client";

import { GOOD_PRACTICE_STATUSES } from "@consortia/db/schema";
import { FilterBar } from "@/components/filter-bar";
import { labelOptions, nameOptions, SelectField, TextField } from "@/components/form-fields";
import {
  COUNTED,
  type PracticeFilter,
  practicesHref,
  readPracticeFilter,
} from "@/lib/list-filters";
import { PRACTICE_STATUS_LABELS } from "@/lib/record-labels";

const STATUS_OPTIONS = [
  { value: COUNTED, label: "Counted (validated or published)" },
  ...labelOptions(PRACTICE_STATUS_LABELS, GOOD_PRACTICE_STATUSES),
];

/** The register's filters, in the address so the chart on the home page can link here. */
export function PracticeFilters({
  projectId,
  filter,
  partners,
}: {
  projectId: string;
  filter: PracticeFilter;
  partners: { id: string; name: string }[];
}) {
  return (
    <FilterBar
      label="Filter good practices"
      toHref={(raw) => practicesHref(projectId, readPracticeFilter(raw))}
      clearHref={practicesHref(projectId, {})}
    >
      <SelectField
        label="Status"
        name="status"
        defaultValue={filter.status ?? (filter.counted ? COUNTED : "")}
        placeholder="Any status"
        options={STATUS_OPTIONS}
      />
      <SelectField
        label="Owner partner"
        name="owner"
        defaultValue={filter.owner ?? ""}
        placeholder="All partners"
        options={nameOptions(partners)}
      />
      <TextField label="Theme" name="theme" defaultValue={filter.theme ?? ""} autoComplete="off" />
    </FilterBar>
  );
}
