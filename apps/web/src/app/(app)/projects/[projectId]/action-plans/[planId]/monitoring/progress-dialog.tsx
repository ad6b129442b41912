"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { PROGRESS_LABELS } from "@consortia/api/schemas";
import { ACTION_PROGRESS_VALUES, type ActionProgressValue } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { CellEvidence } from "./cell-evidence";

type Grid = RouterOutputs["monitoring"]["byPlan"];
type Entry = NonNullable<Grid["actions"][number]["cells"][number]["entry"]>;
export type OpenCell = {
  actionId: string;
  actionTitle: string;
  periodNumber: number;
  entry: Entry | null;
};

type Values = { progress: ActionProgressValue; percent: string; comment: string };

const fromEntry = (e: Entry | null): Values =>
  e
    ? { progress: e.progress, percent: String(e.percent), comment: e.comment }
    : { progress: "not_started", percent: "0", comment: "" };

const describe = (e: Entry) =>
  `${PROGRESS_LABELS[e.progress]}, ${e.percent}%${e.comment ? `, “${e.comment}”` : ""}`;

/**
 * Records or corrects one action's progress in one period. The save names the version it was
 * based on; when someone else saved first, their entry is shown and this person's values stay
 * in the form, so "Save again" replaces theirs knowingly.
 */
export function ProgressDialog({
  projectId,
  planId,
  cell,
  canEdit,
  onClose,
}: {
  projectId: string;
  planId: string;
  cell: OpenCell;
  canEdit: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const upsert = useMutation(trpc.monitoring.upsert.mutationOptions());
  const [values, setValues] = useState<Values>(() => fromEntry(cell.entry));
  const [version, setVersion] = useState(cell.entry?.version);
  /** Set when someone else saved first: their entry (null if it is gone). */
  const [conflict, setConflict] = useState<{ theirs: Entry | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  function setProgress(progress: ActionProgressValue) {
    // Progress and percentage tell one story; keep them in step where it is unambiguous.
    const percent =
      progress === "completed" ? "100" : progress === "not_started" ? "0" : values.percent;
    setValues({ ...values, progress, percent });
  }

  async function onSave(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      await upsert.mutateAsync({
        projectId,
        actionId: cell.actionId,
        periodNumber: cell.periodNumber,
        progress: values.progress,
        percent: values.percent.trim() === "" ? Number.NaN : Number(values.percent),
        comment: values.comment,
        ...(version !== undefined ? { version } : {}),
      });
      toast.success(conflict ? "Your entry is saved" : "Progress saved");
      router.refresh();
      onClose();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      if (code === "CONFLICT" && /changed by someone else/.test(message)) {
        const grid = await client.monitoring.byPlan.query({ projectId, actionPlanId: planId });
        const now = grid.actions
          .find((a) => a.id === cell.actionId)
          ?.cells.find((c) => c.periodNumber === cell.periodNumber)?.entry;
        setConflict({ theirs: now ?? null });
        setVersion(now?.version);
        router.refresh();
        return;
      }
      setError(message);
      setFields(fieldErrors);
    }
  }

  const title = `${cell.actionTitle}, period ${cell.periodNumber}`;
  return (
    <TitledDialog
      open
      onOpenChange={(o) => !o && onClose()}
      title={title}
      titleClassName="break-words"
      description={
        canEdit
          ? "How far the action has come in this reporting period."
          : "Progress as recorded by the partner."
      }
    >
      {conflict && (
        <Alert variant="error">
          <p className="font-medium">Someone else saved this entry while you were editing.</p>
          <p>
            Saved now: {conflict.theirs ? describe(conflict.theirs) : "nothing"}. Your values are
            still in the form; choose “Save again” to replace theirs.
          </p>
        </Alert>
      )}
      {error && <Alert variant="error">{error}</Alert>}
      <form onSubmit={onSave} noValidate className="grid gap-4" aria-label="Progress entry">
        <fieldset disabled={!canEdit} className="grid gap-4">
          <Field label="Progress" error={fields.progress}>
            {(p) => (
              <NativeSelect
                {...p}
                value={values.progress}
                onChange={(e) => setProgress(e.target.value as ActionProgressValue)}
              >
                {ACTION_PROGRESS_VALUES.map((v) => (
                  <option key={v} value={v}>
                    {PROGRESS_LABELS[v]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Field label="Percentage complete" hint="0 to 100" error={fields.percent}>
            {(p) => (
              <Input
                {...p}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                value={values.percent}
                onChange={(e) => setValues({ ...values, percent: e.target.value })}
              />
            )}
          </Field>
          <Field label="Comment" error={fields.comment}>
            {(p) => (
              <Textarea
                {...p}
                rows={3}
                value={values.comment}
                onChange={(e) => setValues({ ...values, comment: e.target.value })}
              />
            )}
          </Field>
        </fieldset>
        {canEdit && (
          <DialogButtons
            onCancel={onClose}
            pending={upsert.isPending}
            label={conflict ? "Save again" : "Save progress"}
          />
        )}
      </form>
      <section aria-labelledby="cell-evidence" className="grid gap-2 border-t pt-4">
        <h3 id="cell-evidence" className="text-sm font-medium">
          Evidence documents
        </h3>
        {cell.entry ? (
          <CellEvidence projectId={projectId} progressId={cell.entry.id} canEdit={canEdit} />
        ) : (
          <p className="text-sm text-muted-foreground">
            {canEdit
              ? "Save the progress first; then evidence can be attached to it."
              : "Nothing recorded for this period."}
          </p>
        )}
      </section>
    </TitledDialog>
  );
}
