"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConflictNotice } from "../../learning/_components/conflict-notice";
import { practicesUrl, practiceUrl } from "./labels";
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
  const [version, setVersion] = useState(practice?.version ?? 0);
  const [saved, setSaved] = useState<PracticeValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<PracticeValues>({
    defaultValues: practice ? toPracticeValues(practice) : emptyPractice(defaultOwner),
  });

  async function showConflict(goodPracticeId: string) {
    try {
      const latest = await client.goodPractices.get.query({ projectId, goodPracticeId });
      setVersion(latest.version);
      setSaved(toPracticeValues(latest));
    } catch (err) {
      const { code, message } = describeError(err);
      setError(
        code === "NOT_FOUND"
          ? "Someone deleted this practice or hid it from you. Copy your text before you leave this page."
          : message,
      );
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    form.clearErrors();
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
      const { message, fieldErrors, code } = describeError(err);
      if (code === "CONFLICT" && practice) {
        await showConflict(practice.id);
        return;
      }
      setError(message);
      let first: keyof PracticeValues | null = null;
      for (const [name, messages] of Object.entries(fieldErrors)) {
        if (!messages?.length || !(name in PRACTICE_LABELS)) continue;
        form.setError(name as keyof PracticeValues, { message: messages.join(" ") });
        first ??= name as keyof PracticeValues;
      }
      if (first) form.setFocus(first);
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
