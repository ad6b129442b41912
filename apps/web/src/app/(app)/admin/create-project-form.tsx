"use client";

import { PARTNER_TYPES } from "@consortia/db/schema";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { PARTNER_TYPE_LABELS } from "@/lib/labels";
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

export function CreateProjectForm({ countries }: { countries: Record<string, string> }) {
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.admin.createProject.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateProjectIn, unknown, CreateProjectOut>({
    resolver: zodResolver(createProjectSchema),
    defaultValues: EMPTY_PROJECT,
  });
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
        <Field label="Acronym" hint="Short name, e.g. MEDTECH-S3" error={err("acronym")}>
          {(p) => <Input {...p} {...reg("acronym")} />}
        </Field>
        <Field label="Programme" error={err("programme")}>
          {(p) => <Input {...p} {...reg("programme")} />}
        </Field>
        <div className="sm:col-span-2">
          <Field label="Title" error={err("title")}>
            {(p) => <Input {...p} {...reg("title")} />}
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field label="Description" hint="Optional" error={err("description")}>
            {(p) => <Textarea {...p} rows={3} {...reg("description")} />}
          </Field>
        </div>
        <Field label="Start date" error={err("startDate")}>
          {(p) => <Input {...p} type="date" {...reg("startDate")} />}
        </Field>
        <Field label="End date" error={err("endDate")}>
          {(p) => <Input {...p} type="date" {...reg("endDate")} />}
        </Field>
        <Field
          label="Core phase ends"
          hint="Optional: the follow-up phase starts the day after"
          error={err("corePhaseEnd")}
        >
          {(p) => <Input {...p} type="date" {...reg("corePhaseEnd")} />}
        </Field>
      </Section>
      <Section legend="Lead partner">
        <div className="sm:col-span-2">
          <Field label="Organisation name" error={err("partnerName")}>
            {(p) => <Input {...p} {...reg("partnerName")} />}
          </Field>
        </div>
        <Field label="Short name" error={err("shortName")}>
          {(p) => <Input {...p} {...reg("shortName")} />}
        </Field>
        <Field label="Type" error={err("type")}>
          {(p) => (
            <NativeSelect {...p} {...reg("type")}>
              {PARTNER_TYPES.map((t) => (
                <option key={t} value={t}>
                  {PARTNER_TYPE_LABELS[t] ?? t}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Country" error={err("country")}>
          {(p) => (
            <NativeSelect {...p} {...reg("country")}>
              <option value="">Choose a country</option>
              {Object.entries(countries).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="NUTS code" hint="e.g. DK01" error={err("nutsCode")}>
          {(p) => <Input {...p} autoCapitalize="characters" {...reg("nutsCode")} />}
        </Field>
        <Field label="Region" error={err("regionName")}>
          {(p) => <Input {...p} {...reg("regionName")} />}
        </Field>
        <Field label="City" hint="Optional" error={err("city")}>
          {(p) => <Input {...p} {...reg("city")} />}
        </Field>
        <Field label="Website" hint="Optional" error={err("website")}>
          {(p) => <Input {...p} type="url" placeholder="https://" {...reg("website")} />}
        </Field>
        <Field label="Contact name" hint="Optional" error={err("contactName")}>
          {(p) => <Input {...p} {...reg("contactName")} />}
        </Field>
        <Field label="Contact e-mail" hint="Optional" error={err("contactEmail")}>
          {(p) => <Input {...p} type="email" {...reg("contactEmail")} />}
        </Field>
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
