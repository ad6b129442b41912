"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CommentView as View } from "@/components/comments/comment-view";
import { useTRPC } from "@/trpc/react";
import { CommentEditForm } from "./comment-edit-form";
import { MentionText } from "./mention-text";

type Thread = RouterOutputs["deliverables"]["comments"]["list"][number];
export type Comment = Omit<Thread, "replies">;

/**
 * One comment. Its id makes "#comment-…" links (mention notifications) land on it; the
 * linked one is highlighted and takes focus.
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
  const remove = useMutation(trpc.deliverables.comments.delete.mutationOptions());

  return (
    <View
      comment={c}
      anchor={`comment-${c.id}`}
      linked={linked}
      onDelete={async () => {
        await remove.mutateAsync({ projectId, commentId: c.id, version: c.version });
      }}
      onChanged={() => queryClient.invalidateQueries(trpc.deliverables.comments.list.pathFilter())}
      edit={(done) => (
        <CommentEditForm
          projectId={projectId}
          deliverableId={deliverableId}
          comment={c}
          onDone={done}
        />
      )}
    >
      <MentionText body={c.body} names={c.mentions.map((m) => m.name)} />
    </View>
  );
}
