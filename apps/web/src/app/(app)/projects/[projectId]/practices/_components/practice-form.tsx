"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { practicesUrl, practiceUrl } from "@/lib/urls";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConflictNotice } from "../../learning/_components/conflict-notice";
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
  const { version, saved, error, clear, fail } = useRecordForm({
    form,
    initialVersion: practice?.version ?? 0,
    labels: PRACTICE_LABELS,
    load: () => client.goodPractices.get.query({ projectId, goodPracticeId: practice?.id ?? "" }),
    toValues: toPracticeValues,
    deletedMessage:
      "Someone deleted this practice or hid it from you. Copy your text before you leave this page.",
  });

  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    // A disabled select may come back empty; only lead coordinators change the owner.
    const owner = canChangeOwner
      ? values.ownerPartnerId
      : (practice?.ownerPartnerId ?? defaultOwner);
    const input = { projectId, ...toPracticeInput({ ...values, ownerPartnerId: owner }) };
    try {
      const row = practice
        ? await update.mutateAsync({ ...input, goodPracticeId: practice.id, version })
        : await create.mutateAsync(input);
      toast.success(
        practice ? (saved ? "Your version is saved" : "Practice saved") : "Draft saved",
      );
      await queryClient.invalidateQueries(trpc.goodPractices.pathFilter());
      router.push(practiceUrl(projectId, row.id));
      router.refresh();
    } catch (err) {
      await fail(err, practice !== null);
    }
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="Good practice">
      {error && <Alert variant="error">{error}</Alert>}
      {saved && (
        <ConflictNotice
          what="good practice"
          saved={saved}
          current={form.watch()}
          labels={PRACTICE_LABELS}
          display={(k, v) => displayPracticeValue(k, v, partners)}
          onUseSaved={(k) => form.setValue(k, saved[k], { shouldDirty: true })}
        />
      )}
      <PracticeFields form={form} partners={partners} canChangeOwner={canChangeOwner} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button asChild variant="outline">
          <Link href={practice ? practiceUrl(projectId, practice.id) : practicesUrl(projectId)}>
            Cancel
          </Link>
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? "Saving…"
            : saved
              ? "Save again"
              : practice
                ? "Save practice"
                : "Save draft"}
        </Button>
      </div>
    </form>
  );
}
