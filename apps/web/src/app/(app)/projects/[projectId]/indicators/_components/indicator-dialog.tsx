"use client";

import { COMPUTED_KEY_LABELS, INDICATOR_UNIT_LABELS } from "@consortia/api/schemas";
import {
  COMPUTED_KEY_UNITS,
  INDICATOR_COMPUTED_KEYS,
  INDICATOR_UNITS,
  type IndicatorComputedKey,
  type IndicatorSource,
  type IndicatorUnit,
} from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { FormDialog, useFormDialog } from "@/components/form-dialog";
import { SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useTRPC } from "@/trpc/react";
import type { Indicator } from "./types";

type Values = {
  code: string;
  name: string;
  unit: IndicatorUnit;
  target: string;
  source: IndicatorSource;
  computedKey: IndicatorComputedKey | "";
};

const blank: Values = {
  code: "",
  name: "",
  unit: "count",
  target: "",
  source: "manual",
  computedKey: "",
};

/**
 * Lead coordinators add an indicator to the catalogue or edit one. How a value is obtained
 * (computed or by hand) is chosen when it is added and stays.
 */
export function IndicatorDialog({
  projectId,
  indicator,
}: {
  projectId: string;
  indicator?: Indicator;
}) {
  const trpc = useTRPC();
  const initial = (): Values =>
    indicator
      ? {
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          target: indicator.target ?? "",
          source: indicator.source,
          computedKey: indicator.computedKey ?? "",
        }
      : blank;
  const form = useFormDialog<Values>(
    initial,
    "Someone changed this indicator meanwhile. The page now shows the saved version; your entry is still in the form, save again to apply it.",
  );
  const { values, setValues, fields } = form;
  const create = useMutation(trpc.indicators.create.mutationOptions());
  const update = useMutation(trpc.indicators.update.mutationOptions());

  const onSubmit = form.submit(async () => {
    const common = {
      projectId,
      code: values.code,
      name: values.name,
      unit: values.unit,
      target: values.target,
    };
    if (indicator)
      await update.mutateAsync({
        ...common,
        indicatorId: indicator.id,
        version: indicator.version,
      });
    else
      await create.mutateAsync({
        ...common,
        source: values.source,
        computedKey: values.source === "computed" ? values.computedKey || null : null,
      });
    return indicator ? `${values.code.toUpperCase()} saved` : "Indicator added";
  });

  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => {
      const next = { ...v, [k]: e.target.value } as Values;
      // A computation counts in one unit: follow it.
      if (k === "computedKey" && next.computedKey) next.unit = COMPUTED_KEY_UNITS[next.computedKey];
      return next;
    });
  const pending = create.isPending || update.isPending;
  const label = indicator ? `Edit ${indicator.code}` : "Add an indicator";
  return (
    <FormDialog
      state={form}
      trigger={
        indicator ? (
          <Button variant="outline" size="sm" className="h-8">
            Edit<span className="sr-only"> {indicator.code}</span>
          </Button>
        ) : (
          <Button size="sm">Add an indicator</Button>
        )
      }
      title={label}
      description="Each indicator has a code, a unit and a target, and is either computed from the records or entered by hand with a justification."
      onSubmit={onSubmit}
      pending={pending}
      submitLabel={indicator ? "Save indicator" : "Add indicator"}
    >
      <TextField
        label="Code"
        hint="Like GP or RCO83"
        error={fields.code}
        value={values.code}
        onChange={set("code")}
        maxLength={16}
      />
      <TextField
        label="Name"
        error={fields.name}
        value={values.name}
        onChange={set("name")}
        maxLength={200}
      />
      {!indicator && (
        <Field label="How the value is obtained" error={fields.source}>
          {(p) => (
            <NativeSelect {...p} value={values.source} onChange={set("source")}>
              <option value="manual">Entered by hand, with a justification</option>
              <option value="computed">Computed from the records</option>
            </NativeSelect>
          )}
        </Field>
      )}
      {!indicator && values.source === "computed" && (
        <SelectField
          label="What is counted"
          error={fields.computedKey}
          value={values.computedKey}
          onChange={set("computedKey")}
          placeholder="Choose…"
          options={INDICATOR_COMPUTED_KEYS.map((k) => ({
            value: k,
            label: COMPUTED_KEY_LABELS[k],
          }))}
        />
      )}
      <SelectField
        label="Unit"
        error={fields.unit}
        value={values.unit}
        onChange={set("unit")}
        options={INDICATOR_UNITS.map((u) => ({ value: u, label: INDICATOR_UNIT_LABELS[u] }))}
      />
      <Field label="Target" hint="Leave empty if the project has none yet" error={fields.target}>
        {(p) => (
          <Input
            {...p}
            inputMode={values.unit === "eur" ? "decimal" : "numeric"}
            value={values.target}
            onChange={set("target")}
          />
        )}
      </Field>
    </FormDialog>
  );
}
