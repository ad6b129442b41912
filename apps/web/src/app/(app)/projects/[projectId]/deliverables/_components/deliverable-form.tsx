"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { RecordForm } from "@/components/record-form";
import { deliverablesHref } from "@/lib/list-filters";
import { deliverableUrl } from "@/lib/urls";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
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
  const form = useForm<DeliverableValues>({
    defaultValues: deliverable
      ? toDeliverableValues(deliverable)
      : emptyDeliverable(defaultWorkPackageId),
  });
  const record = useRecordForm({
    form,
    existing: deliverable !== null,
    initialVersion: deliverable?.version ?? 0,
    labels: DELIVERABLE_LABELS,
    load: () => client.deliverables.get.query({ projectId, deliverableId: deliverable?.id ?? "" }),
    toValues: toDeliverableValues,
    deletedMessage: "Someone deleted this deliverable. Copy your text before you leave this page.",
    focusable: (name) => name !== "contributingPartnerIds",
  });
  // The achieved value is not in the form: a save keeps the one it was based on.
  const achievedValue = (record.latest ?? deliverable)?.achievedValue ?? null;

  const onSubmit = record.submit(async (values) => {
    const input = { projectId, ...toDeliverableInput(values, achievedValue) };
    const row = deliverable
      ? await update.mutateAsync({
          ...input,
          deliverableId: deliverable.id,
          version: record.version,
        })
      : await create.mutateAsync(input);
    toast.success(
      deliverable
        ? `${row.code} ${record.saved ? "saved in your version" : "saved"}`
        : `${row.code} added to the work plan`,
    );
    for (const messages of Object.values(row.warnings))
      for (const m of messages ?? []) toast.warning(m, { duration: 10_000 });
    await queryClient.invalidateQueries(trpc.deliverables.pathFilter());
    router.push(deliverableUrl(projectId, row.id));
    router.refresh();
  });

  return (
    <RecordForm
      form={form}
      record={record}
      label="Deliverable"
      what="deliverable"
      display={(k, v) => displayDeliverableValue(k, v, options)}
      onSubmit={onSubmit}
      cancel={
        deliverable ? deliverableUrl(projectId, deliverable.id) : deliverablesHref(projectId, {})
      }
      submitLabel={deliverable ? "Save changes" : "Add deliverable"}
    >
      <DeliverableFields form={form} options={options} />
    </RecordForm>
  );
}
