"use client";

import { LANGUAGES } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { RecordForm } from "@/components/record-form";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { languageName } from "../../_components/labels";
import type { Plan } from "./action-values";
import { usePlanRefresh } from "./use-plan-refresh";

export type PlanFieldKey =
  | "title"
  | "language"
  | "generalInformation"
  | "generalInformationEn"
  | "policyContext"
  | "policyContextEn"
  | "actionsSummaryEn";
type PlanValues = Record<PlanFieldKey, string>;

export const PLAN_FIELD_LABELS: Record<PlanFieldKey, string> = {
  title: "Title",
  language: "Language of the plan",
  generalInformation: "General information",
  generalInformationEn: "English summary of the general information",
  policyContext: "Policy context",
  policyContextEn: "English summary of the policy context",
  actionsSummaryEn: "English summary of the actions",
};

export type EditedField = {
  key: PlanFieldKey;
  kind: "input" | "textarea" | "language";
  /** The language the person writes this field in. */
  lang?: string;
  hint?: string;
};

const KEYS = Object.keys(PLAN_FIELD_LABELS) as PlanFieldKey[];
const valuesOf = (p: Pick<Plan, PlanFieldKey>): PlanValues =>
  Object.fromEntries(KEYS.map((k) => [k, p[k]])) as PlanValues;
const languages = Object.entries(LANGUAGES).sort((a, b) => a[1].localeCompare(b[1]));

/**
 * Edits some of the plan's fields in place; the others go back as they are. The save names the
 * plan's version: when anyone changed the plan meanwhile, the other fields take the saved
 * values, this person's text stays in the edited ones, and the saved text is shown beside it.
 */
export function SectionEditor({
  projectId,
  plan,
  fields,
  label,
  onDone,
}: {
  projectId: string;
  plan: Plan;
  fields: EditedField[];
  label: string;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const refresh = usePlanRefresh();
  const update = useMutation(trpc.actionPlans.update.mutationOptions());
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<PlanValues>({ defaultValues: valuesOf(plan) });
  const edited = new Set(fields.map((f) => f.key));
  const { errors } = form.formState;
  const record = useRecordForm({
    form,
    existing: true,
    initialVersion: plan.version,
    labels: PLAN_FIELD_LABELS,
    load: async () => {
      const latest = await client.actionPlans.get.query({ projectId, actionPlanId: plan.id });
      return latest.can.edit ? latest : false;
    },
    toValues: valuesOf,
    deletedMessage: "Someone deleted this action plan. Copy your text before you leave this page.",
    // The fields not edited here go back as they are: they follow the saved plan.
    onConflict: (latest) => {
      const now = valuesOf(latest);
      for (const k of KEYS) if (!edited.has(k)) form.setValue(k, now[k]);
    },
  });

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, textarea, select")?.focus();
  }, []);

  const onSubmit = record.submit(async (values) => {
    await update.mutateAsync({
      projectId,
      actionPlanId: plan.id,
      version: record.version,
      ...values,
    });
    toast.success(record.saved ? "Your version is saved" : "Saved");
    await refresh();
    onDone();
  });

  return (
    <RecordForm
      formRef={ref}
      form={form}
      record={record}
      label={label}
      what="action plan"
      display={(k, v) => (k === "language" ? languageName(v[k]) : v[k].trim())}
      onSubmit={onSubmit}
      cancel={onDone}
      submitLabel="Save"
    >
      {fields.map((f) => (
        <Field
          key={f.key}
          label={PLAN_FIELD_LABELS[f.key]}
          hint={f.hint}
          error={errors[f.key]?.message}
        >
          {(p) =>
            f.kind === "language" ? (
              <NativeSelect {...p} {...form.register(f.key)}>
                {languages.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </NativeSelect>
            ) : f.kind === "input" ? (
              <Input {...p} {...form.register(f.key)} lang={f.lang} autoComplete="off" />
            ) : (
              <Textarea {...p} {...form.register(f.key)} lang={f.lang} rows={8} />
            )
          }
        </Field>
      ))}
    </RecordForm>
  );
}
