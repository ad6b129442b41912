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
import { Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { plansUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";
import type { Plan } from "./action-values";
import { usePlanRefresh } from "./use-plan-refresh";

type Step = "submit" | "finalise" | "reopen" | "delete";

const COPY: Record<Step, { button: string; title: string; text: string; done: string }> = {
  submit: {
    button: "Submit for review",
    title: "Submit this action plan for review?",
    text: "The whole partnership sees it and comments section by section; the lead partner finalises it. A snapshot of this version is kept.",
    done: "Submitted for review",
  },
  finalise: {
    button: "Finalise",
    title: "Finalise this action plan?",
    text: "The plan is locked as it is now and a snapshot is kept. Only a lead coordinator can reopen it.",
    done: "Action plan finalised",
  },
  reopen: {
    button: "Reopen",
    title: "Reopen this action plan?",
    text: "It goes back to draft so the partner can change it. Say why; the reason is kept in the audit log.",
    done: "Action plan reopened",
  },
  delete: {
    button: "Delete plan",
    title: "Delete this draft action plan?",
    text: "The draft and its actions disappear. The policy instrument stays and can get a new plan.",
    done: "Action plan deleted",
  },
};

/** The workflow steps this person may take now, each confirmed in a dialog. */
export function WorkflowBar({ projectId, plan }: { projectId: string; plan: Plan }) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = usePlanRefresh();
  const [step, setStep] = useState<Step | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<{ message: string; fields: FieldErrors } | null>(null);
  const submit = useMutation(trpc.actionPlans.submit.mutationOptions());
  const finalise = useMutation(trpc.actionPlans.finalise.mutationOptions());
  const reopen = useMutation(trpc.actionPlans.reopen.mutationOptions());
  const remove = useMutation(trpc.actionPlans.delete.mutationOptions());
  const pending = [submit, finalise, reopen, remove].some((m) => m.isPending);

  const allowed: Step[] = [
    ...(plan.can.submit ? (["submit"] as const) : []),
    ...(plan.can.finalise ? (["finalise"] as const) : []),
    ...(plan.can.reopen ? (["reopen"] as const) : []),
    ...(plan.can.delete ? (["delete"] as const) : []),
  ];
  if (allowed.length === 0) return null;

  function open(s: Step) {
    setError(null);
    setNote("");
    setStep(s);
  }

  async function onConfirm() {
    if (!step) return;
    setError(null);
    const ref = { projectId, actionPlanId: plan.id, version: plan.version };
    try {
      if (step === "submit") await submit.mutateAsync({ ...ref, note });
      if (step === "finalise") await finalise.mutateAsync({ ...ref, note });
      if (step === "reopen") await reopen.mutateAsync({ ...ref, reason: note });
      if (step === "delete") await remove.mutateAsync(ref);
      toast.success(COPY[step].done);
      setStep(null);
      if (step === "delete") {
        router.push(plansUrl(projectId));
        router.refresh();
        return;
      }
      await refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      setError({
        message:
          code === "CONFLICT" ? `${message} Close this and look at the plan again.` : message,
        fields: fieldErrors,
      });
      if (code === "CONFLICT") await refresh();
    }
  }

  const copy = step ? COPY[step] : null;
  const details = Object.entries(error?.fields ?? {})
    .filter(([k]) => k !== "reason" && k !== "note")
    .flatMap(([, m]) => m ?? []);
  const noteError = error?.fields.reason ?? error?.fields.note;
  return (
    <div className="flex flex-wrap gap-2">
      {allowed.map((s) => (
        <Button
          key={s}
          type="button"
          variant={s === "submit" || s === "finalise" ? "default" : "outline"}
          onClick={() => open(s)}
        >
          {COPY[s].button}
        </Button>
      ))}
      <Dialog open={step !== null} onOpenChange={(o) => !o && setStep(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{copy?.title}</DialogTitle>
            <DialogDescription>{copy?.text}</DialogDescription>
          </DialogHeader>
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
          {step && step !== "delete" && (
            <Field
              label={step === "reopen" ? "Reason for reopening" : "Note for the history"}
              hint={step === "reopen" ? "Required" : "Optional"}
              error={noteError}
            >
              {(p) => (
                <Textarea {...p} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
              )}
            </Field>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setStep(null)}>
              Cancel
            </Button>
            <Button
              type="button"
              variant={step === "delete" ? "destructive" : "default"}
              disabled={pending}
              onClick={onConfirm}
            >
              {pending ? "Working…" : copy?.button}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
