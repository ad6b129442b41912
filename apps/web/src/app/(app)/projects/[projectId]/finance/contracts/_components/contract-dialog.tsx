"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { PROCUREMENT_LABELS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/confirm-action";
import { labelOptions, SelectField, TextField } from "@/components/form-fields";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { amountInput } from "@/lib/money-format";
import { useAction } from "@/lib/use-action";
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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => valuesOf(contract));
  const action = useAction();
  const create = useMutation(trpc.expenditure.createContract.mutationOptions());
  const update = useMutation(trpc.expenditure.updateContract.mutationOptions());
  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  const f = action.fields;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const done = await action.run(() =>
      contract
        ? update.mutateAsync({
            projectId,
            contractId: contract.id,
            version: contract.version,
            ...values,
          })
        : create.mutateAsync({ projectId, partnerId, ...values }),
    );
    if (!done) return;
    toast.success(contract ? "Contract saved" : "Contract added");
    setOpen(false);
    router.refresh();
  }

  return (
    <TitledDialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setValues(valuesOf(contract));
          action.clear();
        }
        setOpen(next);
      }}
      wide
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
    >
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        {action.error && (
          <Alert variant="error" className="sm:col-span-2">
            {action.error}
          </Alert>
        )}
        <TextField
          label="Name of the procurement"
          error={f.name}
          value={values.name}
          onChange={set("name")}
          maxLength={300}
        />
        <TextField
          label="Reference"
          hint="Optional"
          error={f.reference}
          value={values.reference}
          onChange={set("reference")}
          maxLength={100}
        />
        <TextField
          label="Date of the contract"
          type="date"
          error={f.contractDate}
          value={values.contractDate}
          onChange={set("contractDate")}
        />
        <SelectField
          label="Type of procurement"
          error={f.procurementType}
          value={values.procurementType}
          onChange={set("procurementType")}
          options={labelOptions(PROCUREMENT_LABELS)}
        />
        <TextField
          label="Amount"
          inputMode="decimal"
          error={f.amount}
          value={values.amount}
          onChange={set("amount")}
        />
        <TextField
          label="Currency"
          error={f.currency}
          value={values.currency}
          onChange={set("currency")}
          maxLength={3}
        />
        <TextField
          label="Supplier"
          error={f.supplierName}
          value={values.supplierName}
          onChange={set("supplierName")}
          maxLength={300}
        />
        <TextField
          label="Supplier VAT number"
          hint="Optional"
          error={f.supplierVat}
          value={values.supplierVat}
          onChange={set("supplierVat")}
          maxLength={30}
        />
        <div className="sm:col-span-2">
          <DialogButtons
            onCancel={() => setOpen(false)}
            pending={action.pending}
            label={contract ? "Save contract" : "Add contract"}
          />
        </div>
      </form>
    </TitledDialog>
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
