"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { useTRPC } from "@/trpc/react";

type Values = {
  acronym: string;
  title: string;
  programme: string;
  description: string;
  startDate: string;
  endDate: string;
  corePhaseEnd: string;
};

/**
 * The lead coordinator's form for the project's details. It saves against the version it was
 * opened with: a stale save is refused (CONFLICT) and the typed text stays in the form.
 */
export function ProjectDetailsForm({
  projectId,
  version,
  initial,
}: {
  projectId: string;
  version: number;
  initial: Values;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: initial });
  const { errors } = form.formState;
  const update = useMutation(trpc.projects.update.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await update.mutateAsync({
        projectId,
        version,
        ...values,
        corePhaseEnd: values.corePhaseEnd || null,
      });
      toast.success("Project details saved");
      await queryClient.invalidateQueries(trpc.projects.pathFilter());
      // The page re-renders with the new version, which re-mounts this form.
      router.refresh();
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      showFieldErrors(form, fieldErrors, { fields: initial });
    }
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && <Alert variant="error">{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field label="Acronym" error={errors.acronym?.message}>
          {(p) => <Input {...p} {...form.register("acronym")} autoComplete="off" />}
        </Field>
        <Field label="Title" error={errors.title?.message}>
          {(p) => <Input {...p} {...form.register("title")} autoComplete="off" />}
        </Field>
      </div>
      <Field label="Programme" error={errors.programme?.message}>
        {(p) => <Input {...p} {...form.register("programme")} autoComplete="off" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Start date" error={errors.startDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register("startDate")} />}
        </Field>
        <Field label="End date" error={errors.endDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register("endDate")} />}
        </Field>
        <Field
          label="Core phase ends"
          hint="The follow-up phase starts the day after."
          error={errors.corePhaseEnd?.message}
        >
          {(p) => <Input {...p} type="date" {...form.register("corePhaseEnd")} />}
        </Field>
      </div>
      <Field label="Description" error={errors.description?.message}>
        {(p) => <Textarea {...p} rows={6} {...form.register("description")} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save project details"}
        </Button>
        {form.formState.isDirty && !form.formState.isSubmitting && (
          <Button type="button" variant="outline" onClick={() => form.reset(initial)}>
            Discard changes
          </Button>
        )}
      </div>
    </form>
  );
}
