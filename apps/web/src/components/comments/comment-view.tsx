"use client";

import { type ReactNode, useRef, useState } from "react";
import { toast } from "sonner";
import { DateTime } from "@/components/date-time";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { cn } from "@/lib/utils";

/** What every comment shows, whatever it is written on. */
export type CommentBase = {
  id: string;
  authorName: string | null;
  createdAt: Date;
  edited: boolean;
  editedAt: Date | null;
  deleted: boolean;
  can: { edit: boolean; delete: boolean };
};

/**
 * One comment: who, when, what; edit in place and delete for those allowed. With `linked`
 * set (true or false) its anchor can be a link target: it is highlighted and takes focus,
 * so a screen reader announces its author.
 */
export function CommentView({
  comment: c,
  anchor,
  linked,
  children,
  edit,
  onDelete,
  onChanged,
}: {
  comment: CommentBase;
  /** The element id, e.g. for "#comment-…" links. */
  anchor: string;
  linked?: boolean;
  /** The comment's text as shown. */
  children: ReactNode;
  /** The edit form; it calls `done` when saved or cancelled. */
  edit: (done: () => void) => ReactNode;
  onDelete: () => Promise<void>;
  /** Reloads the comments (after a delete, or to show what changed meanwhile). */
  onChanged: () => Promise<unknown>;
}) {
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const author = c.authorName ?? "A former member";
  const linkable = linked !== undefined;

  async function remove() {
    setError(null);
    setPending(true);
    try {
      await onDelete();
      toast.success("Comment deleted");
      setConfirm(false);
      await onChanged();
    } catch (err) {
      const { code, message } = describeError(err);
      setError(
        code === "CONFLICT"
          ? "This comment changed since the page was loaded. Close this, read it again, then decide."
          : message,
      );
      if (code === "CONFLICT") await onChanged();
    } finally {
      setPending(false);
    }
  }

  function stopEditing() {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <article
      id={anchor}
      tabIndex={linkable ? -1 : undefined}
      aria-labelledby={`${anchor}-by`}
      data-linked={linked || undefined}
      className={cn(
        "grid min-w-0 gap-1 text-sm",
        linkable && "-m-2 scroll-mt-4 rounded-md p-2 outline-none",
        linkable && "target:bg-amber-50 target:ring-2 target:ring-amber-500",
        linkable && "data-[linked]:bg-amber-50 data-[linked]:ring-2 data-[linked]:ring-amber-500",
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
        edit(stopEditing)
      ) : (
        <p className="whitespace-pre-line break-words">{children}</p>
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
            pending={pending}
            error={error}
            onConfirm={remove}
          />
        </div>
      )}
    </article>
  );
}
