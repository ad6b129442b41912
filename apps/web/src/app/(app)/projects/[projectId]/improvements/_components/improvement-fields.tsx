"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { POLICY_IMPROVEMENT_TYPES } from "@consortia/db/schema";
import type { UseFormReturn } from "react-hook-form";
import {
  fieldsOf,
  labelOptions,
  nameOptions,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/form-fields";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { IMPROVEMENT_TYPE_LABELS } from "@/lib/policy-labels";
import { CheckboxList, type CheckboxOption } from "./checkbox-list";
import type { ImprovementValues, Option } from "./improvement-values";

type Status = RouterOutputs["policyViews"]["instrumentStatus"] | undefined;

/** Instruments and plan actions of the chosen partner, as the form offers them. */
export function partnerChoices(status: Status) {
  const instruments: Option[] = (status?.instruments ?? []).map((i) => ({
    id: i.id,
    name: i.name,
  }));
  const actions: CheckboxOption[] = (status?.instruments ?? []).flatMap((i) =>
    (i.plan?.actions ?? []).map((a) => ({
      id: a.id,
      name: a.title,
      group: i.plan ? `${i.plan.title} (${i.name})` : i.name,
    })),
  );
  return { instruments, actions };
}

/** Type, text, date, funds, the instrument and what lies behind the improvement. */
export function ImprovementFields({
  form,
  partners,
  canChangePartner,
  status,
  loadingChoices,
  practices,
  needed,
}: {
  form: UseFormReturn<ImprovementValues>;
  partners: Option[];
  canChangePartner: boolean;
  status: Status;
  loadingChoices: boolean;
  practices: CheckboxOption[];
  /** Fields marking it achieved needs (shown as hints on an expected improvement). */
  needed: boolean;
}) {
  const { errors } = form.formState;
  const field = fieldsOf(form);
  const { instruments, actions } = partnerChoices(status);
  const actionIds = form.watch("actionIds");
  const practiceIds = form.watch("goodPracticeIds");
  const forAchieved = needed ? "Needed before marking it achieved" : undefined;
  const partner = form.register("partnerId");
  return (
    <div className="grid gap-4">
      <Field
        label="Partner"
        hint={canChangePartner ? undefined : "Editors record their own partner's improvements"}
        error={errors.partnerId?.message}
      >
        {(p) => (
          <NativeSelect
            {...p}
            {...partner}
            disabled={!canChangePartner}
            onChange={(e) => {
              partner.onChange(e);
              form.setValue("policyInstrumentId", "");
              form.setValue("actionIds", []);
            }}
          >
            <option value="">Choose a partner</option>
            {partners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <SelectField
        label="Policy instrument"
        hint={loadingChoices ? "Loading the partner's instruments…" : undefined}
        {...field("policyInstrumentId")}
        placeholder={
          instruments.length || loadingChoices ? "Choose an instrument" : "No instrument yet"
        }
        options={nameOptions(instruments)}
      />
      <SelectField
        label="Type of improvement"
        {...field("improvementType")}
        placeholder="Choose a type"
        options={labelOptions(IMPROVEMENT_TYPE_LABELS, POLICY_IMPROVEMENT_TYPES)}
      />
      <TextField label="Title" {...field("title")} autoComplete="off" />
      <TextAreaField label="Description" hint={forAchieved} {...field("description")} rows={6} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Date of the improvement"
          hint={forAchieved}
          {...field("improvementDate")}
          type="date"
        />
        <Field
          label="Funds mobilised (EUR)"
          hint="Optional; euros with at most two decimals, like 125000.50"
          error={errors.fundsMobilisedEur?.message}
        >
          {(p) => (
            <Input
              {...p}
              {...form.register("fundsMobilisedEur")}
              inputMode="decimal"
              autoComplete="off"
            />
          )}
        </Field>
      </div>
      <TextAreaField
        label="Why it is a direct result of the project"
        hint={[forAchieved, "Say what the project's learning changed, and how"]
          .filter(Boolean)
          .join(" · ")}
        {...field("justification")}
        rows={5}
      />
      <CheckboxList
        legend="Actions behind it"
        hint="Actions of this partner's action plans"
        error={errors.actionIds?.message}
        options={actions}
        value={actionIds}
        onChange={(next) => form.setValue("actionIds", next, { shouldDirty: true })}
        empty={loadingChoices ? "Loading…" : "This partner's action plans have no actions yet."}
      />
      <CheckboxList
        legend="Good practices behind it"
        error={errors.goodPracticeIds?.message}
        options={practices}
        value={practiceIds}
        onChange={(next) => form.setValue("goodPracticeIds", next, { shouldDirty: true })}
        empty="No good practices you can see yet."
      />
    </div>
  );
}
