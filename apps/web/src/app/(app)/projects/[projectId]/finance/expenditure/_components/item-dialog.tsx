"use client";

import { CATEGORY_LABELS, STAFF_BASIS_LABELS } from "@consortia/api/schemas";
import type { StaffBasis } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { DocumentPicker, type Picked } from "@/components/documents/document-picker";
import { DialogForm, useDialogForm } from "@/components/finance/dialog-form";
import { labelOptions, SelectField, TextAreaField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { amountInput } from "@/lib/money-format";
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
 * accept "1234.56" or "1 234,56". Evidence is chosen from the library.
 */
export function ItemDialog({ item, ...c }: ItemContext & { item?: Item }) {
  const trpc = useTRPC();
  const form = useDialogForm<Values>(() => initial(item, c));
  const evidenceOf = (): Picked => new Map(item?.evidence.map((d) => [d.id, d.title]));
  const [picked, setPicked] = useState<Picked>(evidenceOf);
  const state = {
    ...form,
    onOpenChange(next: boolean) {
      if (next) setPicked(evidenceOf());
      form.onOpenChange(next);
    },
  };
  const create = useMutation(trpc.expenditure.create.mutationOptions());
  const update = useMutation(trpc.expenditure.update.mutationOptions());
  const { values, bind } = form;
  const staff = values.category === "staff";
  const onlyStaff = (v: string) => (staff ? v : "");
  const fields = {
    ...values,
    category: values.category as Item["category"],
    invoiceDate: values.invoiceDate || null,
    paymentDate: values.paymentDate || null,
    contractId: values.contractId || null,
    staffPerson: onlyStaff(values.staffPerson),
    staffRole: onlyStaff(values.staffRole),
    staffBasis: (onlyStaff(values.staffBasis) || null) as StaffBasis | null,
    staffSharePercent: onlyStaff(values.staffSharePercent),
    staffHours: onlyStaff(values.staffHours),
    staffSalary: onlyStaff(values.staffSalary),
    evidenceIds: [...picked.keys()],
  };
  const onSubmit = form.save(
    () =>
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
    item ? "Item saved" : "Item added",
  );
  return (
    <DialogForm
      state={state}
      onSubmit={onSubmit}
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
      submitLabel={item ? "Save item" : "Add item"}
    >
      <SelectField
        label="Cost category"
        options={labelOptions(CATEGORY_LABELS, c.categories)}
        {...bind("category")}
      />
      <SelectField
        label="Currency"
        options={c.currencies.map((x) => ({ value: x, label: x }))}
        {...bind("currency")}
      />
      <div className="sm:col-span-2">
        <TextAreaField label="Description" maxLength={2000} rows={2} {...bind("description")} />
      </div>
      <TextField label="Internal reference" maxLength={100} {...bind("internalReference")} />
      <TextField label="Invoice number" maxLength={100} {...bind("invoiceNumber")} />
      <TextField label="Invoice date" type="date" {...bind("invoiceDate")} />
      <TextField label="Payment date" type="date" {...bind("paymentDate")} />
      <TextField
        label="Total invoice amount"
        hint="Optional"
        inputMode="decimal"
        {...bind("totalInvoice")}
      />
      <TextField label="VAT" hint="Optional" inputMode="decimal" {...bind("vat")} />
      <TextField label="Amount declared" inputMode="decimal" {...bind("declared")} />
      <SelectField
        label="Contract"
        placeholder="None"
        options={c.contracts.map((x) => ({
          value: x.id,
          label: x.reference ? `${x.reference}: ${x.name}` : x.name,
        }))}
        {...bind("contractId")}
      />
      {staff && (
        <fieldset className="grid gap-4 rounded-md border p-3 sm:col-span-2 sm:grid-cols-2">
          <legend className="px-1 text-sm font-medium">
            Staff costs: the person (seen only by the partner)
          </legend>
          <TextField label="Person" maxLength={200} {...bind("staffPerson")} />
          <TextField label="Role in the project" maxLength={200} {...bind("staffRole")} />
          <SelectField
            label="Basis of employment"
            placeholder="Choose…"
            options={labelOptions(STAFF_BASIS_LABELS)}
            {...bind("staffBasis")}
          />
          {values.staffBasis === "hourly" ? (
            <TextField label="Hours on the project" inputMode="decimal" {...bind("staffHours")} />
          ) : (
            <TextField
              label="Share of time on the project (%)"
              inputMode="decimal"
              {...bind("staffSharePercent")}
            />
          )}
          <TextField
            label="Salary (gross, for the period)"
            hint="Optional"
            inputMode="decimal"
            {...bind("staffSalary")}
          />
        </fieldset>
      )}
      <div className="grid gap-1 sm:col-span-2">
        <DocumentPicker projectId={c.projectId} picked={picked} onChange={setPicked} />
        <p className="text-xs text-muted-foreground">
          Evidence: invoices, timesheets, contracts. Choose documents the partner may see.
        </p>
        {form.action.fields.evidenceIds && (
          <p className="text-sm text-destructive">{form.action.fields.evidenceIds.join(" ")}</p>
        )}
      </div>
    </DialogForm>
  );
}
