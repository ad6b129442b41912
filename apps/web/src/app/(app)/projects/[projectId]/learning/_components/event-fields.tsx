"use client";

import { COUNTRIES } from "@consortia/api/schemas";
import type { UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";
import type { EventValues } from "./event-values";

const countries = Object.entries(COUNTRIES).sort((a, b) => a[1].localeCompare(b[1]));

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
  const { errors } = form.formState;
  const kind = form.watch("kind");
  const online = form.watch("online");
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kind" error={errors.kind?.message}>
          {(p) => (
            <NativeSelect {...p} {...form.register("kind")}>
              {Object.entries(EVENT_KIND_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field
          label="Host partner"
          hint={canChangeHost ? undefined : "Only lead coordinators move an event to another host"}
          error={errors.hostPartnerId?.message}
        >
          {(p) => (
            <NativeSelect {...p} {...form.register("hostPartnerId")} disabled={!canChangeHost}>
              <option value="">Choose a partner</option>
              {partners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      </div>
      <Field label="Title" error={errors.title?.message}>
        {(p) => <Input {...p} {...form.register("title")} autoComplete="off" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Start date" error={errors.startDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register("startDate")} />}
        </Field>
        <Field label="End date" error={errors.endDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register("endDate")} />}
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="size-4" {...form.register("online")} />
        Held online
      </label>
      {!online && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="City" error={errors.city?.message}>
            {(p) => <Input {...p} {...form.register("city")} autoComplete="off" />}
          </Field>
          <Field label="Country" error={errors.country?.message}>
            {(p) => (
              <NativeSelect {...p} {...form.register("country")}>
                <option value="">Choose a country</option>
                {countries.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        </div>
      )}
      <Field
        label="Themes"
        hint="Separate themes with commas, e.g. smart specialisation, medtech"
        error={errors.themes?.message}
      >
        {(p) => <Input {...p} {...form.register("themes")} autoComplete="off" />}
      </Field>
      <Field
        label="Policy instrument or challenge addressed"
        hint="Optional"
        error={errors.policyInstrument?.message}
      >
        {(p) => <Input {...p} {...form.register("policyInstrument")} autoComplete="off" />}
      </Field>
      {kind === "peer_review" && (
        <>
          <Field label="Host's policy challenge" error={errors.policyChallenge?.message}>
            {(p) => <Textarea {...p} {...form.register("policyChallenge")} rows={4} />}
          </Field>
          <Field label="Findings" error={errors.findings?.message}>
            {(p) => <Textarea {...p} {...form.register("findings")} rows={5} />}
          </Field>
        </>
      )}
      <Field label="Summary of what was learned" error={errors.summary?.message}>
        {(p) => <Textarea {...p} {...form.register("summary")} rows={5} />}
      </Field>
    </div>
  );
}
