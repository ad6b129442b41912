"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { formatValue } from "./format";
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
  const router = useRouter();
  const computed = indicator.source === "computed";
  const initial = () => ({
    value: period.entered?.value ?? period.value ?? "",
    justification: period.entered?.justification ?? "",
  });
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const save = useMutation(trpc.indicators.setValue.mutationOptions());

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      await save.mutateAsync({
        projectId,
        indicatorId: indicator.id,
        periodNumber: period.number,
        value: values.value,
        justification: values.justification,
        ...(period.entered ? { version: period.entered.version } : {}),
      });
      toast.success(`${indicator.code}: period ${period.number} saved`);
      setOpen(false);
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      setError(
        code === "CONFLICT"
          ? "Someone changed this value meanwhile. The page now shows the saved value; your entry is still in the form, save again to apply it."
          : message,
      );
      setFields(fieldErrors);
      if (code === "CONFLICT") router.refresh();
    }
  }

  const action = computed ? (period.entered ? "Change override" : "Override") : "Set value";
  const what = `${indicator.code}, period ${period.number}`;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setValues(initial());
          setError(null);
          setFields({});
        }
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="h-7 px-2 text-xs">
          {action}
          <span className="sr-only"> {what}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>
            {computed ? "Override" : "Set"} {indicator.name}, period {period.number}
          </DialogTitle>
          <DialogDescription>
            {computed
              ? `Computed from the records: ${formatValue(period.computed, indicator.unit)}. An override replaces it in this period and is shown with its justification.`
              : "Entered by hand. Say where the number comes from."}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          {error && <Alert variant="error">{error}</Alert>}
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
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? "Saving…" : computed ? "Save override" : "Save value"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
