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
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

type Action = "submit" | "approve" | "return" | "validate" | "publish";
const ACTIONS: readonly Action[] = ["submit", "approve", "return", "validate", "publish"];

const COPY: Record<Action, { button: string; title: string; text: string; done: string }> = {
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
  const [action, setAction] = useState<Action | null>(null);
  const [comment, setComment] = useState("");
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const submit = useMutation(trpc.goodPractices.submit.mutationOptions());
  const approve = useMutation(trpc.goodPractices.approve.mutationOptions());
  const ret = useMutation(trpc.goodPractices.return.mutationOptions());
  const validate = useMutation(trpc.goodPractices.validate.mutationOptions());
  const publish = useMutation(trpc.goodPractices.publish.mutationOptions());
  const pending = [submit, approve, ret, validate, publish].some((m) => m.isPending);

  const allowed = ACTIONS.filter((a) => can[a]);
  if (allowed.length === 0) return null;

  async function onConfirm() {
    if (!action) return;
    setError(null);
    const ref = { projectId, goodPracticeId: practiceId, version };
    try {
      if (action === "submit") await submit.mutateAsync(ref);
      if (action === "approve") await approve.mutateAsync(ref);
      if (action === "return") await ret.mutateAsync({ ...ref, comment });
      if (action === "validate") await validate.mutateAsync({ ...ref, validatedOn: day });
      if (action === "publish") await publish.mutateAsync(ref);
      toast.success(COPY[action].done);
      setAction(null);
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      const details = Object.values(fieldErrors).flatMap((m) => m ?? []);
      setError({
        message:
          code === "CONFLICT" ? `${message} Close this and look at the page again.` : message,
        details,
      });
      if (code === "CONFLICT") router.refresh();
    }
  }

  const copy = action ? COPY[action] : null;
  return (
    <div className="flex flex-wrap gap-2">
      {allowed.map((a) => (
        <Button
          key={a}
          type="button"
          variant={a === "return" ? "outline" : "default"}
          onClick={() => {
            setError(null);
            setAction(a);
          }}
        >
          {COPY[a].button}
        </Button>
      ))}
      <Dialog open={action !== null} onOpenChange={(o) => !o && setAction(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{copy?.title}</DialogTitle>
            <DialogDescription>{copy?.text}</DialogDescription>
          </DialogHeader>
          {error && (
            <Alert variant="error">
              <p>{error.message}</p>
              {error.details.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {error.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
          {action === "return" && (
            <Field label="Comment for the author">
              {(p) => (
                <Textarea
                  {...p}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  rows={4}
                />
              )}
            </Field>
          )}
          {action === "validate" && (
            <Field label="Validation date">
              {(p) => (
                <Input {...p} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
              )}
            </Field>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setAction(null)}>
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
