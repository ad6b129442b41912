"use client";

import { parseAmount } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { ConfirmAction } from "@/components/confirm-action";
import { DialogForm, useDialogForm } from "@/components/finance/dialog-form";
import { SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/labels";
import { amountInput, formatEuros } from "@/lib/money-format";
import { useTRPC } from "@/trpc/react";
import type { PartnerChoice, Payment, Transfer } from "./types";

/** The form's text; `amountCents` holds the amount as typed, so the API's errors land on it. */
type Values = {
  partnerId: string;
  transferredOn: string;
  amountCents: string;
  reference: string;
  paymentId: string;
};

const valuesOf = (t?: Transfer): Values => ({
  partnerId: t?.partnerId ?? "",
  transferredOn: t?.transferredOn ?? "",
  amountCents: amountInput(t?.amountCents),
  reference: t?.reference ?? "",
  paymentId: t?.paymentId ?? "",
});

/** Recording money the lead partner passed on to a partner, or correcting it. */
export function TransferDialog({
  projectId,
  partners,
  payments,
  transfer,
}: {
  projectId: string;
  partners: readonly PartnerChoice[];
  payments: readonly Payment[];
  transfer?: Transfer;
}) {
  const trpc = useTRPC();
  const form = useDialogForm<Values>(() => valuesOf(transfer));
  const create = useMutation(trpc.payments.recordTransfer.mutationOptions());
  const update = useMutation(trpc.payments.updateTransfer.mutationOptions());
  const { values, bind, action } = form;
  const save = (amountCents: number) => {
    const fields = {
      projectId,
      partnerId: values.partnerId,
      transferredOn: values.transferredOn,
      amountCents,
      reference: values.reference,
      paymentId: values.paymentId || null,
    };
    return transfer
      ? update.mutateAsync({ ...fields, id: transfer.id, version: transfer.version })
      : create.mutateAsync(fields);
  };
  const onSubmit = (e: React.FormEvent) => {
    const cents = parseAmount(values.amountCents);
    if (cents === null) {
      e.preventDefault();
      action.refuse({ amountCents: ["Give the amount in euros, like 2500.00"] });
      return;
    }
    return form.save(() => save(cents), transfer ? "Transfer saved" : "Transfer recorded")(e);
  };
  return (
    <DialogForm
      state={form}
      onSubmit={onSubmit}
      trigger={
        transfer ? (
          <Button variant="outline" size="sm" className="h-8">
            Edit
            <span className="sr-only">
              {" "}
              the transfer to {transfer.shortName} of {formatDate(transfer.transferredOn)}
            </span>
          </Button>
        ) : (
          <Button size="sm">Record a transfer</Button>
        )
      }
      title={transfer ? "Edit the transfer" : "Record a transfer to a partner"}
      description="Money the lead partner passed on. It cannot exceed what the partner was owed on that day."
      submitLabel={transfer ? "Save transfer" : "Record transfer"}
    >
      <SelectField
        label="Partner"
        placeholder="Choose a partner"
        options={partners.map((p) => ({ value: p.id, label: p.shortName }))}
        {...bind("partnerId")}
      />
      <TextField label="Transferred on" type="date" {...bind("transferredOn")} />
      <TextField label="Amount (EUR)" inputMode="decimal" {...bind("amountCents")} />
      <TextField
        label="Reference"
        hint="Optional, such as the bank transfer's reference"
        maxLength={200}
        {...bind("reference")}
      />
      <SelectField
        label="Passes on the payment"
        hint="Optional, for the record"
        placeholder="No payment named"
        options={payments.map((p) => ({
          value: p.id,
          label: `${formatDate(p.receivedOn)}: ${formatEuros(p.amountCents)}`,
        }))}
        {...bind("paymentId")}
      />
    </DialogForm>
  );
}

/** Deleting a transfer, after a confirmation. */
export function DeleteTransfer({ projectId, transfer }: { projectId: string; transfer: Transfer }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.payments.deleteTransfer.mutationOptions());
  return (
    <ConfirmAction
      variant="ghost"
      size="sm"
      className="h-8"
      title={`Delete the transfer of ${formatEuros(transfer.amountCents)} to ${transfer.shortName}?`}
      description="The partner is then owed that amount again."
      confirmLabel="Delete transfer"
      conflictMessage="Someone changed this transfer meanwhile. The page now shows it as it is."
      action={async () => {
        await remove.mutateAsync({ projectId, id: transfer.id, version: transfer.version });
        return "Transfer deleted";
      }}
    >
      Delete
      <span className="sr-only">
        {" "}
        the transfer to {transfer.shortName} of {formatDate(transfer.transferredOn)}
      </span>
    </ConfirmAction>
  );
}
