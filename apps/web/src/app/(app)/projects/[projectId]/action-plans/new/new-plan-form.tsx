"use client";

import { LANGUAGES } from "@consortia/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { fieldsOf, SelectField, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { plansUrl, planUrl } from "@/lib/urls";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { useTRPC } from "@/trpc/react";
import { languageOf } from "../_components/labels";

export type InstrumentOption = { id: string; name: string; partnerName: string; country: string };
type Values = { policyInstrumentId: string; title: string; language: string };
const FIELDS = new Set<keyof Values>(["policyInstrumentId", "title", "language"]);

const languages = Object.entries(LANGUAGES).sort((a, b) => a[1].localeCompare(b[1]));

/**
 * Starts the action plan of one policy instrument. Its sections are written on the plan's
 * page afterwards, in the plan's language with an English summary each.
 */
export function NewPlanForm({
  projectId,
  instruments,
  chosen,
}: {
  projectId: string;
  instruments: InstrumentOption[];
  chosen: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.actionPlans.create.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const first = instruments.find((i) => i.id === chosen) ?? instruments[0];
  const form = useForm<Values>({
    defaultValues: {
      policyInstrumentId: first?.id ?? "",
      title: first ? `Action plan for ${first.name}` : "",
      language: first ? languageOf(first.country) : "en",
    },
  });
  useUnsavedChangesGuard(form.formState.isDirty);
  const { errors } = form.formState;
  const field = fieldsOf(form);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    form.clearErrors();
    try {
      const row = await create.mutateAsync({ projectId, ...values });
      toast.success("Action plan started");
      await queryClient.invalidateQueries(trpc.actionPlans.pathFilter());
      router.push(planUrl(projectId, row.id));
      router.refresh();
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      showFieldErrors(form, fieldErrors, { fields: [...FIELDS] });
    }
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="New action plan">
      {error && <Alert variant="error">{error}</Alert>}
      <Field label="Policy instrument" error={errors.policyInstrumentId?.message}>
        {(p) => (
          <NativeSelect
            {...p}
            {...form.register("policyInstrumentId", {
              onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                const i = instruments.find((x) => x.id === e.target.value);
                if (i) form.setValue("language", languageOf(i.country));
              },
            })}
          >
            {instruments.map((i) => (
              <option key={i.id} value={i.id}>
                {i.partnerName}: {i.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <TextField label="Title" {...field("title")} autoComplete="off" />
      <SelectField
        label="Language of the plan"
        hint="The plan is written in this language; each section also gets an English summary"
        {...field("language")}
        options={languages.map(([code, name]) => ({ value: code, label: name }))}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button asChild variant="outline">
          <Link href={plansUrl(projectId)}>Cancel</Link>
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Starting…" : "Start the action plan"}
        </Button>
      </div>
    </form>
  );
}
