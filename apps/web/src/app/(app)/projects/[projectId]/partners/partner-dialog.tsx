"use client";

import type { RouterInputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { COUNTRY_OPTIONS, fieldsOf, labelOptions, SelectField } from "@/components/form-fields";
import { TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { PARTNER_ROLE_LABELS, PARTNER_TYPE_LABELS } from "@/lib/labels";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { useTRPC } from "@/trpc/react";

type PartnerInput = RouterInputs["partners"]["create"];

export type PartnerFormValues = {
  name: string;
  shortName: string;
  country: string;
  nutsCode: string;
  regionName: string;
  city: string;
  type: PartnerInput["type"];
  role: PartnerInput["role"];
  website: string;
  contactName: string;
  contactEmail: string;
};

const EMPTY: PartnerFormValues = {
  name: "",
  shortName: "",
  country: "",
  nutsCode: "",
  regionName: "",
  city: "",
  type: "regional_authority",
  role: "partner",
  website: "",
  contactName: "",
  contactEmail: "",
};

type Editing = { id: string; version: number; values: PartnerFormValues };

/** "Add partner" or "Edit" button with its dialog form, for lead coordinators and admins. */
export function PartnerDialog({ projectId, partner }: { projectId: string; partner?: Editing }) {
  const [open, setOpen] = useState(false);
  return (
    <TitledDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        partner ? (
          <Button variant="outline" size="sm">
            <Pencil aria-hidden /> Edit<span className="sr-only"> {partner.values.name}</span>
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden /> Add partner
          </Button>
        )
      }
      title={partner ? `Edit ${partner.values.name}` : "Add a partner"}
      description="A partner is an organisation in the project, usually a regional authority. A project has exactly one lead partner."
      wide
    >
      {/* Mounted only while open, so each opening starts from the saved values. */}
      <PartnerForm projectId={projectId} partner={partner} onDone={() => setOpen(false)} />
    </TitledDialog>
  );
}

function PartnerForm({
  projectId,
  partner,
  onDone,
}: {
  projectId: string;
  partner: Editing | undefined;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<PartnerFormValues>({ defaultValues: partner?.values ?? EMPTY });
  useUnsavedChangesGuard(form.formState.isDirty);
  const { errors, isSubmitting } = form.formState;
  const field = fieldsOf(form);
  const create = useMutation(trpc.partners.create.mutationOptions());
  const update = useMutation(trpc.partners.update.mutationOptions());

  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    // The API checks the values; its messages land under the fields below.
    const input = {
      projectId,
      ...v,
      website: v.website.trim() || null,
      contactName: v.contactName.trim() || null,
      contactEmail: v.contactEmail.trim() || null,
    };
    try {
      const saved = partner
        ? await update.mutateAsync({ ...input, partnerId: partner.id, version: partner.version })
        : await create.mutateAsync(input);
      toast.success(partner ? `${saved.name} saved` : `${saved.name} added`);
      await queryClient.invalidateQueries(trpc.partners.pathFilter());
      await queryClient.invalidateQueries(trpc.projects.pathFilter());
      onDone();
      router.refresh();
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      showFieldErrors(form, fieldErrors, { fields: EMPTY });
    }
  });

  const text =
    (name: keyof PartnerFormValues, extra?: React.ComponentProps<typeof Input>) =>
    (p: { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined }) => (
      <Input {...p} {...extra} {...form.register(name)} />
    );

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && <Alert variant="error">{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field label="Organisation name" error={errors.name?.message}>
            {text("name", { autoComplete: "organization" })}
          </Field>
        </div>
        <Field
          label="Short name"
          hint="Used in lists, e.g. RegionH"
          error={errors.shortName?.message}
        >
          {text("shortName", { autoComplete: "off" })}
        </Field>
        <SelectField label="Type" {...field("type")} options={labelOptions(PARTNER_TYPE_LABELS)} />
        <SelectField
          label="Role in the project"
          {...field("role")}
          options={labelOptions(PARTNER_ROLE_LABELS)}
        />
        <Field label="Country" error={errors.country?.message}>
          {(p) => (
            <NativeSelect {...p} {...form.register("country")}>
              <option value="">Choose a country…</option>
              {COUNTRY_OPTIONS.map(({ value: code, label: name }) => (
                <option key={code} value={code}>
                  {name} ({code})
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Region name" hint="e.g. Hovedstaden" error={errors.regionName?.message}>
          {text("regionName", { autoComplete: "off" })}
        </Field>
        <Field
          label="NUTS code"
          hint="Starts with the country code, e.g. DK01"
          error={errors.nutsCode?.message}
        >
          {text("nutsCode", { autoComplete: "off", className: "uppercase" })}
        </Field>
        <Field label="City" error={errors.city?.message}>
          {text("city", { autoComplete: "address-level2" })}
        </Field>
        <Field label="Website" hint="Optional, https://…" error={errors.website?.message}>
          {text("website", { type: "url", inputMode: "url", autoComplete: "url" })}
        </Field>
        <Field label="Contact name" hint="Optional" error={errors.contactName?.message}>
          {text("contactName", { autoComplete: "off" })}
        </Field>
        <Field label="Contact e-mail" hint="Optional" error={errors.contactEmail?.message}>
          {text("contactEmail", { type: "email", inputMode: "email", autoComplete: "off" })}
        </Field>
      </div>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : partner ? "Save partner" : "Add partner"}
        </Button>
      </DialogFooter>
    </form>
  );
}
