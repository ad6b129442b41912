"use client";

import type { ActionPlanSection } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { toast } from "sonner";
import { CommentForm } from "@/components/comments/comment-form";
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
  const add = useMutation(trpc.planComments.add.mutationOptions());

  return (
    <CommentForm
      label={parentId ? "Reply" : "New comment"}
      fieldLabel={label}
      action={parentId ? "Post reply" : "Post comment"}
      pendingAction="Posting…"
      focus
      onCancel={onDone}
      onSubmit={async (body) => {
        await add.mutateAsync({
          projectId,
          actionPlanId: planId,
          section,
          actionId,
          parentId,
          body,
        });
        toast.success(parentId ? "Reply posted" : "Comment posted");
        await refresh();
        onDone();
      }}
    />
  );
}
