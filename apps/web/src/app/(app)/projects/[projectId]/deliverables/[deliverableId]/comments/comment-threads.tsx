"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { CommentForm } from "./comment-form";
import { CommentView } from "./comment-view";

type Thread = RouterOutputs["deliverables"]["comments"]["list"][number];

const LINKED = /^#comment-([0-9a-f-]{36})$/i;

/**
 * The comment a "#comment-…" address points at, kept in view and focused. The comments come
 * with the page, so the browser finds the target itself; this also covers a hash changed
 * on the page and marks the comment for the highlight.
 */
function useLinkedComment(): string | null {
  const [linked, setLinked] = useState<string | null>(null);
  useEffect(() => {
    function follow() {
      const id = LINKED.exec(window.location.hash)?.[1] ?? null;
      setLinked(id);
      const el = id ? document.getElementById(`comment-${id}`) : null;
      if (!el) return;
      el.scrollIntoView({ block: "center" });
      el.focus({ preventScroll: true });
    }
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return linked;
}

/** The discussion of a deliverable: threads one level deep, with @mentions highlighted. */
export function CommentThreads({
  projectId,
  deliverableId,
  canComment,
  initial,
}: {
  projectId: string;
  deliverableId: string;
  canComment: boolean;
  initial: Thread[];
}) {
  const trpc = useTRPC();
  const threads = useQuery(
    trpc.deliverables.comments.list.queryOptions(
      { projectId, deliverableId },
      { initialData: initial },
    ),
  );
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const linked = useLinkedComment();

  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Comments</CardTitle>
        <CardDescription>
          Discuss the deliverable with the partnership. Observers read along.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {threads.error && (
          <p className="text-sm text-destructive">{describeError(threads.error).message}</p>
        )}
        {threads.data.length === 0 && (
          <p className="text-sm text-muted-foreground">No comments yet.</p>
        )}
        {threads.data.length > 0 && (
          <ol aria-label="Comment threads" className="grid gap-4">
            {threads.data.map((t) => (
              <li key={t.id} className="grid min-w-0 gap-3 rounded-md border p-3">
                <CommentView
                  projectId={projectId}
                  deliverableId={deliverableId}
                  comment={t}
                  linked={linked === t.id}
                />
                {t.replies.length > 0 && (
                  <ol aria-label="Replies" className="grid min-w-0 gap-3 border-l pl-4">
                    {t.replies.map((r) => (
                      <li key={r.id} className="min-w-0">
                        <CommentView
                          projectId={projectId}
                          deliverableId={deliverableId}
                          comment={r}
                          linked={linked === r.id}
                        />
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
