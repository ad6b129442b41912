"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/confirm-action";
import { ProblemsAlert } from "@/components/finance/dialog-form";
import { TextAreaField, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

/** The lead sets one month's rate of one currency. */
export function RateForm({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState({ currency: "", month: "", rate: "" });
  const action = useAction();
  const save = useMutation(trpc.expenditure.setRate.mutationOptions());
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  return (
    <form
      className="grid gap-3 sm:grid-cols-3"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!(await action.run(() => save.mutateAsync({ projectId, ...values })))) return;
        toast.success(`Rate of ${values.currency.toUpperCase()} for ${values.month} saved`);
        setValues({ currency: "", month: "", rate: "" });
        router.refresh();
      }}
    >
      {action.error && (
        <Alert variant="error" className="sm:col-span-3">
          {action.error}
        </Alert>
      )}
      <TextField
        label="Currency"
        hint="Like SEK"
        error={action.fields.currency}
        value={values.currency}
        onChange={set("currency")}
        maxLength={3}
      />
      <TextField
        label="Month"
        type="month"
        hint="Like 2026-03"
        error={action.fields.month}
        value={values.month}
        onChange={set("month")}
      />
      <TextField
        label="Units for one euro"
        inputMode="decimal"
        error={action.fields.rate}
        value={values.rate}
        onChange={set("rate")}
      />
      <div className="sm:col-span-3">
        <Button type="submit" disabled={action.pending}>
          {action.pending ? "Saving…" : "Save rate"}
        </Button>
      </div>
    </form>
  );
}

/** The lead imports a CSV of rates (pasted, or a file read here as text). */
export function RatesImport({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState("");
  const [month, setMonth] = useState("");
  const action = useAction();
  const run = useMutation(trpc.expenditure.importRates.mutationOptions());
  const problems = action.fields.content ?? [];
  return (
    <form
      className="grid gap-3"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        let imported = 0;
        const ok = await action.run(async () => {
          imported = (await run.mutateAsync({ projectId, content: text, month: month || null }))
            .imported;
        });
        if (!ok) return;
        toast.success(`${imported} rates imported`);
        setText("");
        router.refresh();
      }}
    >
      <ProblemsAlert message={action.error} problems={problems} />
      <div className="grid gap-1.5">
        <Label htmlFor="rates-file">CSV file</Label>
        <Input
          id="rates-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(await file.text());
          }}
        />
      </div>
      <TextAreaField
        label="Rates (CSV text)"
        hint="Or paste them here"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={5}
        className="font-mono text-xs"
      />
      <TextField
        label="Month the rates are for"
        type="month"
        hint="Only for a file without a month column"
        error={action.fields.month}
        value={month}
        onChange={(e) => setMonth(e.target.value)}
      />
      <div>
        <Button type="submit" disabled={action.pending || text.trim() === ""}>
          {action.pending ? "Importing…" : "Import rates"}
        </Button>
      </div>
    </form>
  );
}

/** The lead deletes a rate no submitted report was converted with. */
export function DeleteRate({
  projectId,
  currency,
  month,
}: {
  projectId: string;
  currency: string;
  month: string;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.expenditure.deleteRate.mutationOptions());
  return (
    <ConfirmAction
      variant="ghost"
      size="sm"
      className="h-8"
      title={`Delete the ${currency} rate of ${month}?`}
      description="Draft reports in this currency will show no euro estimate for the month until a rate is set again."
      confirmLabel="Delete rate"
      action={async () => {
        await remove.mutateAsync({ projectId, currency, month });
        return "Rate deleted";
      }}
    >
      Delete
      <span className="sr-only">
        {" "}
        {currency} {month}
      </span>
    </ConfirmAction>
  );
}
