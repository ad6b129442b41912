"use client";

import type { ActionInspirationKind } from "@consortia/db/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { TextField } from "@/components/form-fields";
import { TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";
import { useTRPC } from "@/trpc/react";
import { INSPIRATION_KIND_LABELS } from "../../_components/labels";
import type { PlanAction } from "./action-values";
import { usePlanRefresh } from "./use-plan-refresh";

type Option = { kind: ActionInspirationKind; id: string; title: string; meta: string };

function useDebounced(value: string, ms: number) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * Links the action to a good practice, learning event or peer-review recommendation of the
 * project: search, then "Link" one; the dialog stays open so several can be linked in turn.
 */
export function AddInspirationDialog({
  projectId,
  action,
  position,
}: {
  projectId: string;
  action: PlanAction;
  position: number;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [linked, setLinked] = useState<string | null>(null);
  const search = useDebounced(q.trim(), 250);
  const options = useQuery({
    ...trpc.planActions.inspirationOptions.queryOptions({ projectId, q: search }),
    enabled: open,
  });
  const add = useMutation(trpc.planActions.addInspiration.mutationOptions());
  const taken = new Set(action.inspirations.map((i) => `${i.kind}:${i.id}`));

  const groups: Array<{ kind: ActionInspirationKind; heading: string; items: Option[] }> = [
    {
      kind: "good_practice",
      heading: "Good practices",
      items: (options.data?.goodPractices ?? []).map((p) => ({
        kind: "good_practice",
        id: p.id,
        title: p.title,
        meta: p.partnerName,
      })),
    },
    {
      kind: "learning_event",
      heading: "Learning events",
      items: (options.data?.learningEvents ?? []).map((e) => ({
        kind: "learning_event",
        id: e.id,
        title: e.title,
        meta: `${EVENT_KIND_LABELS[e.kind]} · ${e.partnerName} · ${formatDate(e.startDate)}`,
      })),
    },
    {
      kind: "recommendation",
      heading: "Peer-review recommendations",
      items: (options.data?.recommendations ?? []).map((r) => ({
        kind: "recommendation",
        id: r.id,
        title: r.title,
        meta: `${r.eventTitle} · ${r.partnerName}`,
      })),
    },
  ];

  async function onLink(o: Option) {
    setError(null);
    setLinked(null);
    try {
      await add.mutateAsync({
        projectId,
        actionId: action.id,
        kind: o.kind,
        targetId: o.id,
        note,
      });
      setNote("");
      setLinked(`${INSPIRATION_KIND_LABELS[o.kind]} “${o.title}” linked to the action.`);
      toast.success("Inspiration linked");
      await refresh();
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      const details = Object.values(fieldErrors).flatMap((m) => m ?? []);
      setError(details.length > 0 ? details.join(" ") : message);
    }
  }

  return (
    <>
      <Button type="button" variant="outline" size="sm" onClick={() => setOpen(true)}>
        <Plus aria-hidden /> Add inspiration<span className="sr-only"> to action {position}</span>
      </Button>
      <TitledDialog
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (!o) {
            setError(null);
            setLinked(null);
          }
        }}
        title="Add an inspiration"
        description={
          <>
            Link action {position}, {action.title}, to the good practice, learning event or
            peer-review recommendation that inspired it.
          </>
        }
        wide
      >
        {error && <Alert variant="error">{error}</Alert>}
        {linked && <Alert variant="success">{linked}</Alert>}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Search" hint="Titles of practices and events, or a recommendation's text">
            {(p) => (
              <Input
                {...p}
                type="search"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
          <TextField
            label="Note"
            hint="Optional: what the action takes from it"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <p role="status" className="text-sm text-muted-foreground">
          {options.isFetching
            ? "Searching…"
            : options.error
              ? describeError(options.error).message
              : `${groups.reduce((n, g) => n + g.items.length, 0)} found`}
        </p>
        <div className="grid gap-4">
          {groups.map((g) => (
            <section key={g.kind} aria-labelledby={`options-${g.kind}`} className="grid gap-2">
              <h3 id={`options-${g.kind}`} className="text-sm font-semibold">
                {g.heading}
              </h3>
              {g.items.length === 0 ? (
                <p className="text-sm text-muted-foreground">None match.</p>
              ) : (
                <ul className="grid gap-2">
                  {g.items.map((o) => (
                    <li
                      key={o.id}
                      className="flex flex-wrap items-center justify-between gap-2 rounded-md border p-2 text-sm"
                    >
                      <span className="grid min-w-0 flex-1 gap-0.5">
                        <span className="break-words font-medium">{o.title}</span>
                        <span className="text-xs text-muted-foreground">{o.meta}</span>
                      </span>
                      {taken.has(`${o.kind}:${o.id}`) ? (
                        <span className="text-xs font-medium text-emerald-800">Linked</span>
                      ) : (
                        <Button
                          type="button"
                          size="sm"
                          variant="outline"
                          disabled={add.isPending}
                          onClick={() => onLink(o)}
                        >
                          Link<span className="sr-only"> {o.title}</span>
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
        <DialogFooter>
          <Button type="button" onClick={() => setOpen(false)}>
            Done
          </Button>
        </DialogFooter>
      </TitledDialog>
    </>
  );
}
