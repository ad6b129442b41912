"use client";

import { CATEGORY_LABELS, STAFF_BASIS_LABELS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { labelOptions, SelectField, TextAreaField, TextField } from "@/components/form-fields";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { amountInput } from "@/lib/money-format";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";
import type { Item, ItemContext } from "./types";

type Values = {
  category: string;
  internalReference: string;
  invoiceNumber: string;
  invoiceDate: string;
  paymentDate: string;
  description: string;
  totalInvoice: string;
  vat: string;
  declared: string;
  currency: string;
  contractId: string;
  staffPerson: string;
  staffRole: string;
  staffBasis: string;
  staffSharePercent: string;
  staffHours: string;
  staffSalary: string;
};

function initial(item: Item | undefined, c: ItemContext): Values {
  const s = item?.staff;
  return {
    category: item?.category ?? c.categories[0] ?? "",
    internalReference: item?.internalReference ?? "",
    invoiceNumber: item?.invoiceNumber ?? "",
    invoiceDate: item?.invoiceDate ?? "",
    paymentDate: item?.paymentDate ?? "",
    description: item?.description ?? "",
    totalInvoice: amountInput(item?.totalInvoiceCents),
    vat: amountInput(item?.vatCents),
    declared: amountInput(item?.declaredCents),
    currency: item?.currency ?? c.currencies[0] ?? "EUR",
    contractId: item?.contract?.id ?? "",
    staffPerson: s?.person ?? "",
    staffRole: s?.role ?? "",
    staffBasis: s?.basis ?? "",
    staffSharePercent: s?.sharePercent ?? "",
    staffHours: s?.hours ?? "",
    staffSalary: amountInput(s?.salaryCents),
  };
}

/**
 * Adding an item of expenditure, or editing one: the programme's fields, and the staff-cost
 * fields (person, role, basis, share of time or hours, salary) for staff costs only. Amounts
 * accept "1234.56" or "1 234,56". The item keeps its evidence when edited.
 */
export function ItemDialog({ item, ...c }: ItemContext & { item?: Item }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => initial(item, c));
  const action = useAction();
  const create = useMutation(trpc.expenditure.create.mutationOptions());
  const update = useMutation(trpc.expenditure.update.mutationOptions());
  const set =
    (k: keyof Values) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setValues((v) => ({ ...v, [k]: e.target.value }));
  const staff = values.category === "staff";
  const f = action.fields;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const fields = {
      ...values,
      category: values.category as Item["category"],
      invoiceDate: values.invoiceDate || null,
      paymentDate: values.paymentDate || null,
      contractId: values.contractId || null,
      staffPerson: staff ? values.staffPerson : "",
      staffRole: staff ? values.staffRole : "",
      staffBasis:
        staff && values.staffBasis ? (values.staffBasis as keyof typeof STAFF_BASIS_LABELS) : null,
      staffSharePercent: staff ? values.staffSharePercent : "",
      staffHours: staff ? values.staffHours : "",
      staffSalary: staff ? values.staffSalary : "",
      evidenceIds: item?.evidence.map((d) => d.id) ?? [],
    };
    const done = await action.run(() =>
      item
        ? update.mutateAsync({
            projectId: c.projectId,
            itemId: item.id,
            version: item.version,
            ...fields,
          })
        : create.mutateAsync({
            projectId: c.projectId,
            partnerId: c.partnerId,
            periodNumber: c.periodNumber,
            ...fields,
          }),
    );
    if (!done) return;
    toast.success(item ? "Item saved" : "Item added");
    setOpen(false);
    router.refresh();
  }

  return (
    <TitledDialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setValues(initial(item, c));
          action.clear();
        }
        setOpen(next);
      }}
      wide
      trigger={
        item ? (
          <Button variant="outline" size="sm" className="h-8">
            Edit<span className="sr-only"> {item.description}</span>
          </Button>
        ) : (
          <Button size="sm">Add an item</Button>
        )
      }
      title={item ? "Edit the item" : "Add an item of expenditure"}
      description={`Dates must fall within period ${c.periodNumber}; the payment date is required.`}
    >
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        {action.error && (
          <Alert variant="error" className="sm:col-span-2">
            {action.error}
          </Alert>
        )}
        <SelectField
          label="Cost category"
          error={f.category}
          value={values.category}
          onChange={set("category")}
          options={labelOptions(CATEGORY_LABELS, c.categories)}
        />
        <SelectField
          label="Currency"
          error={f.currency}
          value={values.currency}
          onChange={set("currency")}
          options={c.currencies.map((x) => ({ value: x, label: x }))}
        />
        <div className="sm:col-span-2">
          <TextAreaField
            label="Description"
            error={f.description}
            value={values.description}
            onChange={set("description")}
            maxLength={2000}
            rows={2}
          />
        </div>
        <TextField
          label="Internal reference"
          error={f.internalReference}
          value={values.internalReference}
          onChange={set("internalReference")}
          maxLength={100}
        />
        <TextField
          label="Invoice number"
          error={f.invoiceNumber}
          value={values.invoiceNumber}
          onChange={set("invoiceNumber")}
          maxLength={100}
        />
        <TextField
          label="Invoice date"
          type="date"
          error={f.invoiceDate}
          value={values.invoiceDate}
          onChange={set("invoiceDate")}
        />
        <TextField
          label="Payment date"
          type="date"
          error={f.paymentDate}
          value={values.paymentDate}
          onChange={set("paymentDate")}
        />
        <TextField
          label="Total invoice amount"
          hint="Optional"
          inputMode="decimal"
          error={f.totalInvoice}
          value={values.totalInvoice}
          onChange={set("totalInvoice")}
        />
        <TextField
          label="VAT"
          hint="Optional"
          inputMode="decimal"
          error={f.vat}
          value={values.vat}
          onChange={set("vat")}
        />
        <TextField
          label="Amount declared"
          inputMode="decimal"
          error={f.declared}
          value={values.declared}
          onChange={set("declared")}
        />
        <SelectField
          label="Contract"
          error={f.contractId}
          value={values.contractId}
          onChange={set("contractId")}
          placeholder="None"
          options={c.contracts.map((x) => ({
            value: x.id,
            label: x.reference ? `${x.reference}: ${x.name}` : x.name,
          }))}
        />
        {staff && (
          <fieldset className="grid gap-4 rounded-md border p-3 sm:col-span-2 sm:grid-cols-2">
            <legend className="px-1 text-sm font-medium">
              Staff costs: the person (seen only by the partner)
            </legend>
            <TextField
              label="Person"
              error={f.staffPerson}
              value={values.staffPerson}
              onChange={set("staffPerson")}
              maxLength={200}
            />
            <TextField
              label="Role in the project"
              error={f.staffRole}
              value={values.staffRole}
              onChange={set("staffRole")}
              maxLength={200}
            />
            <SelectField
              label="Basis of employment"
              error={f.staffBasis}
              value={values.staffBasis}
              onChange={set("staffBasis")}
              placeholder="Choose…"
              options={labelOptions(STAFF_BASIS_LABELS)}
            />
            {values.staffBasis === "hourly" ? (
              <TextField
                label="Hours on the project"
                inputMode="decimal"
                error={f.staffHours}
                value={values.staffHours}
                onChange={set("staffHours")}
              />
            ) : (
              <TextField
                label="Share of time on the project (%)"
                inputMode="decimal"
                error={f.staffSharePercent}
                value={values.staffSharePercent}
                onChange={set("staffSharePercent")}
              />
            )}
            <TextField
              label="Salary (gross, for the period)"
              hint="Optional"
              inputMode="decimal"
              error={f.staffSalary}
              value={values.staffSalary}
              onChange={set("staffSalary")}
            />
          </fieldset>
        )}
        <div className="sm:col-span-2">
          <DialogButtons
            onCancel={() => setOpen(false)}
            pending={action.pending}
            label={item ? "Save item" : "Add item"}
          />
        </div>
      </form>
    </TitledDialog>
  );
}
