"use client";

import { parseAmount } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmAction } from "@/components/confirm-action";
import { DialogForm, useDialogForm } from "@/components/finance/dialog-form";
import { TextAreaField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/labels";
import { amountInput, formatEuros } from "@/lib/money-format";
import { useTRPC } from "@/trpc/react";
import type { Claim, Payment } from "./types";

/** The form's text; `amountCents` holds the amount as typed, so the API's errors land on it. */
type Values = { receivedOn: string; amountCents: string; note: string };

const valuesOf = (p?: Payment): Values => ({
  receivedOn: p?.receivedOn ?? "",
  amountCents: amountInput(p?.amountCents),
  note: p?.note ?? "",
});

/** The claims a payment pays, as checkboxes: each with what it still awaits. */
function ClaimChoice({
  claims,
  chosen,
  onChange,
  error,
}: {
  claims: readonly Claim[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error: string[] | undefined;
}) {
  return (
    <fieldset className="grid gap-2 sm:col-span-2" aria-describedby="claims-error">
      <legend className="mb-1 text-sm font-medium">Claims it pays</legend>
      {claims.map((c) => (
        <label key={c.id} className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            checked={chosen.includes(c.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))
            }
          />
          <span>
            Period {c.periodNumber}: fund amount {formatEuros(c.dueCents)}, still awaited{" "}
            {formatEuros(c.awaitedCents)}
          </span>
        </label>
      ))}
      {error && (
        <p id="claims-error" className="text-sm text-destructive">
          {error.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** Recording a payment the programme made to the lead partner, or correcting one. */
export function PaymentDialog({
  projectId,
  claims,
  payment,
}: {
  projectId: string;
  claims: readonly Claim[];
  payment?: Payment;
}) {
  const trpc = useTRPC();
  const form = useDialogForm<Values>(() => valuesOf(payment));
  const initialClaims = () => payment?.claims.map((c) => c.id) ?? [];
  const [claimIds, setClaimIds] = useState<string[]>(initialClaims);
  const create = useMutation(trpc.payments.recordPayment.mutationOptions());
  const update = useMutation(trpc.payments.updatePayment.mutationOptions());
  const { values, bind, action } = form;
  const save = (amountCents: number) => {
    const fields = {
      projectId,
      receivedOn: values.receivedOn,
      amountCents,
      claimIds,
      note: values.note,
    };
    return payment
      ? update.mutateAsync({ ...fields, id: payment.id, version: payment.version })
      : create.mutateAsync(fields);
  };
  const onSubmit = (e: React.FormEvent) => {
    const cents = parseAmount(values.amountCents);
    if (cents === null) {
      e.preventDefault();
      action.refuse({ amountCents: ["Give the amount in euros, like 12500.00"] });
      return;
    }
    return form.save(() => save(cents), payment ? "Payment saved" : "Payment recorded")(e);
  };
  return (
    <DialogForm
      state={{
        ...form,
        onOpenChange: (open) => {
          if (open) setClaimIds(initialClaims());
          form.onOpenChange(open);
        },
      }}
      onSubmit={onSubmit}
      trigger={
        payment ? (
          <Button variant="outline" size="sm" className="h-8">
            Edit<span className="sr-only"> the payment of {formatDate(payment.receivedOn)}</span>
          </Button>
        ) : (
          <Button size="sm">Record a payment</Button>
        )
      }
      title={payment ? "Edit the payment" : "Record a payment received"}
      description="What the programme paid the lead partner, and for which claims. A payment below what the claims await is shared among the partners in proportion to what each awaits."
      submitLabel={payment ? "Save payment" : "Record payment"}
    >
      <TextField label="Received on" type="date" {...bind("receivedOn")} />
      <TextField label="Amount (EUR)" inputMode="decimal" {...bind("amountCents")} />
      <ClaimChoice
        claims={claims}
        chosen={claimIds}
        onChange={setClaimIds}
        error={action.fields.claimIds}
      />
      <div className="sm:col-span-2">
        <TextAreaField label="Note" hint="Optional" maxLength={2000} rows={2} {...bind("note")} />
      </div>
    </DialogForm>
  );
}

/** Deleting a payment, after a confirmation. */
export function DeletePayment({ projectId, payment }: { projectId: string; payment: Payment }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.payments.deletePayment.mutationOptions());
  return (
    <ConfirmAction
      variant="ghost"
      size="sm"
      className="h-8"
      title={`Delete the payment of ${formatEuros(payment.amountCents)} received on ${formatDate(payment.receivedOn)}?`}
      description="The partners' shares of it are no longer counted. It cannot be deleted while transfers already passed on more than the other payments give the partners."
      confirmLabel="Delete payment"
      conflictMessage="Someone changed this payment meanwhile. The page now shows it as it is."
      action={async () => {
        await remove.mutateAsync({ projectId, id: payment.id, version: payment.version });
        return "Payment deleted";
      }}
    >
      Delete<span className="sr-only"> the payment of {formatDate(payment.receivedOn)}</span>
    </ConfirmAction>
  );
}
