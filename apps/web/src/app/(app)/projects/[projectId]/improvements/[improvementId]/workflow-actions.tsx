"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextAreaField, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { type StepCopy, WorkflowSteps } from "@/components/workflow-steps";
import { useTRPC } from "@/trpc/react";
import { useAchieveErrors } from "./achieve-errors";

type Step = "achieve" | "validate" | "revert";

const COPY: Record<Step, StepCopy> = {
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
    outline: true,
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
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10));
  const [reason, setReason] = useState("");
  const [incomplete, setIncomplete] = useState<string | null>(null);
  const achieve = useMutation(trpc.improvements.achieve.mutationOptions());
  const validate = useMutation(trpc.improvements.validate.mutationOptions());
  const revert = useMutation(trpc.improvements.revert.mutationOptions());

  const allowed: Step[] = [
    ...(canAchieve ? (["achieve"] as const) : []),
    ...(canValidate ? (["validate"] as const) : []),
    ...(canRevert ? (["revert"] as const) : []),
  ];

  return (
    <div className="grid gap-2">
      <WorkflowSteps
        copy={COPY}
        allowed={allowed}
        run={async (step) => {
          const ref = { projectId, improvementId, version };
          if (step === "achieve") await achieve.mutateAsync(ref);
          if (step === "validate") await validate.mutateAsync({ ...ref, validatedOn: day });
          if (step === "revert") await revert.mutateAsync({ ...ref, reason });
          setIncomplete(null);
          setErrors({});
          router.refresh();
        }}
        onRefused={(step, { code, message, fieldErrors }) => {
          if (step !== "achieve" || code !== "BAD_REQUEST" || !Object.keys(fieldErrors).length)
            return false;
          // What is missing belongs next to each field of the page, not in the dialog.
          setErrors(fieldErrors);
          setIncomplete(message);
          return true;
        }}
        onConflict={() => router.refresh()}
        shownFields={["validatedOn", "reason"]}
        inputs={(step, error) =>
          step === "validate" ? (
            <TextField
              label="Date of the programme's validation"
              error={error("validatedOn")}
              type="date"
              value={day}
              onChange={(e) => setDay(e.target.value)}
            />
          ) : step === "revert" ? (
            <TextAreaField
              label="Reason"
              error={error("reason")}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={4}
            />
          ) : null
        }
      />
      {incomplete && (
        <Alert variant="error">
          {incomplete}: what is missing is marked next to each field below.
        </Alert>
      )}
    </div>
  );
}
