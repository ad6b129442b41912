"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { CommentForm } from "@/components/comments/comment-form";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import type { Comment } from "./comment-view";
import { MentionBox } from "./mention-box";

/**
 * The author's own comment, edited in place. The save names the version it was based on;
 * when the comment changed elsewhere meanwhile (another window), the saved text is shown,
 * this text stays in the box, and "Save again" replaces the newer one.
 */
export function CommentEditForm({
  projectId,
  deliverableId,
  comment,
  onDone,
}: {
  projectId: string;
  deliverableId: string;
  comment: Comment;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(comment.version);
  const [savedNow, setSavedNow] = useState<string | null>(null);
  const edit = useMutation(trpc.deliverables.comments.edit.mutationOptions());

  /** What is saved now, or why there is nothing to compare with. */
  async function showConflict(): Promise<string | null> {
    try {
      const threads = await client.deliverables.comments.list.query({ projectId, deliverableId });
      const latest = threads
        .flatMap(({ replies, ...t }) => [t, ...replies])
        .find((x) => x.id === comment.id);
      if (!latest || latest.deleted)
        return "This comment was deleted meanwhile. Copy your text before you leave.";
      setVersion(latest.version);
      setSavedNow(latest.body);
      return null;
    } catch (err) {
      return describeError(err).message;
    }
  }

  return (
    <CommentForm
      label="Edit comment"
      fieldLabel="Edit your comment"
      initial={comment.body}
      action={savedNow !== null ? "Save again" : "Save"}
      pendingAction="Saving…"
      focus
      onCancel={onDone}
      input={(box) => <MentionBox projectId={projectId} {...box} />}
      notice={
        savedNow !== null && (
          <Alert variant="error">
            <p className="font-medium">
              This comment was changed elsewhere while you were editing.
            </p>
            <p>Saved now:</p>
            <blockquote className="my-1 whitespace-pre-line break-words border-l-2 pl-3">
              {savedNow}
            </blockquote>
            <p>Your text is still in the box. “Save again” replaces the saved text with yours.</p>
          </Alert>
        )
      }
      onSubmit={async (body) => {
        await edit.mutateAsync({ projectId, commentId: comment.id, body, version });
        toast.success("Comment saved");
        await queryClient.invalidateQueries(trpc.deliverables.comments.list.pathFilter());
        onDone();
      }}
      onRefused={(e) =>
        e.code === "CONFLICT" && Object.keys(e.fieldErrors).length === 0
          ? showConflict()
          : Promise.resolve(e.message)
      }
    />
  );
}
