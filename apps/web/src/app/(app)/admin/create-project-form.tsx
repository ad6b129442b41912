"use client";

import { PARTNER_TYPES } from "@consortia/db/schema";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { toast } from "sonner";
import { COUNTRY_OPTIONS, SelectField, TextAreaField, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { PARTNER_TYPE_LABELS } from "@/lib/labels";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { useTRPC } from "@/trpc/react";
import {
  type CreateProjectIn,
  type CreateProjectOut,
  createProjectSchema,
  EMPTY_PROJECT,
  toApiInput,
} from "./create-project-schema";

function Section({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
      <legend className="mb-3 text-base font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function CreateProjectForm() {
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.admin.createProject.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateProjectIn, unknown, CreateProjectOut>({
    resolver: zodResolver(createProjectSchema),
    defaultValues: EMPTY_PROJECT,
  });
  useUnsavedChangesGuard(form.formState.isDirty);
  const { errors, isSubmitting } = form.formState;
  const reg = form.register;
  const err = (k: FieldPath<CreateProjectIn>) => errors[k]?.message;

  async function onSubmit(v: CreateProjectOut) {
    setError(null);
    try {
      const project = await create.mutateAsync(toApiInput(v));
      toast.success(`${project.acronym} created; invitation sent to ${v.leadCoordinatorEmail}`, {
        action: { label: "Open", onClick: () => router.push(`/projects/${project.id}`) },
      });
      form.reset(EMPTY_PROJECT);
      router.refresh();
    } catch (e) {
      const { message, fieldErrors } = describeError(e);
      // Project fields share their names with the form; the API reports the nested lead
      // partner as one "leadPartner" entry, which has no single field to sit under.
      const unplaced: string[] = [];
      for (const [key, msgs] of Object.entries(fieldErrors)) {
        if (!msgs?.length) continue;
        const field = (Object.keys(EMPTY_PROJECT) as (keyof CreateProjectIn)[]).find(
          (k) => k === key,
        );
        if (field) form.setError(field, { message: msgs.join(" ") });
        else unplaced.push(`${key === "leadPartner" ? "Lead partner" : key}: ${msgs.join(" ")}`);
      }
      setError([message, ...unplaced].join(" "));
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="grid grid-cols-1 gap-8" noValidate>
      {error && <Alert variant="error">{error}</Alert>}
      <Section legend="Project">
        <TextField
          label="Acronym"
          hint="Short name, e.g. MEDTECH-S3"
          error={err("acronym")}
          {...reg("acronym")}
        />
        <TextField label="Programme" error={err("programme")} {...reg("programme")} />
        <div className="sm:col-span-2">
          <TextField label="Title" error={err("title")} {...reg("title")} />
        </div>
        <div className="sm:col-span-2">
          <TextAreaField
            label="Description"
            hint="Optional"
            error={err("description")}
            rows={3}
            {...reg("description")}
          />
        </div>
        <TextField label="Start date" error={err("startDate")} type="date" {...reg("startDate")} />
        <TextField label="End date" error={err("endDate")} type="date" {...reg("endDate")} />
        <TextField
          label="Core phase ends"
          hint="Optional: the follow-up phase starts the day after"
          error={err("corePhaseEnd")}
          type="date"
          {...reg("corePhaseEnd")}
        />
      </Section>
      <Section legend="Lead partner">
        <div className="sm:col-span-2">
          <TextField label="Organisation name" error={err("partnerName")} {...reg("partnerName")} />
        </div>
        <TextField label="Short name" error={err("shortName")} {...reg("shortName")} />
        <SelectField
          label="Type"
          error={err("type")}
          {...reg("type")}
          options={PARTNER_TYPES.map((t) => ({ value: t, label: PARTNER_TYPE_LABELS[t] ?? t }))}
        />
        <SelectField
          label="Country"
          error={err("country")}
          {...reg("country")}
          placeholder="Choose a country"
          options={COUNTRY_OPTIONS}
        />
        <TextField
          label="NUTS code"
          hint="e.g. DK01"
          error={err("nutsCode")}
          autoCapitalize="characters"
          {...reg("nutsCode")}
        />
        <TextField label="Region" error={err("regionName")} {...reg("regionName")} />
        <TextField label="City" hint="Optional" error={err("city")} {...reg("city")} />
        <TextField
          label="Website"
          hint="Optional"
          error={err("website")}
          type="url"
          placeholder="https://"
          {...reg("website")}
        />
        <TextField
          label="Contact name"
          hint="Optional"
          error={err("contactName")}
          {...reg("contactName")}
        />
        <TextField
          label="Contact e-mail"
          hint="Optional"
          error={err("contactEmail")}
          type="email"
          {...reg("contactEmail")}
        />
      </Section>
      <Section legend="Lead coordinator">
        <div className="sm:col-span-2">
          <Field
            label="Lead coordinator e-mail"
            hint="They receive an invitation to join as lead coordinator for the lead partner."
            error={err("leadCoordinatorEmail")}
          >
            {(p) => (
              <Input {...p} type="email" autoComplete="off" {...reg("leadCoordinatorEmail")} />
            )}
          </Field>
        </div>
      </Section>
      <Button type="submit" className="justify-self-start" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create project"}
      </Button>
    </form>
  );
}
