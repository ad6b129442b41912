"use client";

import { CONTRIBUTION_KIND_LABELS, LEGAL_STATUS_LABELS, parseAmount } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { FormDialog, useFormDialog } from "@/components/form-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { amountInput } from "@/lib/money-format";
import { useTRPC } from "@/trpc/react";
import type { PartnerFinance } from "./types";

type Status = PartnerFinance["legalStatus"];
type Kind = PartnerFinance["contributions"][number]["kind"];
type Source = { key: string; name: string; kind: Kind; amount: string };
/** A key for a new source row (crypto.randomUUID needs a secure context; a counter does not). */
let added = 0;
const newKey = () => `new-${++added}`;

/** Amount text as cents for the API; text that is no amount is sent as NaN and refused there. */
const cents = (text: string) => (text.trim() === "" ? 0 : (parseAmount(text) ?? Number.NaN));

/** The lead coordinator edits one partner's finance; contribution sources are replaced as a set. */
export function PartnerDialog({
  projectId,
  partner,
}: {
  projectId: string;
  partner: PartnerFinance;
}) {
  const trpc = useTRPC();
  const form = useFormDialog(
    () => ({
      legalStatus: partner.legalStatus as Status,
      rate: partner.legalStatus === "other" ? partner.cofinancingPercent : "",
      currency: partner.currency,
      lumpSum: amountInput(partner.lumpSumCents),
      signed: partner.agreementSignedOn !== null,
      signedOn: partner.agreementSignedOn ?? "",
      sources: partner.contributions.map(
        (c): Source => ({
          key: c.id,
          name: c.name,
          kind: c.kind,
          amount: amountInput(c.amountCents),
        }),
      ),
    }),
    "Someone changed this partner’s finance meanwhile. The page now shows it; your entries are still in the form, save again to apply them.",
  );
  const { values, setValues, fields } = form;
  const save = useMutation(trpc.budget.savePartner.mutationOptions());
  const setSource = (i: number, change: Partial<Source>) =>
    setValues((v) => ({
      ...v,
      sources: v.sources.map((s, j) => (j === i ? { ...s, ...change } : s)),
    }));

  const onSubmit = form.submit(async () => {
    await save.mutateAsync({
      projectId,
      partnerId: partner.partnerId,
      legalStatus: values.legalStatus,
      cofinancingPercent: values.legalStatus === "other" ? values.rate : null,
      currency: values.currency,
      lumpSumCents: cents(values.lumpSum),
      contributions: values.sources.map((s) => ({
        name: s.name,
        kind: s.kind,
        amountCents: cents(s.amount),
      })),
      agreementSignedOn: values.signed ? values.signedOn : null,
      version: partner.version,
    });
    return `Finance of ${partner.shortName} saved`;
  });

  return (
    <FormDialog
      state={form}
      trigger={
        <Button variant="outline" size="sm">
          Edit<span className="sr-only"> finance of {partner.shortName}</span>
        </Button>
      }
      title={`Finance of ${partner.shortName}`}
      description="Co-financing, currency, preparation lump sum, contribution sources and the partnership agreement."
      onSubmit={onSubmit}
      pending={save.isPending}
      submitLabel="Save"
    >
      <Field label="Legal status" error={fields.legalStatus}>
        {(p) => (
          <NativeSelect
            {...p}
            value={values.legalStatus}
            onChange={(e) => setValues((v) => ({ ...v, legalStatus: e.target.value as Status }))}
          >
            {Object.entries(LEGAL_STATUS_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {values.legalStatus === "other" && (
        <Field label="Co-financing rate (%)" error={fields.cofinancingPercent}>
          {(p) => (
            <Input
              {...p}
              inputMode="decimal"
              value={values.rate}
              onChange={(e) => setValues((v) => ({ ...v, rate: e.target.value }))}
            />
          )}
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Currency it declares in"
          hint="ISO code; EUR in the euro area"
          error={fields.currency}
        >
          {(p) => (
            <Input
              {...p}
              maxLength={3}
              value={values.currency}
              onChange={(e) => setValues((v) => ({ ...v, currency: e.target.value }))}
            />
          )}
        </Field>
        <Field
          label="Preparation lump sum (EUR)"
          hint="Like 15000 or 15 000,00"
          error={fields.lumpSumCents}
        >
          {(p) => (
            <Input
              {...p}
              inputMode="decimal"
              value={values.lumpSum}
              onChange={(e) => setValues((v) => ({ ...v, lumpSum: e.target.value }))}
            />
          )}
        </Field>
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Contribution sources</legend>
        {values.sources.map((s, i) => (
          <div
            key={s.key}
            className="grid gap-2 rounded-md border p-2 sm:grid-cols-[1fr_10rem_9rem_auto]"
          >
            <Input
              aria-label={`Source ${i + 1}: name`}
              value={s.name}
              onChange={(e) => setSource(i, { name: e.target.value })}
            />
            <NativeSelect
              aria-label={`Source ${i + 1}: kind`}
              value={s.kind}
              onChange={(e) => setSource(i, { kind: e.target.value as Kind })}
            >
              {Object.entries(CONTRIBUTION_KIND_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </NativeSelect>
            <Input
              aria-label={`Source ${i + 1}: amount (EUR)`}
              inputMode="decimal"
              value={s.amount}
              onChange={(e) => setSource(i, { amount: e.target.value })}
            />
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() =>
                setValues((v) => ({ ...v, sources: v.sources.filter((_, j) => j !== i) }))
              }
            >
              Remove<span className="sr-only"> source {i + 1}</span>
            </Button>
          </div>
        ))}
        <div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() =>
              setValues((v) => ({
                ...v,
                sources: [...v.sources, { key: newKey(), name: "", kind: "public", amount: "" }],
              }))
            }
          >
            Add a source
          </Button>
        </div>
        {fields.contributions && <Alert variant="error">{fields.contributions.join(" ")}</Alert>}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Partnership agreement</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={values.signed}
            onChange={(e) => setValues((v) => ({ ...v, signed: e.target.checked }))}
          />
          Signed
        </label>
        {values.signed && (
          <Field label="Signed on" error={fields.agreementSignedOn}>
            {(p) => (
              <Input
                {...p}
                type="date"
                value={values.signedOn}
                onChange={(e) => setValues((v) => ({ ...v, signedOn: e.target.value }))}
              />
            )}
          </Field>
        )}
      </fieldset>
    </FormDialog>
  );
}
