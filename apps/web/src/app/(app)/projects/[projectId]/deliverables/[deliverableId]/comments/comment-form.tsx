"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { CommentForm as Form } from "@/components/comments/comment-form";
import { useTRPC } from "@/trpc/react";
import { MentionBox } from "./mention-box";

/** A new comment, or a reply when `parentId` is given; "@" offers the members to mention. */
export function CommentForm({
  projectId,
  deliverableId,
  parentId = null,
  onDone,
}: {
  projectId: string;
  deliverableId: string;
  parentId?: string | null;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.deliverables.comments.add.mutationOptions());

  return (
    <Form
      label={parentId ? "Reply" : "New comment"}
      fieldLabel={parentId ? "Your reply" : "Your comment"}
      action={parentId ? "Post reply" : "Post comment"}
      pendingAction="Posting…"
      {...(onDone ? { onCancel: onDone } : {})}
      input={(box) => <MentionBox projectId={projectId} {...box} />}
      onSubmit={async (body) => {
        await add.mutateAsync({ projectId, deliverableId, parentId, body });
        toast.success(parentId ? "Reply posted" : "Comment posted");
        await queryClient.invalidateQueries(trpc.deliverables.comments.list.pathFilter());
        onDone?.();
      }}
    />
  );
}
