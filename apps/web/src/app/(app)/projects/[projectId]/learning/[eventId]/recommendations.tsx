"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { TextAreaField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { RECOMMENDATION_STATUS_LABELS } from "../_components/labels";

type Item = RouterOutputs["learningEvents"]["get"]["recommendations"][number];

/** The peer review's follow-up to-do list: add, change status, reorder, remove. */
export function Recommendations({
  projectId,
  eventId,
  items,
  canEdit,
}: {
  projectId: string;
  eventId: string;
  items: Item[];
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.learningEvents.recommendations.add.mutationOptions());
  const update = useMutation(trpc.learningEvents.recommendations.update.mutationOptions());
  const reorder = useMutation(trpc.learningEvents.recommendations.reorder.mutationOptions());
  const remove = useMutation(trpc.learningEvents.recommendations.remove.mutationOptions());
  const [textError, setTextError] = useState<string | undefined>();

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      toast.success(done);
    } catch (err) {
      const { code, message } = describeError(err);
      toast.error(
        code === "CONFLICT"
          ? "Someone changed the recommendations meanwhile; the list now shows the latest."
          : message,
      );
    }
    router.refresh();
  }

  async function onAdd(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setTextError(undefined);
    const form = e.currentTarget;
    const text = String(new FormData(form).get("text") ?? "");
    try {
      await add.mutateAsync({ projectId, eventId, text });
      form.reset();
      toast.success("Recommendation added");
      router.refresh();
    } catch (err) {
      const d = describeError(err);
      setTextError(d.fieldErrors.text?.join(" ") ?? d.message);
    }
  }

  function move(index: number, by: -1 | 1) {
    const ids = items.map((r) => r.id);
    const [id] = ids.splice(index, 1);
    if (!id) return;
    ids.splice(index + by, 0, id);
    void run(
      () => reorder.mutateAsync({ projectId, eventId, recommendationIds: ids }),
      by < 0 ? "Moved up" : "Moved down",
    );
  }

  const setStatus = (r: Item, status: RecommendationStatus) =>
    run(
      () =>
        update.mutateAsync({
          projectId,
          recommendationId: r.id,
          version: r.version,
          text: r.text,
          status,
        }),
      `Status set to ${RECOMMENDATION_STATUS_LABELS[status].toLowerCase()}`,
    );

  return (
    <div className="grid gap-4">
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">No recommendations yet.</p>
      ) : (
        <ol className="grid gap-2" aria-label="Recommendations">
          {items.map((r, i) => (
            <li
              key={r.id}
              className="grid gap-2 rounded-md border p-3 text-sm sm:grid-cols-[1fr_auto]"
            >
              <p className="whitespace-pre-line break-words">
                <span className="font-medium">{i + 1}. </span>
                {r.text}
              </p>
              {canEdit ? (
                <div className="flex flex-wrap items-center gap-1">
                  <NativeSelect
                    aria-label={`Status of recommendation ${i + 1}`}
                    value={r.status}
                    onChange={(e) => setStatus(r, e.target.value as RecommendationStatus)}
                    className="w-auto"
                  >
                    {RECOMMENDATION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {RECOMMENDATION_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </NativeSelect>
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Move recommendation ${i + 1} up`}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    <ArrowUp aria-hidden />
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Move recommendation ${i + 1} down`}
                    disabled={i === items.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    <ArrowDown aria-hidden />
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    aria-label={`Remove recommendation ${i + 1}`}
                    onClick={() =>
                      run(
                        () =>
                          remove.mutateAsync({
                            projectId,
                            recommendationId: r.id,
                            version: r.version,
                          }),
                        "Recommendation removed",
                      )
                    }
                  >
                    Remove
                  </Button>
                </div>
              ) : (
                <span className="text-muted-foreground">
                  {RECOMMENDATION_STATUS_LABELS[r.status]}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <form onSubmit={onAdd} className="grid gap-2" noValidate aria-label="Add a recommendation">
          <TextAreaField label="New recommendation" error={textError} name="text" rows={3} />
          <div>
            <Button type="submit" disabled={add.isPending}>
              {add.isPending ? "Adding…" : "Add recommendation"}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
