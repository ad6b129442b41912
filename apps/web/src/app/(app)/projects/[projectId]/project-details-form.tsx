"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { fieldsOf, TextAreaField, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
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
  const field = fieldsOf(form);
  useUnsavedChangesGuard(form.formState.isDirty);
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
      form.reset(form.getValues(), { keepValues: true });
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
        <TextField label="Acronym" {...field("acronym")} autoComplete="off" />
        <TextField label="Title" {...field("title")} autoComplete="off" />
      </div>
      <TextField label="Programme" {...field("programme")} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Start date" type="date" {...field("startDate")} />
        <TextField label="End date" type="date" {...field("endDate")} />
        <TextField
          label="Core phase ends"
          hint="The follow-up phase starts the day after."
          type="date"
          {...field("corePhaseEnd")}
        />
      </div>
      <TextAreaField label="Description" rows={6} {...field("description")} />
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
