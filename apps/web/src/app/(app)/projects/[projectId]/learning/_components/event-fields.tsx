"use client";

import type { UseFormReturn } from "react-hook-form";
import {
  COUNTRY_OPTIONS,
  fieldsOf,
  labelOptions,
  nameOptions,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/form-fields";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";
import type { EventValues } from "./event-values";

/** The event form's inputs; the rules and their messages come from the API. */
export function EventFields({
  form,
  partners,
  canChangeHost,
}: {
  form: UseFormReturn<EventValues>;
  partners: { id: string; name: string }[];
  canChangeHost: boolean;
}) {
  const field = fieldsOf(form);
  const kind = form.watch("kind");
  const online = form.watch("online");
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Kind" {...field("kind")} options={labelOptions(EVENT_KIND_LABELS)} />
        <SelectField
          label="Host partner"
          hint={canChangeHost ? undefined : "Only lead coordinators move an event to another host"}
          {...field("hostPartnerId")}
          disabled={!canChangeHost}
          placeholder="Choose a partner"
          options={nameOptions(partners)}
        />
      </div>
      <TextField label="Title" {...field("title")} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Start date" type="date" {...field("startDate")} />
        <TextField label="End date" type="date" {...field("endDate")} />
      </div>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="size-4" {...form.register("online")} />
        Held online
      </label>
      {!online && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="City" {...field("city")} autoComplete="off" />
          <SelectField
            label="Country"
            {...field("country")}
            placeholder="Choose a country"
            options={COUNTRY_OPTIONS}
          />
        </div>
      )}
      <TextField
        label="Themes"
        hint="Separate themes with commas, e.g. smart specialisation, medtech"
        {...field("themes")}
        autoComplete="off"
      />
      <TextField
        label="Policy instrument or challenge addressed"
        hint="Optional"
        {...field("policyInstrument")}
        autoComplete="off"
      />
      {kind === "peer_review" && (
        <>
          <TextAreaField label="Host's policy challenge" {...field("policyChallenge")} rows={4} />
          <TextAreaField label="Findings" {...field("findings")} rows={5} />
        </>
      )}
      <TextAreaField label="Summary of what was learned" {...field("summary")} rows={5} />
    </div>
  );
}
