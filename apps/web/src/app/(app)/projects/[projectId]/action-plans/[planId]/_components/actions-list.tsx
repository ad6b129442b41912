"use client";

import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { ActionCard } from "./action-card";
import { ActionForm } from "./action-form";
import type { Plan } from "./action-values";
import type { PlanThread } from "./plan-comment-view";
import { usePlanRefresh } from "./use-plan-refresh";

/**
 * The plan's actions in order. Moving one up or down keeps the keyboard on it (on the other
 * move button once it reaches an end) and says where it went.
 */
export function ActionsList({
  projectId,
  plan,
  threads,
}: {
  projectId: string;
  plan: Plan;
  threads: PlanThread[];
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const reorder = useMutation(trpc.planActions.reorder.mutationOptions());
  const [adding, setAdding] = useState(false);
  const [announce, setAnnounce] = useState("");
  const follow = useRef<{ id: string; dir: "up" | "down" } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const actions = plan.actions;

  const order = actions.map((a) => a.id).join(",");
  // Runs once the new order is on screen; moving the element may have taken focus away.
  useEffect(() => {
    const f = follow.current;
    if (!f || !order) return;
    follow.current = null;
    const button = (dir: string) =>
      document.querySelector<HTMLButtonElement>(`[data-move="${f.id}:${dir}"]`);
    const target = button(f.dir);
    const other = button(f.dir === "up" ? "down" : "up");
    if (target && !target.disabled) target.focus();
    else other?.focus();
  }, [order]);

  async function onMove(actionId: string, by: -1 | 1) {
    if (reorder.isPending) return;
    const ids = actions.map((a) => a.id);
    const from = ids.indexOf(actionId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, actionId);
    follow.current = { id: actionId, dir: by < 0 ? "up" : "down" };
    try {
      await reorder.mutateAsync({ projectId, actionPlanId: plan.id, actionIds: ids });
      const title = actions[from]?.title ?? "The action";
      setAnnounce(`${title} is now action ${to + 1} of ${ids.length}.`);
    } catch (err) {
      const { code, message } = describeError(err);
      toast.error(
        code === "CONFLICT" ? `${message} The list now shows the latest order.` : message,
      );
    }
    await refresh();
  }

  const threadsOf = (actionId: string) => threads.filter((t) => t.actionId === actionId);

  return (
    <div className="grid gap-4">
      <p role="status" className="sr-only">
        {announce}
      </p>
      {actions.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No actions yet.{plan.can.edit ? " A plan needs at least one before it is submitted." : ""}
        </p>
      ) : (
        <ol aria-label="Actions" className="grid gap-4">
          {actions.map((a, i) => (
            <li key={a.id} className="min-w-0">
              <ActionCard
                projectId={projectId}
                plan={plan}
                action={a}
                position={i + 1}
                total={actions.length}
                threads={threadsOf(a.id)}
                onMove={onMove}
              />
            </li>
          ))}
        </ol>
      )}
      {plan.can.edit &&
        (adding ? (
          <section
            aria-labelledby="new-action-heading"
            className="grid gap-3 rounded-lg border p-4"
          >
            <h3 id="new-action-heading" className="text-base font-semibold">
              New action
            </h3>
            <ActionForm
              projectId={projectId}
              planId={plan.id}
              language={plan.language}
              action={null}
              onDone={(savedId) => {
                setAdding(false);
                requestAnimationFrame(() => {
                  const el = savedId ? document.getElementById(`action-${savedId}`) : null;
                  if (el) el.focus();
                  else addButton.current?.focus();
                });
              }}
            />
          </section>
        ) : (
          <div>
            <Button ref={addButton} type="button" onClick={() => setAdding(true)}>
              <Plus aria-hidden /> Add an action
            </Button>
          </div>
        ))}
    </div>
  );
}
