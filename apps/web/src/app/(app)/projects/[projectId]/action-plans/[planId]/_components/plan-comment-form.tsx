"use client";

import type { ActionPlanSection } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { usePlanRefresh } from "./use-plan-refresh";

/** A new comment on a section (or one action), or a reply when `parentId` is given. */
export function PlanCommentForm({
  projectId,
  planId,
  section,
  actionId,
  parentId = null,
  label,
  onDone,
}: {
  projectId: string;
  planId: string;
  section: ActionPlanSection;
  actionId: string | null;
  parentId?: string | null;
  label: string;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const box = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const add = useMutation(trpc.planComments.add.mutationOptions());

  useEffect(() => {
    box.current?.querySelector("textarea")?.focus();
  }, []);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      await add.mutateAsync({ projectId, actionPlanId: planId, section, actionId, parentId, body });
      setBody("");
      toast.success(parentId ? "Reply posted" : "Comment posted");
      await refresh();
      onDone();
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      setFields(fieldErrors);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-2"
      aria-label={parentId ? "Reply" : "New comment"}
    >
      {error && <Alert variant="error">{error}</Alert>}
      <div ref={box}>
        <Field label={label} error={fields.body}>
          {(p) => (
            <Textarea {...p} value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="outline" size="sm" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" disabled={add.isPending}>
          {add.isPending ? "Posting…" : parentId ? "Post reply" : "Post comment"}
        </Button>
      </div>
    </form>
  );
}
