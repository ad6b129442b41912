"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { DateTime } from "@/components/date-time";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { CommentEditForm } from "./comment-edit-form";
import { MentionText } from "./mention-text";

type Thread = RouterOutputs["deliverables"]["comments"]["list"][number];
export type Comment = Omit<Thread, "replies">;

/**
 * One comment. Its id makes "#comment-…" links (mention notifications) land on it; the
 * linked one is highlighted and takes focus, so a screen reader announces its author.
 */
export function CommentView({
  projectId,
  deliverableId,
  comment: c,
  linked,
}: {
  projectId: string;
  deliverableId: string;
  comment: Comment;
  linked: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.deliverables.comments.delete.mutationOptions());
  const author = c.authorName ?? "A former member";
  const anchor = `comment-${c.id}`;

  async function onDelete() {
    setError(null);
    try {
      await remove.mutateAsync({ projectId, commentId: c.id, version: c.version });
      toast.success("Comment deleted");
      setConfirm(false);
      await queryClient.invalidateQueries(trpc.deliverables.comments.list.pathFilter());
    } catch (err) {
      const { code, message } = describeError(err);
      setError(
        code === "CONFLICT"
          ? "This comment changed since the page was loaded. Close this, read it again, then decide."
          : message,
      );
      if (code === "CONFLICT")
        await queryClient.invalidateQueries(trpc.deliverables.comments.list.pathFilter());
    }
  }

  function stopEditing() {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <article
      id={anchor}
      tabIndex={-1}
      aria-labelledby={`${anchor}-by`}
      data-linked={linked || undefined}
      className={cn(
        "-m-2 grid scroll-mt-4 gap-1 rounded-md p-2 text-sm outline-none",
        "target:bg-amber-50 target:ring-2 target:ring-amber-500",
        "data-[linked]:bg-amber-50 data-[linked]:ring-2 data-[linked]:ring-amber-500",
      )}
    >
      <p id={`${anchor}-by`} className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium">{author}</span>
        <DateTime value={c.createdAt} className="text-xs text-muted-foreground" />
        {c.edited && c.editedAt && (
          <span className="text-xs text-muted-foreground">
            (edited <DateTime value={c.editedAt} />)
          </span>
        )}
        {linked && <span className="sr-only">, the comment you followed a link to</span>}
      </p>
      {c.deleted ? (
        <p className="italic text-muted-foreground">This comment was deleted.</p>
      ) : editing ? (
        <CommentEditForm
          projectId={projectId}
          deliverableId={deliverableId}
          comment={c}
          onDone={stopEditing}
        />
      ) : (
        <p className="whitespace-pre-line break-words">
          <MentionText body={c.body} names={c.mentions.map((m) => m.name)} />
        </p>
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
