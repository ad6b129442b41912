"use client";

import { LANGUAGES } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConflictNotice } from "../../../learning/_components/conflict-notice";
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
  const [version, setVersion] = useState(plan.version);
  const [saved, setSaved] = useState<PlanValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<PlanValues>({ defaultValues: valuesOf(plan) });
  const edited = new Set(fields.map((f) => f.key));
  const { errors } = form.formState;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, textarea, select")?.focus();
  }, []);

  async function showConflict(message: string) {
    try {
      const latest = await client.actionPlans.get.query({ projectId, actionPlanId: plan.id });
      if (!latest.can.edit) {
        setError(message);
        return;
      }
      const now = valuesOf(latest);
      for (const k of KEYS) if (!edited.has(k)) form.setValue(k, now[k]);
      setVersion(latest.version);
      setSaved(now);
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    form.clearErrors();
    try {
      await update.mutateAsync({ projectId, actionPlanId: plan.id, version, ...values });
      toast.success(saved ? "Your version is saved" : "Saved");
      await refresh();
      onDone();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      if (code === "CONFLICT" && Object.keys(fieldErrors).length === 0) {
        await showConflict(message);
        return;
      }
      setError(message);
      for (const [name, messages] of Object.entries(fieldErrors)) {
        if (messages?.length && name in PLAN_FIELD_LABELS)
          form.setError(name as PlanFieldKey, { message: messages.join(" ") });
      }
    }
  });

  return (
    <form ref={ref} onSubmit={onSubmit} className="grid gap-4" noValidate aria-label={label}>
      {error && <Alert variant="error">{error}</Alert>}
      {saved && (
        <ConflictNotice
          what="action plan"
          saved={saved}
          current={form.watch()}
          labels={PLAN_FIELD_LABELS}
          display={(k, v) => (k === "language" ? languageName(v[k]) : v[k].trim())}
          onUseSaved={(k) => form.setValue(k, saved[k], { shouldDirty: true })}
        />
      )}
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
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : saved ? "Save again" : "Save"}
        </Button>
      </div>
    </form>
  );
}
