"use client";

import { useMutation } from "@tanstack/react-query";
import { ConfirmAction } from "@/components/confirm-action";
import { FormDialog, useFormDialog } from "@/components/form-dialog";
import { TextAreaField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

/** The lead coordinator drafts a change: the approved budget is copied into a new draft version. */
export function DraftChange({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const draft = useMutation(trpc.budget.draftChange.mutationOptions());
  return (
    <ConfirmAction
      variant="default"
      destructive={false}
      title="Draft a budget change?"
      description="The approved budget is copied into a new draft version. Change its cells in the spending plan below; the difference from the budget in force is shown as you go. Nothing changes for the partners until the change is approved."
      confirmLabel="Draft the change"
      action={async () => {
        const v = await draft.mutateAsync({ projectId });
        return `Budget version ${v.number} drafted`;
      }}
    >
      Draft a change
    </ConfirmAction>
  );
}

/** Approve the draft change with its justification and entry-into-force date, or discard it. */
export function ApproveChange({
  projectId,
  version,
  number,
  major,
}: {
  projectId: string;
  version: number;
  number: number;
  major: boolean;
}) {
  const trpc = useTRPC();
  const approve = useMutation(trpc.budget.approveChange.mutationOptions());
  const discard = useMutation(trpc.budget.discardChange.mutationOptions());
  const state = useFormDialog(
    () => ({ inForceFrom: "", note: "" }),
    "Someone changed the draft meanwhile. The page now shows it; check the difference before approving.",
  );
  return (
    <div className="flex flex-wrap gap-3">
      <FormDialog
        state={state}
        trigger={<Button>Approve the change</Button>}
        title={`Approve budget version ${number}`}
        description={
          major
            ? "This is a formal major change: record the programme's decision. The version is locked once approved."
            : "A change within the flexibility. The version is locked once approved."
        }
        pending={approve.isPending}
        submitLabel="Approve and lock"
        onSubmit={state.submit(async () => {
          const v = await approve.mutateAsync({ projectId, version, ...state.values });
          return `Budget version ${v.number} approved`;
        })}
      >
        <TextField
          label="In force from"
          type="date"
          hint="Reports of periods ending on or after this day are compared with the new version"
          error={state.fields.inForceFrom}
          value={state.values.inForceFrom}
          onChange={(e) => state.setValues((v) => ({ ...v, inForceFrom: e.target.value }))}
        />
        <TextAreaField
          label="Justification"
          hint="Why the budget changes, and the decision it rests on"
          error={state.fields.note}
          value={state.values.note}
          onChange={(e) => state.setValues((v) => ({ ...v, note: e.target.value }))}
          rows={4}
        />
      </FormDialog>
      <ConfirmAction
        title="Discard the budget change?"
        description={`Draft version ${number} and its cells are deleted; the budget in force stays as it is.`}
        confirmLabel="Discard"
        action={async () => {
          await discard.mutateAsync({ projectId, version });
          return `Draft version ${number} discarded`;
        }}
      >
        Discard the change
      </ConfirmAction>
    </div>
  );
}
