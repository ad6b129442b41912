"use client";

import { useMutation } from "@tanstack/react-query";
import { FormDialog, useFormDialog } from "@/components/form-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { formatValue } from "@/lib/indicator-format";
import { useTRPC } from "@/trpc/react";
import type { Indicator, IndicatorPeriod } from "./types";

/**
 * A lead coordinator enters a period's value by hand: a manual indicator's value, or an
 * override of a computed one. Both need a justification; the server checks every field.
 */
export function ValueDialog({
  projectId,
  indicator,
  period,
}: {
  projectId: string;
  indicator: Pick<Indicator, "id" | "code" | "name" | "unit" | "source">;
  period: Pick<IndicatorPeriod, "number" | "computed" | "entered" | "value">;
}) {
  const trpc = useTRPC();
  const computed = indicator.source === "computed";
  const form = useFormDialog(
    () => ({
      value: period.entered?.value ?? period.value ?? "",
      justification: period.entered?.justification ?? "",
    }),
    "Someone changed this value meanwhile. The page now shows the saved value; your entry is still in the form, save again to apply it.",
  );
  const { values, setValues, fields } = form;
  const save = useMutation(trpc.indicators.setValue.mutationOptions());

  const onSubmit = form.submit(async () => {
    await save.mutateAsync({
      projectId,
      indicatorId: indicator.id,
      periodNumber: period.number,
      value: values.value,
      justification: values.justification,
      ...(period.entered ? { version: period.entered.version } : {}),
    });
    return `${indicator.code}: period ${period.number} saved`;
  });

  const action = computed ? (period.entered ? "Change override" : "Override") : "Set value";
  const what = `${indicator.code}, period ${period.number}`;
  return (
    <FormDialog
      state={form}
      trigger={
        <Button variant="outline" size="sm" className="h-7 px-2 text-xs">
          {action}
          <span className="sr-only"> {what}</span>
        </Button>
      }
      title={
        <>
          {computed ? "Override" : "Set"} {indicator.name}, period {period.number}
        </>
      }
      description={
        computed
          ? `Computed from the records: ${formatValue(period.computed, indicator.unit)}. An override replaces it in this period and is shown with its justification.`
          : "Entered by hand. Say where the number comes from."
      }
      onSubmit={onSubmit}
      pending={save.isPending}
      submitLabel={computed ? "Save override" : "Save value"}
    >
      <Field
        label={indicator.unit === "eur" ? "Value (EUR)" : "Value"}
        hint={
          indicator.unit === "eur"
            ? "Euros without separators, like 125000.50"
            : "A whole number, like 12"
        }
        error={fields.value}
      >
        {(p) => (
          <Input
            {...p}
            inputMode={indicator.unit === "eur" ? "decimal" : "numeric"}
            value={values.value}
            onChange={(e) => setValues((v) => ({ ...v, value: e.target.value }))}
          />
        )}
      </Field>
      <Field
        label="Justification"
        hint="Where the number comes from, for the programme."
        error={fields.justification}
      >
        {(p) => (
          <Textarea
            {...p}
            maxLength={2000}
            value={values.justification}
            onChange={(e) => setValues((v) => ({ ...v, justification: e.target.value }))}
          />
        )}
      </Field>
      {fields.periodNumber && <Alert variant="error">{fields.periodNumber.join(" ")}</Alert>}
    </FormDialog>
  );
}
