"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { RecordForm } from "@/components/record-form";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ActionFields } from "./action-fields";
import {
  ACTION_LABELS,
  type ActionValues,
  displayActionValue,
  emptyAction,
  type PlanAction,
  toActionInput,
  toActionValues,
} from "./action-values";
import { usePlanRefresh } from "./use-plan-refresh";

/**
 * Adds an action to the plan, or changes one in place. A change names the version it was
 * based on; when someone else saved first, this person's text stays, what is saved now is
 * shown, and "Save again" saves over that newer version.
 */
export function ActionForm({
  projectId,
  planId,
  language,
  action,
  onDone,
}: {
  projectId: string;
  planId: string;
  language: string;
  action: PlanAction | null;
  onDone: (savedId: string | null) => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const refresh = usePlanRefresh();
  const create = useMutation(trpc.planActions.create.mutationOptions());
  const update = useMutation(trpc.planActions.update.mutationOptions());
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<ActionValues>({
    defaultValues: action ? toActionValues(action) : emptyAction(),
  });
  const record = useRecordForm({
    form,
    existing: action !== null,
    initialVersion: action?.version ?? 0,
    labels: ACTION_LABELS,
    // A stale copy is compared with what is saved; a plan locked meanwhile just says so.
    load: async () => {
      const latest = await client.actionPlans.get.query({ projectId, actionPlanId: planId });
      if (!latest.can.edit) return false;
      return latest.actions.find((a) => a.id === action?.id) ?? null;
    },
    toValues: toActionValues,
    deletedMessage: "Someone deleted this action. Copy your text before you leave this page.",
  });

  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, []);

  const onSubmit = record.submit(async (values) => {
    const input = { projectId, ...toActionInput(values) };
    const row = action
      ? await update.mutateAsync({ ...input, actionId: action.id, version: record.version })
      : await create.mutateAsync({ ...input, actionPlanId: planId });
    toast.success(
      action ? (record.saved ? "Your version is saved" : "Action saved") : "Action added",
    );
    await refresh();
    onDone(row.id);
  });

  return (
    <RecordForm
      formRef={ref}
      form={form}
      record={record}
      label={action ? `Edit action ${action.title}` : "New action"}
      what="action"
      display={displayActionValue}
      onSubmit={onSubmit}
      cancel={() => onDone(null)}
      submitLabel={action ? "Save action" : "Add action"}
    >
      <ActionFields form={form} language={language} />
    </RecordForm>
  );
}
