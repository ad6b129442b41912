"use client";

import { useMutation } from "@tanstack/react-query";
import { Lightbulb, X } from "lucide-react";
import Link from "next/link";
import { toast } from "sonner";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { INSPIRATION_KIND_LABELS } from "../../_components/labels";
import type { PlanAction } from "./action-values";
import { usePlanRefresh } from "./use-plan-refresh";

type Inspiration = PlanAction["inspirations"][number];

function chipText(i: Inspiration) {
  if (!i.available || !i.title) return "no longer visible to you";
  return i.kind === "recommendation" && i.eventTitle ? `${i.title} (${i.eventTitle})` : i.title;
}

/**
 * What inspired the action, as links into the learning chain: the good practice, the learning
 * event, or the peer review a recommendation came from. Editors remove a link here.
 */
export function InspirationChips({
  projectId,
  action,
  canEdit,
}: {
  projectId: string;
  action: PlanAction;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const remove = useMutation(trpc.planActions.removeInspiration.mutationOptions());

  async function onRemove(i: Inspiration) {
    try {
      await remove.mutateAsync({ projectId, inspirationId: i.linkId });
      toast.success("Inspiration removed");
    } catch (err) {
      toast.error(describeError(err).message);
    }
    await refresh();
  }

  if (action.inspirations.length === 0)
    return <p className="text-sm text-muted-foreground">No inspirations linked yet.</p>;
  return (
    <ul aria-label={`What inspired ${action.title}`} className="flex flex-wrap gap-2">
      {action.inspirations.map((i) => (
        <li
          key={i.linkId}
          className="inline-flex min-w-0 max-w-full items-center gap-1 rounded-full border bg-secondary px-3 py-1 text-sm text-secondary-foreground"
        >
          <Lightbulb className="size-3.5 shrink-0" aria-hidden />
          <span className="min-w-0 break-words">
            <span className="font-medium">{INSPIRATION_KIND_LABELS[i.kind]}: </span>
            {i.href ? (
              <Link href={i.href} className="text-primary underline underline-offset-2">
                {chipText(i)}
              </Link>
            ) : (
              <span className="italic">{chipText(i)}</span>
            )}
            {i.note && <span className="text-muted-foreground"> – {i.note}</span>}
          </span>
          {canEdit && (
            <button
              type="button"
              onClick={() => onRemove(i)}
              disabled={remove.isPending}
              className="ml-1 inline-flex size-7 shrink-0 items-center justify-center rounded-full hover:bg-background focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            >
              <X className="size-3.5" aria-hidden />
              <span className="sr-only">
                Remove inspiration {INSPIRATION_KIND_LABELS[i.kind].toLowerCase()}: {chipText(i)}
              </span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
