"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextAreaField, TextField } from "@/components/form-fields";
import { type StepCopy, WorkflowSteps } from "@/components/workflow-steps";
import { useTRPC } from "@/trpc/react";

type Action = "submit" | "approve" | "return" | "validate" | "publish";
const ACTIONS: readonly Action[] = ["submit", "approve", "return", "validate", "publish"];

const COPY: Record<Action, StepCopy> = {
  submit: {
    button: "Submit for approval",
    title: "Submit this practice?",
    text: "The whole partnership will see it, and the lead coordinators review it. Until they return it, only they can change it.",
    done: "Submitted for approval",
  },
  approve: {
    button: "Approve",
    title: "Approve this practice?",
    text: "It goes to the programme for validation. The author is notified.",
    done: "Approved",
  },
  return: {
    button: "Return with a comment",
    outline: true,
    title: "Return this practice to its author?",
    text: "Say what needs to change; the author is notified and can submit it again.",
    done: "Returned to the author",
  },
  validate: {
    button: "Record validation",
    title: "Record the programme's validation",
    text: "From the validation date the practice counts toward the project's target.",
    done: "Validation recorded",
  },
  publish: {
    button: "Publish",
    title: "Publish this practice?",
    text: "Record that it is published in the programme's public database.",
    done: "Published",
  },
};

/** The workflow steps this person may take now, each confirmed in a dialog. */
export function WorkflowActions({
  projectId,
  practiceId,
  version,
  can,
}: {
  projectId: string;
  practiceId: string;
  version: number;
  /** The steps the API says this person may take now. */
  can: Record<Action, boolean>;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10));
  const submit = useMutation(trpc.goodPractices.submit.mutationOptions());
  const approve = useMutation(trpc.goodPractices.approve.mutationOptions());
  const ret = useMutation(trpc.goodPractices.return.mutationOptions());
  const validate = useMutation(trpc.goodPractices.validate.mutationOptions());
  const publish = useMutation(trpc.goodPractices.publish.mutationOptions());

  const allowed = ACTIONS.filter((a) => can[a]);

  return (
    <WorkflowSteps
      copy={COPY}
      allowed={allowed}
      run={async (action) => {
        const ref = { projectId, goodPracticeId: practiceId, version };
        if (action === "submit") await submit.mutateAsync(ref);
        if (action === "approve") await approve.mutateAsync(ref);
        if (action === "return") await ret.mutateAsync({ ...ref, comment });
        if (action === "validate") await validate.mutateAsync({ ...ref, validatedOn: day });
        if (action === "publish") await publish.mutateAsync(ref);
        router.refresh();
      }}
      onConflict={() => router.refresh()}
      inputs={(action) =>
        action === "return" ? (
          <TextAreaField
            label="Comment for the author"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={4}
          />
        ) : action === "validate" ? (
          <TextField
            label="Validation date"
            type="date"
            value={day}
            onChange={(e) => setDay(e.target.value)}
          />
        ) : null
      }
    />
  );
}
