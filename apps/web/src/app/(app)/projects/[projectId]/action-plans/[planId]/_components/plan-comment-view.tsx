"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { DateTime } from "@/components/date-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { usePlanRefresh } from "./use-plan-refresh";

export type PlanThread = RouterOutputs["planComments"]["list"][number];
export type PlanComment = PlanThread["replies"][number];

/** The author's own words, changed in place; a stale save is refused and the text kept. */
function EditComment({
  projectId,
  comment,
  onDone,
}: {
  projectId: string;
  comment: PlanComment;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const edit = useMutation(trpc.planComments.edit.mutationOptions());
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      await edit.mutateAsync({ projectId, commentId: comment.id, version: comment.version, body });
      toast.success("Comment saved");
      await refresh();
      onDone();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      setError(
        code === "CONFLICT" && Object.keys(fieldErrors).length === 0
          ? `${message} The comment above now shows what is saved; your text is still in the box.`
          : message,
      );
      setFields(fieldErrors);
      if (code === "CONFLICT") await refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2" aria-label="Edit comment">
      {error && <Alert variant="error">{error}</Alert>}
      <Field label="Edit your comment" error={fields.body}>
        {(p) => (
          <Textarea
            {...p}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={3}
            autoFocus
          />
        )}
      </Field>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="outline" size="sm" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" disabled={edit.isPending}>
          {edit.isPending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}

/** One comment: who, when, what; edit and delete for those allowed. */
export function PlanCommentView({
  projectId,
  comment: c,
}: {
  projectId: string;
  comment: PlanComment;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.planComments.delete.mutationOptions());
  const author = c.authorName ?? "A former member";
  const anchor = `plan-comment-${c.id}`;

  async function onDelete() {
    setError(null);
    try {
      await remove.mutateAsync({ projectId, commentId: c.id, version: c.version });
      toast.success("Comment deleted");
      setConfirm(false);
      await refresh();
    } catch (err) {
      const { code, message } = describeError(err);
      setError(
        code === "CONFLICT"
          ? "This comment changed since the page was loaded. Close this, read it again, then decide."
          : message,
      );
      if (code === "CONFLICT") await refresh();
    }
  }

  function stopEditing() {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <article id={anchor} aria-labelledby={`${anchor}-by`} className="grid min-w-0 gap-1 text-sm">
      <p id={`${anchor}-by`} className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium">{author}</span>
        <DateTime value={c.createdAt} className="text-xs text-muted-foreground" />
        {c.edited && c.editedAt && (
          <span className="text-xs text-muted-foreground">
            (edited <DateTime value={c.editedAt} />)
          </span>
        )}
      </p>
      {c.deleted ? (
        <p className="italic text-muted-foreground">This comment was deleted.</p>
      ) : editing ? (
        <EditComment projectId={projectId} comment={c} onDone={stopEditing} />
      ) : (
        <p className="whitespace-pre-line break-words">{c.body}</p>
      )}
      {!editing && (c.can.edit || c.can.delete) && (
        <div className="flex flex-wrap gap-1">
          {c.can.edit && (
            <Button ref={editButton} variant="ghost" size="sm" onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> your comment</span>
            </Button>
          )}
          {c.can.delete && (
            <Button variant="ghost" size="sm" onClick={() => setConfirm(true)}>
              Delete<span className="sr-only"> comment by {author}</span>
            </Button>
          )}
          <ConfirmDialog
            open={confirm}
            onOpenChange={(open) => {
              setConfirm(open);
              if (!open) setError(null);
            }}
            title="Delete this comment?"
            description="Its text goes; replies stay in the thread."
            confirmLabel="Delete"
            destructive
            pending={remove.isPending}
            error={error}
            onConfirm={onDelete}
          />
        </div>
      )}
    </article>
  );
}
