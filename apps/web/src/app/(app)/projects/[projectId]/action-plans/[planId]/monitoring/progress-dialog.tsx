"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { PROGRESS_LABELS } from "@consortia/api/schemas";
import { ACTION_PROGRESS_VALUES, type ActionProgressValue } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import {
  fieldsOf,
  labelOptions,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/form-fields";
import { RecordForm } from "@/components/record-form";
import { TitledDialog } from "@/components/titled-dialog";
import { useRecordForm } from "@/lib/use-record-form";
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

const LABELS: Record<keyof Values, string> = {
  progress: "Progress",
  percent: "Percentage complete",
  comment: "Comment",
};

const display = (k: keyof Values, v: Values) =>
  k === "progress" ? PROGRESS_LABELS[v.progress] : k === "percent" ? `${v.percent}%` : v.comment;

/**
 * Records or corrects one action's progress in one period. The save names the version it was
 * based on; when someone else saved first, their entry is shown and this person's values stay
 * in the form, so "Save again" replaces theirs knowingly. Saving keeps the dialog open, so
 * evidence is attached or uploaded right after the first entry (issue 16, item 13).
 */
export function ProgressDialog({
  projectId,
  planId,
  partnerId,
  cell,
  canEdit,
  onClose,
}: {
  projectId: string;
  planId: string;
  /** The plan's partner, who owns the evidence uploaded here. */
  partnerId: string;
  cell: OpenCell;
  canEdit: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const upsert = useMutation(trpc.monitoring.upsert.mutationOptions());
  // The entry as saved: the cell's, then this dialog's own saves.
  const [entryId, setEntryId] = useState(cell.entry?.id ?? null);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: fromEntry(cell.entry) });
  const field = fieldsOf(form);
  const record = useRecordForm({
    form,
    // A first entry can be stale too: someone else may have recorded this period meanwhile.
    existing: true,
    initialVersion: cell.entry?.version ?? 0,
    labels: LABELS,
    load: async () => {
      const grid = await client.monitoring.byPlan.query({ projectId, actionPlanId: planId });
      const now = grid.actions
        .find((a) => a.id === cell.actionId)
        ?.cells.find((c) => c.periodNumber === cell.periodNumber)?.entry;
      return now ?? null;
    },
    toValues: fromEntry,
    deletedMessage: "Someone removed this entry meanwhile. Save again to record yours.",
    isStale: (e) => e.code === "CONFLICT" && /changed by someone else/.test(e.message),
    onConflict: () => router.refresh(),
  });
  const based = record.latest ?? entryId;

  const onSave = record.submit(async (values) => {
    setSavedNote(null);
    const saved = await upsert.mutateAsync({
      projectId,
      actionId: cell.actionId,
      periodNumber: cell.periodNumber,
      progress: values.progress,
      percent: values.percent.trim() === "" ? Number.NaN : Number(values.percent),
      comment: values.comment,
      ...(based ? { version: record.version } : {}),
    });
    const message = record.saved ? "Your entry is saved" : "Progress saved";
    toast.success(message);
    record.rebase(saved.version);
    setEntryId(saved.id);
    setSavedNote(`${message}. Attach its evidence below, or close.`);
    router.refresh();
  });

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
      <RecordForm
        form={form}
        record={record}
        label="Progress entry"
        what="entry"
        display={display}
        conflict={{ headingLevel: 3 }}
        onSubmit={onSave}
        cancel={onClose}
        submitLabel="Save progress"
        buttons={canEdit}
      >
        <p role="status" className="text-sm text-emerald-800 empty:hidden">
          {savedNote ?? ""}
        </p>
        <fieldset disabled={!canEdit} className="grid gap-4">
          <SelectField
            label="Progress"
            {...field("progress", {
              // Progress and percentage tell one story; keep them in step where it is unambiguous.
              onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                if (e.target.value === "completed") form.setValue("percent", "100");
                if (e.target.value === "not_started") form.setValue("percent", "0");
              },
            })}
            options={labelOptions(PROGRESS_LABELS, ACTION_PROGRESS_VALUES)}
          />
          <TextField
            label="Percentage complete"
            hint="0 to 100"
            {...field("percent")}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
          />
          <TextAreaField label="Comment" {...field("comment")} rows={3} />
        </fieldset>
      </RecordForm>
      <section aria-labelledby="cell-evidence" className="grid gap-2 border-t pt-4">
        <h3 id="cell-evidence" className="text-sm font-medium">
          Evidence documents
        </h3>
        {entryId ? (
          <CellEvidence
            projectId={projectId}
            progressId={entryId}
            partnerId={partnerId}
            canEdit={canEdit}
          />
        ) : (
          <p className="text-sm text-muted-foreground">
            {canEdit
              ? "Save the progress first; the dialog stays open to attach or upload its evidence."
              : "Nothing recorded for this period."}
          </p>
        )}
      </section>
    </TitledDialog>
  );
}
