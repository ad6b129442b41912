"use client";

import { POLICY_IMPROVEMENT_STATUSES, POLICY_IMPROVEMENT_TYPES } from "@consortia/db/schema";
import { FilterBar } from "@/components/filter-bar";
import { labelOptions, nameOptions, SelectField } from "@/components/form-fields";
import {
  type ImprovementFilter,
  improvementsHref,
  readImprovementFilter,
} from "@/lib/list-filters";
import { IMPROVEMENT_STATUS_LABELS, IMPROVEMENT_TYPE_LABELS } from "@/lib/policy-labels";

/** The list's filters, in the address so the matrix and the indicators can link here. */
export function ImprovementFilters({
  projectId,
  filter,
  partners,
}: {
  projectId: string;
  filter: ImprovementFilter;
  partners: { id: string; name: string }[];
}) {
  return (
    <FilterBar
      label="Filter policy improvements"
      toHref={(raw) => improvementsHref(projectId, readImprovementFilter(raw))}
      clearHref={improvementsHref(projectId, {})}
    >
      <SelectField
        label="Partner"
        name="partner"
        defaultValue={filter.partner ?? ""}
        placeholder="All partners"
        options={nameOptions(partners)}
      />
      <SelectField
        label="Status"
        name="status"
        defaultValue={filter.status ?? ""}
        placeholder="Any status"
        options={labelOptions(IMPROVEMENT_STATUS_LABELS, POLICY_IMPROVEMENT_STATUSES)}
      />
      <SelectField
        label="Type"
        name="type"
        defaultValue={filter.type ?? ""}
        placeholder="Any type"
        options={labelOptions(IMPROVEMENT_TYPE_LABELS, POLICY_IMPROVEMENT_TYPES)}
      />
    </FilterBar>
  );
}
