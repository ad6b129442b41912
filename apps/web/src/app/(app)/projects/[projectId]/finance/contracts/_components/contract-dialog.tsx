"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { PROCUREMENT_LABELS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { ConfirmAction } from "@/components/confirm-action";
import { DialogForm, useDialogForm } from "@/components/finance/dialog-form";
import { labelOptions, SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { amountInput } from "@/lib/money-format";
import { useTRPC } from "@/trpc/react";

type Contract = RouterOutputs["expenditure"]["contracts"]["contracts"][number];
type Values = {
  name: string;
  reference: string;
  contractDate: string;
  procurementType: Contract["procurementType"];
  amount: string;
  currency: string;
  supplierName: string;
  supplierVat: string;
};

const valuesOf = (c?: Contract): Values => ({
  name: c?.name ?? "",
  reference: c?.reference ?? "",
  contractDate: c?.contractDate ?? "",
  procurementType: c?.procurementType ?? "open",
  amount: amountInput(c?.amountCents),
  currency: c?.currency ?? "EUR",
  supplierName: c?.supplierName ?? "",
  supplierVat: c?.supplierVat ?? "",
});

/** Adding a contract of the partner, or editing one. */
export function ContractDialog({
  projectId,
  partnerId,
  contract,
}: {
  projectId: string;
  partnerId: string;
  contract?: Contract;
}) {
  const trpc = useTRPC();
  const form = useDialogForm<Values>(() => valuesOf(contract));
  const create = useMutation(trpc.expenditure.createContract.mutationOptions());
  const update = useMutation(trpc.expenditure.updateContract.mutationOptions());
  const { values, bind } = form;
  const onSubmit = form.save(
    () =>
      contract
        ? update.mutateAsync({
            projectId,
            contractId: contract.id,
            version: contract.version,
            ...values,
          })
        : create.mutateAsync({ projectId, partnerId, ...values }),
    contract ? "Contract saved" : "Contract added",
  );
  return (
    <DialogForm
      state={form}
      onSubmit={onSubmit}
      trigger={
        contract ? (
          <Button variant="outline" size="sm" className="h-8">
            Edit<span className="sr-only"> {contract.name}</span>
          </Button>
        ) : (
          <Button size="sm">Add a contract</Button>
        )
      }
      title={contract ? "Edit the contract" : "Add a contract"}
      description="The procurement as the programme's form asks for it: name, reference, date, type, amount, supplier and its VAT number."
      submitLabel={contract ? "Save contract" : "Add contract"}
    >
      <TextField label="Name of the procurement" maxLength={300} {...bind("name")} />
      <TextField label="Reference" hint="Optional" maxLength={100} {...bind("reference")} />
      <TextField label="Date of the contract" type="date" {...bind("contractDate")} />
      <SelectField
        label="Type of procurement"
        options={labelOptions(PROCUREMENT_LABELS)}
        {...bind("procurementType")}
      />
      <TextField label="Amount" inputMode="decimal" {...bind("amount")} />
      <TextField label="Currency" maxLength={3} {...bind("currency")} />
      <TextField label="Supplier" maxLength={300} {...bind("supplierName")} />
      <TextField
        label="Supplier VAT number"
        hint="Optional"
        maxLength={30}
        {...bind("supplierVat")}
      />
    </DialogForm>
  );
}

/** Deleting a contract no item uses, after a confirmation. */
export function DeleteContract({ projectId, contract }: { projectId: string; contract: Contract }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.expenditure.deleteContract.mutationOptions());
  return (
    <ConfirmAction
      variant="ghost"
      size="sm"
      className="h-8"
      title={`Delete “${contract.name}”?`}
      description="The contract leaves the list. A contract that items of expenditure fall under cannot be deleted."
      confirmLabel="Delete contract"
      conflictMessage="Someone changed this contract meanwhile, or items use it. The page now shows it as it is."
      action={async () => {
        await remove.mutateAsync({ projectId, contractId: contract.id, version: contract.version });
        return "Contract deleted";
      }}
    >
      Delete<span className="sr-only"> {contract.name}</span>
    </ConfirmAction>
  );
}
