"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { DateTime } from "@/components/date-time";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { CommentForm } from "./comment-form";
import { MentionText } from "./mention-text";

type Thread = RouterOutputs["comments"]["list"][number];
type Comment = Omit<Thread, "replies">;

/** The discussion of a deliverable: threads one level deep, with @mentions highlighted. */
export function CommentThreads({
  projectId,
  deliverableId,
  canComment,
}: {
  projectId: string;
  deliverableId: string;
  canComment: boolean;
}) {
  const trpc = useTRPC();
  const threads = useQuery(trpc.comments.list.queryOptions({ projectId, deliverableId }));
  const [replyTo, setReplyTo] = useState<string | null>(null);

  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Comments</CardTitle>
        <CardDescription>
          Discuss the deliverable with the partnership. Observers read along.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {threads.isLoading && <p className="text-sm text-muted-foreground">Loading comments…</p>}
        {threads.error && (
          <p className="text-sm text-destructive">{describeError(threads.error).message}</p>
        )}
        {threads.data?.length === 0 && (
          <p className="text-sm text-muted-foreground">No comments yet.</p>
        )}
        {threads.data && threads.data.length > 0 && (
          <ol aria-label="Comment threads" className="grid gap-4">
            {threads.data.map((t) => (
              <li key={t.id} className="grid gap-3 rounded-md border p-3">
                <CommentView projectId={projectId} comment={t} />
                {t.replies.length > 0 && (
                  <ol aria-label="Replies" className="grid gap-3 border-l pl-4">
                    {t.replies.map((r) => (
                      <li key={r.id}>
                        <CommentView projectId={projectId} comment={r} />
                      </li>
                    ))}
                  </ol>
                )}
                {canComment &&
                  !t.deleted &&
                  (replyTo === t.id ? (
                    <CommentForm
                      projectId={projectId}
                      deliverableId={deliverableId}
                      parentId={t.id}
                      onDone={() => setReplyTo(null)}
                    />
                  ) : (
                    <div>
                      <Button variant="outline" size="sm" onClick={() => setReplyTo(t.id)}>
                        Reply<span className="sr-only"> to {t.authorName ?? "this comment"}</span>
                      </Button>
                    </div>
                  ))}
              </li>
            ))}
          </ol>
        )}
        {canComment && <CommentForm projectId={projectId} deliverableId={deliverableId} />}
      </CardContent>
    </Card>
  );
}

function CommentView({ projectId, comment: c }: { projectId: string; comment: Comment }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.comments.delete.mutationOptions());

  async function onDelete() {
    setError(null);
    try {
      await remove.mutateAsync({ projectId, commentId: c.id, version: c.version });
      toast.success("Comment deleted");
      setConfirm(false);
      await queryClient.invalidateQueries(trpc.comments.list.pathFilter());
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  return (
    <article className="grid gap-1 text-sm">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium">{c.authorName ?? "A former member"}</span>
        <DateTime value={c.createdAt} className="text-xs text-muted-foreground" />
        {c.edited && <span className="text-xs text-muted-foreground">(edited)</span>}
      </p>
      {c.deleted ? (
        <p className="italic text-muted-foreground">This comment was deleted.</p>
      ) : (
        <p className="whitespace-pre-line break-words">
          <MentionText body={c.body} names={c.mentions.map((m) => m.name)} />
        </p>
      )}
      {c.can.delete && (
        <div>
          <Button variant="ghost" size="sm" onClick={() => setConfirm(true)}>
            Delete<span className="sr-only"> comment by {c.authorName ?? "a former member"}</span>
          </Button>
          <ConfirmDialog
            open={confirm}
            onOpenChange={setConfirm}
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
