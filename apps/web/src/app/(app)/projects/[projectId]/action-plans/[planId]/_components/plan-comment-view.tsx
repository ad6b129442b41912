"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation } from "@tanstack/react-query";
import { toast } from "sonner";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentView } from "@/components/comments/comment-view";
import { useTRPC } from "@/trpc/react";
import { usePlanRefresh } from "./use-plan-refresh";

export type PlanThread = RouterOutputs["planComments"]["list"][number];
export type PlanComment = PlanThread["replies"][number];

/** One comment on the plan; the author's own words are changed in place. */
export function PlanCommentView({
  projectId,
  comment: c,
}: {
  projectId: string;
  comment: PlanComment;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const edit = useMutation(trpc.planComments.edit.mutationOptions());
  const remove = useMutation(trpc.planComments.delete.mutationOptions());
  const ref = { projectId, commentId: c.id, version: c.version };

  return (
    <CommentView
      comment={c}
      anchor={`plan-comment-${c.id}`}
      onDelete={async () => {
        await remove.mutateAsync(ref);
      }}
      onChanged={refresh}
      edit={(done) => (
        <CommentForm
          label="Edit comment"
          fieldLabel="Edit your comment"
          initial={c.body}
          action="Save"
          pendingAction="Saving…"
          focus
          onCancel={done}
          onSubmit={async (body) => {
            await edit.mutateAsync({ ...ref, body });
            toast.success("Comment saved");
            await refresh();
            done();
          }}
          // A stale save is refused; the comment above then shows what is saved.
          onRefused={async ({ code, message, fieldErrors }) => {
            if (code === "CONFLICT") await refresh();
            return code === "CONFLICT" && Object.keys(fieldErrors).length === 0
              ? `${message} The comment above now shows what is saved; your text is still in the box.`
              : message;
          }}
        />
      )}
    >
      {c.body}
    </CommentView>
  );
}
