"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextAreaField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { type StepCopy, WorkflowSteps } from "@/components/workflow-steps";
import { plansUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";
import type { Plan } from "./action-values";
import { usePlanRefresh } from "./use-plan-refresh";

type Step = "submit" | "finalise" | "reopen" | "delete";

const COPY: Record<Step, StepCopy> = {
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
    outline: true,
    title: "Reopen this action plan?",
    text: "It goes back to draft so the partner can change it. Say why; the reason is kept in the audit log.",
    done: "Action plan reopened",
  },
  delete: {
    button: "Delete plan",
    outline: true,
    destructive: true,
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
  const [note, setNote] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  // What finalising needs first; a lead coordinator may finalise anyway, saying why.
  const gaps = plan.gaps;
  const submit = useMutation(trpc.actionPlans.submit.mutationOptions());
  const finalise = useMutation(trpc.actionPlans.finalise.mutationOptions());
  const reopen = useMutation(trpc.actionPlans.reopen.mutationOptions());
  const remove = useMutation(trpc.actionPlans.delete.mutationOptions());

  const allowed: Step[] = [
    ...(plan.can.submit ? (["submit"] as const) : []),
    ...(plan.can.finalise ? (["finalise"] as const) : []),
    ...(plan.can.reopen ? (["reopen"] as const) : []),
    ...(plan.can.delete ? (["delete"] as const) : []),
  ];

  return (
    <WorkflowSteps
      copy={COPY}
      allowed={allowed}
      onOpen={() => {
        setNote("");
        setOverrideReason("");
      }}
      run={async (step) => {
        const ref = { projectId, actionPlanId: plan.id, version: plan.version };
        if (step === "submit") await submit.mutateAsync({ ...ref, note });
        if (step === "finalise")
          await finalise.mutateAsync({
            ...ref,
            note,
            ...(gaps.length > 0 ? { overrideReason } : {}),
          });
        if (step === "reopen") await reopen.mutateAsync({ ...ref, reason: note });
        if (step === "delete") {
          await remove.mutateAsync(ref);
          router.push(plansUrl(projectId));
          router.refresh();
          return;
        }
        await refresh();
      }}
      onConflict={refresh}
      looked="the plan"
      shownFields={["reason", "note", "overrideReason", ...gaps.map((g) => g.field)]}
      inputs={(step, error) =>
        step !== "delete" && (
          <>
            {step === "finalise" && gaps.length > 0 && (
              <FinaliseGaps
                gaps={gaps}
                reason={overrideReason}
                onReason={setOverrideReason}
                error={error("overrideReason")}
              />
            )}
            <TextAreaField
              label={step === "reopen" ? "Reason for reopening" : "Note for the history"}
              hint={step === "reopen" ? "Required" : "Optional"}
              error={error("reason") ?? error("note")}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              rows={3}
            />
          </>
        )
      }
    />
  );
}

/** What the plan still lacks, and the lead coordinator's reason to finalise it as it is. */
function FinaliseGaps({
  gaps,
  reason,
  onReason,
  error,
}: {
  gaps: Plan["gaps"];
  reason: string;
  onReason: (reason: string) => void;
  error: string | undefined;
}) {
  return (
    <div className="grid gap-3">
      <Alert variant="info">
        <p className="font-medium">The plan is not complete:</p>
        <ul className="mt-1 list-disc pl-5">
          {gaps.map((g) => (
            <li key={`${g.field}-${g.message}`}>{g.message}</li>
          ))}
        </ul>
      </Alert>
      <TextAreaField
        label="Reason to finalise it as it is"
        hint="Required while the plan is incomplete; it is kept with the plan and in the audit log"
        error={error}
        value={reason}
        onChange={(e) => onReason(e.target.value)}
        rows={3}
      />
    </div>
  );
}
