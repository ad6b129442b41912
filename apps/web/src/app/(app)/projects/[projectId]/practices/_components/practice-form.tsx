"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { RecordForm } from "@/components/record-form";
import { practicesUrl, practiceUrl } from "@/lib/urls";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { PracticeFields } from "./practice-fields";
import {
  displayPracticeValue,
  emptyPractice,
  PRACTICE_LABELS,
  type PracticeValues,
  toPracticeInput,
  toPracticeValues,
} from "./practice-values";

type Saved = RouterOutputs["goodPractices"]["get"];

/**
 * Drafts a good practice or changes one. A change names the version it was based on; when
 * someone else saved first, this person's text stays, what is saved now is shown beside it,
 * and the next save is based on that newer version.
 */
export function PracticeForm({
  projectId,
  practice,
  partners,
  defaultOwner,
  canChangeOwner,
}: {
  projectId: string;
  practice: Saved | null;
  partners: { id: string; name: string }[];
  defaultOwner: string;
  canChangeOwner: boolean;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.goodPractices.create.mutationOptions());
  const update = useMutation(trpc.goodPractices.update.mutationOptions());
  const form = useForm<PracticeValues>({
    defaultValues: practice ? toPracticeValues(practice) : emptyPractice(defaultOwner),
  });
  const record = useRecordForm({
    form,
    existing: practice !== null,
    initialVersion: practice?.version ?? 0,
    labels: PRACTICE_LABELS,
    load: () => client.goodPractices.get.query({ projectId, goodPracticeId: practice?.id ?? "" }),
    toValues: toPracticeValues,
    deletedMessage:
      "Someone deleted this practice or hid it from you. Copy your text before you leave this page.",
  });

  const onSubmit = record.submit(async (values) => {
    // A disabled select may come back empty; only lead coordinators change the owner.
    const owner = canChangeOwner
      ? values.ownerPartnerId
      : (practice?.ownerPartnerId ?? defaultOwner);
    const input = { projectId, ...toPracticeInput({ ...values, ownerPartnerId: owner }) };
    const row = practice
      ? await update.mutateAsync({ ...input, goodPracticeId: practice.id, version: record.version })
      : await create.mutateAsync(input);
    toast.success(
      practice ? (record.saved ? "Your version is saved" : "Practice saved") : "Draft saved",
    );
    await queryClient.invalidateQueries(trpc.goodPractices.pathFilter());
    router.push(practiceUrl(projectId, row.id));
    router.refresh();
  });

  return (
    <RecordForm
      form={form}
      record={record}
      label="Good practice"
      what="good practice"
      display={(k, v) => displayPracticeValue(k, v, partners)}
      onSubmit={onSubmit}
      cancel={practice ? practiceUrl(projectId, practice.id) : practicesUrl(projectId)}
      submitLabel={practice ? "Save practice" : "Save draft"}
    >
      <PracticeFields form={form} partners={partners} canChangeOwner={canChangeOwner} />
    </RecordForm>
  );
}
