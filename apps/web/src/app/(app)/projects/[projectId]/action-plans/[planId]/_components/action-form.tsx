"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConflictNotice } from "../../../learning/_components/conflict-notice";
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
  const [version, setVersion] = useState(action?.version ?? 0);
  const [saved, setSaved] = useState<ActionValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<ActionValues>({
    defaultValues: action ? toActionValues(action) : emptyAction(),
  });

  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, []);

  /** A stale copy is compared with what is saved; a plan locked meanwhile just says so. */
  async function showConflict(actionId: string, message: string) {
    try {
      const latest = await client.actionPlans.get.query({ projectId, actionPlanId: planId });
      if (!latest.can.edit) {
        setError(message);
        return;
      }
      const now = latest.actions.find((a) => a.id === actionId);
      if (!now) {
        setError("Someone deleted this action. Copy your text before you leave this page.");
        return;
      }
      setVersion(now.version);
      setSaved(toActionValues(now));
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    form.clearErrors();
    const input = { projectId, ...toActionInput(values) };
    try {
      const row = action
        ? await update.mutateAsync({ ...input, actionId: action.id, version })
        : await create.mutateAsync({ ...input, actionPlanId: planId });
      toast.success(action ? (saved ? "Your version is saved" : "Action saved") : "Action added");
      await refresh();
      onDone(row.id);
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      if (code === "CONFLICT" && action && Object.keys(fieldErrors).length === 0) {
        await showConflict(action.id, message);
        return;
      }
      setError(message);
      for (const [name, messages] of Object.entries(fieldErrors)) {
        if (messages?.length && name in ACTION_LABELS)
          form.setError(name as keyof ActionValues, { message: messages.join(" ") });
      }
    }
  });

  return (
    <form
      ref={ref}
      onSubmit={onSubmit}
      className="grid gap-4"
      noValidate
      aria-label={action ? `Edit action ${action.title}` : "New action"}
    >
      {error && <Alert variant="error">{error}</Alert>}
      {saved && (
        <ConflictNotice
          what="action"
          saved={saved}
          current={form.watch()}
          labels={ACTION_LABELS}
          display={displayActionValue}
          onUseSaved={(k) => form.setValue(k, saved[k], { shouldDirty: true })}
        />
      )}
      <ActionFields form={form} language={language} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={() => onDone(null)}>
          Cancel
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? "Saving…"
            : saved
              ? "Save again"
              : action
                ? "Save action"
                : "Add action"}
        </Button>
      </div>
    </form>
  );
}
