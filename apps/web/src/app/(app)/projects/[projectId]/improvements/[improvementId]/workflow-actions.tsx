"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { useAchieveErrors } from "./achieve-errors";

type Step = "achieve" | "validate" | "revert";

const COPY: Record<Step, { button: string; title: string; text: string; done: string }> = {
  achieve: {
    button: "Mark achieved",
    title: "Mark this improvement achieved?",
    text: "The partner states that the instrument has changed, with evidence. The lead partner can then record the programme's validation.",
    done: "Marked achieved",
  },
  validate: {
    button: "Record validation",
    title: "Record the programme's validation",
    text: "From then on the improvement counts for the indicators: the instrument counts as improved and its funds as mobilised.",
    done: "Validation recorded",
  },
  revert: {
    button: "Revert one step",
    title: "Take this improvement back one step?",
    text: "A validated improvement goes back to achieved, an achieved one back to expected. Say why; the reason is kept in the audit log.",
    done: "Reverted",
  },
};

/** The workflow steps this person may take now, each confirmed in a dialog. */
export function WorkflowActions({
  projectId,
  improvementId,
  version,
  canAchieve,
  canValidate,
  canRevert,
}: {
  projectId: string;
  improvementId: string;
  version: number;
  canAchieve: boolean;
  canValidate: boolean;
  canRevert: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const { setErrors } = useAchieveErrors();
  const [step, setStep] = useState<Step | null>(null);
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10));
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ message: string; fields: FieldErrors } | null>(null);
  const [incomplete, setIncomplete] = useState<string | null>(null);
  const achieve = useMutation(trpc.improvements.achieve.mutationOptions());
  const validate = useMutation(trpc.improvements.validate.mutationOptions());
  const revert = useMutation(trpc.improvements.revert.mutationOptions());
  const pending = achieve.isPending || validate.isPending || revert.isPending;

  const allowed: Step[] = [
    ...(canAchieve ? (["achieve"] as const) : []),
    ...(canValidate ? (["validate"] as const) : []),
    ...(canRevert ? (["revert"] as const) : []),
  ];
  if (allowed.length === 0) return null;

  async function onConfirm() {
    if (!step) return;
    setError(null);
    const ref = { projectId, improvementId, version };
    try {
      if (step === "achieve") await achieve.mutateAsync(ref);
      if (step === "validate") await validate.mutateAsync({ ...ref, validatedOn: day });
      if (step === "revert") await revert.mutateAsync({ ...ref, reason });
      toast.success(COPY[step].done);
      setStep(null);
      setIncomplete(null);
      setErrors({});
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      if (step === "achieve" && code === "BAD_REQUEST" && Object.keys(fieldErrors).length) {
        // What is missing belongs next to each field of the page, not in the dialog.
        setErrors(fieldErrors);
        setIncomplete(message);
        setStep(null);
        return;
      }
      setError({
        message:
          code === "CONFLICT" ? `${message} Close this and look at the page again.` : message,
        fields: fieldErrors,
      });
      if (code === "CONFLICT") router.refresh();
    }
  }

  const copy = step ? COPY[step] : null;
  const fieldError = (name: string) => error?.fields[name]?.join(" ");
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {allowed.map((s) => (
          <Button
            key={s}
            type="button"
            variant={s === "revert" ? "outline" : "default"}
            onClick={() => {
              setError(null);
              setStep(s);
            }}
          >
            {COPY[s].button}
          </Button>
        ))}
      </div>
      {incomplete && (
        <Alert variant="error">
          {incomplete}: what is missing is marked next to each field below.
        </Alert>
      )}
      <Dialog open={step !== null} onOpenChange={(o) => !o && setStep(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{copy?.title}</DialogTitle>
            <DialogDescription>{copy?.text}</DialogDescription>
          </DialogHeader>
          {error && <Alert variant="error">{error.message}</Alert>}
          {step === "validate" && (
            <Field label="Date of the programme's validation" error={fieldError("validatedOn")}>
              {(p) => (
                <Input {...p} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
              )}
            </Field>
          )}
          {step === "revert" && (
            <Field label="Reason" error={fieldError("reason")}>
              {(p) => (
                <Textarea
                  {...p}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  rows={4}
                />
              )}
            </Field>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setStep(null)}>
              Cancel
            </Button>
            <Button type="button" disabled={pending} onClick={onConfirm}>
              {pending ? "Working…" : copy?.button}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
