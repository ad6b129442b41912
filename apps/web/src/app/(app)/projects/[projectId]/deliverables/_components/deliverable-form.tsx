"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { deliverablesHref } from "@/lib/list-filters";
import { deliverableUrl } from "@/lib/urls";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConflictNotice } from "../../learning/_components/conflict-notice";
import { DeliverableFields } from "./deliverable-fields";
import {
  DELIVERABLE_LABELS,
  type DeliverableValues,
  displayDeliverableValue,
  emptyDeliverable,
  type FormOptions,
  type SavedDeliverable,
  toDeliverableInput,
  toDeliverableValues,
} from "./deliverable-values";

/**
 * Adds a deliverable to the work plan or corrects one. A change names the version it was
 * based on; when someone else saved first, the form keeps this person's values, shows what
 * is saved now, and the next save is based on that newer version.
 */
export function DeliverableForm({
  projectId,
  deliverable,
  options,
  defaultWorkPackageId,
}: {
  projectId: string;
  deliverable: SavedDeliverable | null;
  options: FormOptions;
  defaultWorkPackageId?: string;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.deliverables.create.mutationOptions());
  const update = useMutation(trpc.deliverables.update.mutationOptions());
  const [base, setBase] = useState({
    version: deliverable?.version ?? 0,
    achievedValue: deliverable?.achievedValue ?? null,
  });
  const [saved, setSaved] = useState<DeliverableValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<DeliverableValues>({
    defaultValues: deliverable
      ? toDeliverableValues(deliverable)
      : emptyDeliverable(defaultWorkPackageId),
  });

  async function showConflict(deliverableId: string) {
    try {
      const latest = await client.deliverables.get.query({ projectId, deliverableId });
      setBase({ version: latest.version, achievedValue: latest.achievedValue });
      setSaved(toDeliverableValues(latest));
    } catch (err) {
      const { code, message } = describeError(err);
      setError(
        code === "NOT_FOUND"
          ? "Someone deleted this deliverable. Copy your text before you leave this page."
          : message,
      );
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    form.clearErrors();
    const input = { projectId, ...toDeliverableInput(values, base.achievedValue) };
    try {
      const row = deliverable
        ? await update.mutateAsync({
            ...input,
            deliverableId: deliverable.id,
            version: base.version,
          })
        : await create.mutateAsync(input);
      toast.success(
        deliverable
          ? `${row.code} ${saved ? "saved in your version" : "saved"}`
          : `${row.code} added to the work plan`,
      );
      for (const messages of Object.values(row.warnings))
        for (const m of messages ?? []) toast.warning(m, { duration: 10_000 });
      await queryClient.invalidateQueries(trpc.deliverables.pathFilter());
      router.push(deliverableUrl(projectId, row.id));
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      // A taken code is a conflict with another record, told under the field; a stale
      // version has no field: it is someone else's save of this one.
      if (code === "CONFLICT" && deliverable && Object.keys(fieldErrors).length === 0) {
        await showConflict(deliverable.id);
        return;
      }
      setError(message);
      let first: keyof DeliverableValues | null = null;
      for (const [name, messages] of Object.entries(fieldErrors)) {
        if (!messages?.length || !(name in DELIVERABLE_LABELS)) continue;
        const field = name as keyof DeliverableValues;
        form.setError(field, { message: messages.join(" ") });
        first ??= field;
      }
      if (first && first !== "contributingPartnerIds") form.setFocus(first);
    }
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="Deliverable">
      {error && <Alert variant="error">{error}</Alert>}
      {saved && (
        <ConflictNotice
          what="deliverable"
          saved={saved}
          current={form.watch()}
          labels={DELIVERABLE_LABELS}
          display={(k, v) => displayDeliverableValue(k, v, options)}
          onUseSaved={(k) => form.setValue(k, saved[k], { shouldDirty: true })}
        />
      )}
      <DeliverableFields form={form} options={options} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button asChild variant="outline">
          <Link
            href={
              deliverable
                ? deliverableUrl(projectId, deliverable.id)
                : deliverablesHref(projectId, {})
            }
          >
            Cancel
          </Link>
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? "Saving…"
            : saved
              ? "Save again"
              : deliverable
                ? "Save changes"
                : "Add deliverable"}
        </Button>
      </div>
    </form>
  );
}
