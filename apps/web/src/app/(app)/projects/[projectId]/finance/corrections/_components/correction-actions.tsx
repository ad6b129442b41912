"use client";

import { parseAmount } from "@consortia/api/schemas";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ConfirmAction } from "@/components/confirm-action";
import { FormDialog, useFormDialog } from "@/components/form-dialog";
import { SelectField, TextAreaField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { formatEuros } from "@/lib/money-format";
import { useTRPC } from "@/trpc/react";

type Partner = { id: string; shortName: string; name: string };

/** The lead records a correction: the partner, one of its certified items, the amount, why. */
export function AddCorrection({ projectId, partners }: { projectId: string; partners: Partner[] }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.corrections.add.mutationOptions());
  const state = useFormDialog(
    () => ({ partnerId: "", itemId: "", amount: "", reason: "" }),
    "The item changed meanwhile; check what is left to correct.",
  );
  const { partnerId, itemId, amount, reason } = state.values;
  const items = useQuery({
    ...trpc.corrections.certifiedItems.queryOptions({ projectId, partnerId }),
    enabled: state.open && partnerId !== "",
  });
  const chosen = items.data?.find((i) => i.id === itemId);
  const set = (k: keyof typeof state.values) => (value: string) =>
    state.setValues((v) => ({ ...v, [k]: value, ...(k === "partnerId" ? { itemId: "" } : {}) }));
  return (
    <FormDialog
      state={state}
      trigger={<Button>Record a correction</Button>}
      title="Record a financial correction"
      description="Deduct certified expenditure found ineligible. The correction goes with the partner's next financial report not yet submitted."
      pending={add.isPending}
      submitLabel="Record the correction"
      onSubmit={state.submit(async () => {
        const amountCents = amount.trim() === "" ? Number.NaN : (parseAmount(amount) ?? Number.NaN);
        const saved = await add.mutateAsync({ projectId, itemId, amountCents, reason });
        return `Correction recorded: deducted in the report of period ${saved.periodNumber}`;
      })}
    >
      <SelectField
        label="Partner"
        placeholder="Choose…"
        options={partners.map((p) => ({ value: p.id, label: `${p.shortName}: ${p.name}` }))}
        value={partnerId}
        onChange={(e) => set("partnerId")(e.target.value)}
      />
      <SelectField
        label="Certified item"
        placeholder={
          partnerId === ""
            ? "Choose the partner first"
            : items.data?.length === 0
              ? "This partner has no certified items"
              : "Choose…"
        }
        options={(items.data ?? []).map((i) => ({
          value: i.id,
          label: `Period ${i.periodNumber}: ${i.description} (EUR ${formatEuros(i.leftCents)} left of ${formatEuros(i.certifiedCents)})`,
        }))}
        error={state.fields.itemId}
        value={itemId}
        onChange={(e) => set("itemId")(e.target.value)}
      />
      <TextField
        label="Amount to deduct (EUR)"
        inputMode="decimal"
        hint={chosen ? `At most ${formatEuros(chosen.leftCents)}` : "Like 1250.00"}
        error={state.fields.amountCents}
        value={amount}
        onChange={(e) => set("amount")(e.target.value)}
      />
      <TextAreaField
        label="Reason"
        hint="Why the expenditure is ineligible"
        error={state.fields.reason}
        value={reason}
        onChange={(e) => set("reason")(e.target.value)}
        rows={3}
      />
    </FormDialog>
  );
}

/** Withdraws a correction its report has not yet carried. */
export function RemoveCorrection({
  projectId,
  id,
  version,
}: {
  projectId: string;
  id: string;
  version: number;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.corrections.remove.mutationOptions());
  return (
    <ConfirmAction
      size="sm"
      title="Withdraw the correction?"
      description="The correction is deleted; the partner's next report no longer deducts it."
      confirmLabel="Withdraw"
      action={async () => {
        await remove.mutateAsync({ projectId, id, version });
        return "Correction withdrawn";
      }}
    >
      Withdraw
    </ConfirmAction>
  );
}
