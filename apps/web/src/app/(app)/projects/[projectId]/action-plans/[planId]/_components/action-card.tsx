"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { TextLink, TitleLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUS_VARIANTS,
  IMPROVEMENT_STATUS_LABELS,
} from "@/lib/policy-labels";
import { chainUrl, improvementUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";
import { formatEur } from "../../_components/labels";
import { ActionForm } from "./action-form";
import type { Plan, PlanAction } from "./action-values";
import { AddInspirationDialog } from "./add-inspiration-dialog";
import { InspirationChips } from "./inspiration-chips";
import type { PlanThread } from "./plan-comment-view";
import { PlanComments } from "./plan-comments";
import { usePlanRefresh } from "./use-plan-refresh";

export function timeframe(start: string | null, end: string | null) {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `From ${formatDate(start)}`;
  if (end) return `Until ${formatDate(end)}`;
  return "Not set";
}

function Fact({
  label,
  lang,
  wide,
  children,
}: {
  label: string;
  lang?: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={wide ? "grid gap-1 sm:col-span-2" : "grid gap-1"}>
      <dt className="text-muted-foreground">{label}</dt>
      <dd lang={lang} className="whitespace-pre-line break-words">
        {children}
      </dd>
    </div>
  );
}

const orNone = (text: string) => text || "Not written yet";

/**
 * One action of the plan, anchored as #action-<id> so the learning chain can point at it:
 * what it does, what inspired it, its cost and funding, and its own review comments.
 */
export function ActionCard({
  projectId,
  plan,
  action: a,
  position,
  total,
  threads,
  onMove,
}: {
  projectId: string;
  plan: Plan;
  action: PlanAction;
  position: number;
  total: number;
  threads: PlanThread[];
  onMove: (actionId: string, by: -1 | 1) => void;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.planActions.delete.mutationOptions());
  const canEdit = plan.can.edit;
  const lang = plan.language;
  const anchor = `action-${a.id}`;

  async function onDelete() {
    setError(null);
    try {
      await remove.mutateAsync({ projectId, actionId: a.id, version: a.version });
      toast.success("Action deleted");
      setConfirm(false);
      await refresh();
    } catch (err) {
      const { code, message } = describeError(err);
      setError(
        code === "CONFLICT" ? `${message} Close this and look at the action again.` : message,
      );
      if (code === "CONFLICT") await refresh();
    }
  }

  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      tabIndex={-1}
      className="grid min-w-0 scroll-mt-4 gap-4 rounded-lg border p-4 outline-none target:ring-2 target:ring-amber-500 focus-visible:ring-2 focus-visible:ring-ring"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${anchor}-title`} className="min-w-0 break-words text-base font-semibold">
          Action {position}: <span lang={lang}>{a.title}</span>
        </h3>
        <Badge variant={ACTION_STATUS_VARIANTS[a.status]}>{ACTION_STATUS_LABELS[a.status]}</Badge>
      </div>
      {editing ? (
        <ActionForm
          projectId={projectId}
          planId={plan.id}
          language={lang}
          action={a}
          onDone={() => {
            setEditing(false);
            requestAnimationFrame(() => document.getElementById(anchor)?.focus());
          }}
        />
      ) : (
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Fact label="Timeframe">{timeframe(a.startDate, a.endDate)}</Fact>
          <Fact label="Estimated cost">{formatEur(a.estimatedCostEur)}</Fact>
          <Fact label="Funding sources" lang={a.fundingSources ? lang : undefined} wide>
            {a.fundingSources || "Not given"}
          </Fact>
          <Fact label="Background" lang={a.background ? lang : undefined} wide>
            {orNone(a.background)}
          </Fact>
          <div className="grid gap-2 sm:col-span-2">
            <dt className="text-muted-foreground">Inspired by</dt>
            <dd className="grid gap-2">
              <InspirationChips projectId={projectId} action={a} canEdit={canEdit} />
              {canEdit && (
                <div>
                  <AddInspirationDialog projectId={projectId} action={a} position={position} />
                </div>
              )}
            </dd>
          </div>
          <div className="grid gap-1 sm:col-span-2">
            <dt className="text-muted-foreground">Led to</dt>
            <dd className="grid gap-1">
              {a.improvements.length === 0 ? (
                <span>No policy improvement names it yet.</span>
              ) : (
                <ul className="grid gap-1">
                  {a.improvements.map((i) => (
                    <li key={i.id}>
                      <TitleLink href={improvementUrl(projectId, i.id)}>{i.title}</TitleLink>
                      <span className="text-muted-foreground">
                        {" "}
                        · {IMPROVEMENT_STATUS_LABELS[i.status]}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              <span>
                <TextLink href={chainUrl(projectId, { node: a.id })}>
                  Follow it in the learning chain
                  <span className="sr-only"> (action {position})</span>
                </TextLink>
              </span>
            </dd>
          </div>
          <Fact label="Activities" lang={a.activities ? lang : undefined} wide>
            {orNone(a.activities)}
          </Fact>
          <Fact label="Players involved" lang={a.players ? lang : undefined} wide>
            {orNone(a.players)}
          </Fact>
          <Fact label="English summary" lang={a.summaryEn ? "en" : undefined} wide>
            {orNone(a.summaryEn)}
          </Fact>
        </dl>
      )}
      {canEdit && !editing && (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" size="sm" onClick={() => setEditing(true)}>
            Edit<span className="sr-only"> action {position}</span>
          </Button>
          <Button
            type="button"
            variant="outline"
            size="sm"
            data-move={`${a.id}:up`}
            disabled={position === 1}
            onClick={() => onMove(a.id, -1)}
          >
            <ArrowUp aria-hidden /> Move up<span className="sr-only"> action {position}</span>
          </Button>
          <Button
            type="button"
            variant="outline"
            size="sm"
            data-move={`${a.id}:down`}
            disabled={position === total}
            onClick={() => onMove(a.id, 1)}
          >
            <ArrowDown aria-hidden /> Move down
            <span className="sr-only"> action {position}</span>
          </Button>
          <Button type="button" variant="outline" size="sm" onClick={() => setConfirm(true)}>
            Delete<span className="sr-only"> action {position}</span>
          </Button>
          <ConfirmDialog
            open={confirm}
            onOpenChange={(o) => {
              setConfirm(o);
              if (!o) setError(null);
            }}
            title="Delete this action?"
            description={`Action ${position}, ${a.title}, and the links to what inspired it are removed from the plan. Snapshots keep it.`}
            confirmLabel="Delete action"
            destructive
            pending={remove.isPending}
            error={error}
            onConfirm={onDelete}
          />
        </div>
      )}
      <div className="border-t pt-3">
        <PlanComments
          projectId={projectId}
          planId={plan.id}
          section="action"
          actionId={a.id}
          threads={threads}
          canComment={plan.can.comment}
          what={`action ${position}`}
          collapsible
          headingLevel={4}
        />
      </div>
    </article>
  );
}
