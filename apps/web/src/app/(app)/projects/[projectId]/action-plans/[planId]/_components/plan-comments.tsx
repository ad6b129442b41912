"use client";

import type { ActionPlanSection } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { MessageSquare } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { PlanCommentForm } from "./plan-comment-form";
import { PlanCommentView, type PlanThread } from "./plan-comment-view";
import { usePlanRefresh } from "./use-plan-refresh";

/** Comments still there (deleted ones keep their place but do not count). */
export function countComments(threads: PlanThread[]) {
  const all = threads.flatMap((t) => [t, ...t.replies]).filter((c) => !c.deleted);
  const open = threads.filter((t) => !t.resolved && !t.deleted).length;
  return { total: all.length, open };
}

function countText(n: { total: number; open: number }) {
  if (n.total === 0) return "none yet";
  const total = `${n.total} ${n.total === 1 ? "comment" : "comments"}`;
  return n.open > 0 ? `${total}, ${n.open} open` : `${total}, all resolved`;
}

function ResolveButton({ projectId, thread }: { projectId: string; thread: PlanThread }) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const resolve = useMutation(trpc.planComments.resolve.mutationOptions());
  const unresolve = useMutation(trpc.planComments.unresolve.mutationOptions());
  const pending = resolve.isPending || unresolve.isPending;
  async function onClick() {
    const ref = { projectId, commentId: thread.id, version: thread.version };
    try {
      if (thread.resolved) await unresolve.mutateAsync(ref);
      else await resolve.mutateAsync(ref);
      toast.success(thread.resolved ? "Thread reopened" : "Thread resolved");
    } catch (err) {
      toast.error(describeError(err).message);
    }
    await refresh();
  }
  return (
    <Button variant="outline" size="sm" disabled={pending} onClick={onClick}>
      {thread.resolved ? "Reopen thread" : "Resolve"}
      <span className="sr-only"> started by {thread.authorName ?? "a former member"}</span>
    </Button>
  );
}

/**
 * The review threads of one section (or one action): one level of replies, resolved threads
 * marked in words. Collapsible where many sit on one page (each action has its own).
 */
export function PlanComments({
  projectId,
  planId,
  section,
  actionId = null,
  threads,
  canComment,
  what,
  collapsible = false,
  headingLevel = 3,
}: {
  projectId: string;
  planId: string;
  section: ActionPlanSection;
  actionId?: string | null;
  threads: PlanThread[];
  canComment: boolean;
  /** What is commented on, e.g. "Part I" or "action 2". */
  what: string;
  collapsible?: boolean;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const id = useId();
  const [expanded, setExpanded] = useState(!collapsible);
  const [adding, setAdding] = useState(false);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const n = countComments(threads);

  const panel = (
    <div id={`${id}-panel`} hidden={!expanded} className="grid min-w-0 gap-3">
      {threads.length === 0 && !collapsible && (
        <p className="text-sm text-muted-foreground">No comments yet.</p>
      )}
      {threads.length > 0 && (
        <ol aria-label={`Comment threads on ${what}`} className="grid gap-3">
          {threads.map((t) => (
            <li
              key={t.id}
              className={cn(
                "grid min-w-0 gap-2 rounded-md border bg-background p-3",
                t.resolved && "border-dashed",
              )}
            >
              {t.resolved && (
                <p className="text-xs font-medium text-emerald-800">
                  Resolved{t.resolvedByName ? ` by ${t.resolvedByName}` : ""}
                </p>
              )}
              <PlanCommentView projectId={projectId} comment={t} />
              {t.replies.length > 0 && (
                <ol aria-label="Replies" className="grid min-w-0 gap-3 border-l pl-3">
                  {t.replies.map((r) => (
                    <li key={r.id} className="min-w-0">
                      <PlanCommentView projectId={projectId} comment={r} />
                    </li>
                  ))}
                </ol>
              )}
              {replyTo === t.id ? (
                <PlanCommentForm
                  projectId={projectId}
                  planId={planId}
                  section={section}
                  actionId={actionId}
                  parentId={t.id}
                  label="Your reply"
                  onDone={() => setReplyTo(null)}
                />
              ) : (
                <div className="flex flex-wrap gap-2">
                  {canComment && !t.deleted && (
                    <Button variant="outline" size="sm" onClick={() => setReplyTo(t.id)}>
                      Reply<span className="sr-only"> to {t.authorName ?? "this comment"}</span>
                    </Button>
                  )}
                  {t.can.resolve && <ResolveButton projectId={projectId} thread={t} />}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {canComment &&
        (adding ? (
          <PlanCommentForm
            projectId={projectId}
            planId={planId}
            section={section}
            actionId={actionId}
            label={`Your comment on ${what}`}
            onDone={() => setAdding(false)}
          />
        ) : (
          <div>
            <Button variant="outline" size="sm" onClick={() => setAdding(true)}>
              <MessageSquare aria-hidden /> Comment on {what}
            </Button>
          </div>
        ))}
    </div>
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="grid min-w-0 gap-3">
      <Heading id={`${id}-heading`} className="text-sm font-semibold">
        {collapsible ? (
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={`${id}-panel`}
            onClick={() => setExpanded((e) => !e)}
            className="inline-flex items-center gap-2 rounded-md text-primary underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <MessageSquare className="size-4" aria-hidden />
            Comments on {what} ({countText(n)})
          </button>
        ) : (
          <>
            Comments on {what}{" "}
            <span className="font-normal text-muted-foreground">({countText(n)})</span>
          </>
        )}
      </Heading>
      {panel}
    </section>
  );
}
