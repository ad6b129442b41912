"use client";

import { type ReactNode, useState } from "react";
import { toast } from "sonner";
import { TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { describeError, type FieldErrors } from "@/lib/errors";

/** What a step's button, its dialog and its confirmation say. */
export type StepCopy = {
  button: string;
  title: string;
  text: string;
  done: string;
  /** A secondary step (e.g. return, revert): an outlined button. */
  outline?: boolean;
  destructive?: boolean;
};

type Described = ReturnType<typeof describeError>;

/**
 * The workflow steps a person may take on a record now, each confirmed in a dialog. A
 * refusal stays in the dialog: its message, and the field errors that no input of the
 * dialog shows as a list. On a CONFLICT the record changed meanwhile: `onConflict` shows it
 * as it is now and the message says to look again.
 */
export function WorkflowSteps<S extends string>({
  copy,
  allowed,
  run,
  inputs,
  shownFields = [],
  onOpen,
  onRefused,
  onConflict,
  looked = "the page",
}: {
  copy: Record<S, StepCopy>;
  allowed: S[];
  /** Takes the step; throws when the API refuses. */
  run: (step: S) => Promise<void>;
  /** The dialog's inputs for a step, with their errors. */
  inputs?: (step: S, error: (field: string) => string | undefined) => ReactNode;
  /** The fields `inputs` shows errors for; the others are listed with the message. */
  shownFields?: string[];
  onOpen?: (step: S) => void;
  /** A refusal handled elsewhere (true closes the dialog without a message). */
  onRefused?: (step: S, e: Described) => boolean;
  onConflict: () => unknown;
  /** What to look at again after a conflict, e.g. "the plan". */
  looked?: string;
}) {
  const [step, setStep] = useState<S | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; fields: FieldErrors } | null>(null);
  if (allowed.length === 0) return null;

  async function confirm() {
    if (!step) return;
    setError(null);
    setPending(true);
    try {
      await run(step);
      toast.success(copy[step].done);
      setStep(null);
    } catch (err) {
      const e = describeError(err);
      if (onRefused?.(step, e)) {
        setStep(null);
        return;
      }
      const conflict = e.code === "CONFLICT";
      const message = conflict ? `${e.message} Close this and look at ${looked} again.` : e.message;
      setError({ message, fields: e.fieldErrors });
      if (conflict) await onConflict();
    } finally {
      setPending(false);
    }
  }

  const current = step ? copy[step] : null;
  const details = Object.entries(error?.fields ?? {})
    .filter(([k]) => !shownFields.includes(k))
    .flatMap(([, m]) => m ?? []);
  return (
    <div className="flex flex-wrap gap-2">
      {allowed.map((s) => (
        <Button
          key={s}
          type="button"
          variant={copy[s].outline ? "outline" : "default"}
          onClick={() => {
            setError(null);
            onOpen?.(s);
            setStep(s);
          }}
        >
          {copy[s].button}
        </Button>
      ))}
      <TitledDialog
        open={step !== null}
        onOpenChange={(o) => !o && setStep(null)}
        title={current?.title}
        description={current?.text}
      >
        {error && (
          <Alert variant="error">
            <p>{error.message}</p>
            {details.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        {step && inputs?.(step, (f) => error?.fields[f]?.join(" "))}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setStep(null)}>
            Cancel
          </Button>
          <Button
            type="button"
            variant={current?.destructive ? "destructive" : "default"}
            disabled={pending}
            onClick={confirm}
          >
            {pending ? "Working…" : current?.button}
          </Button>
        </DialogFooter>
      </TitledDialog>
    </div>
  );
}
