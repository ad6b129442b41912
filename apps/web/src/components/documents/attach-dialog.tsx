"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

export type AttachTarget = { kind: "event" | "practice"; id: string };

/** Finds documents in the library by a word and attaches the chosen ones to the record. */
export function AttachDialog({
  projectId,
  target,
  attachedIds,
}: {
  projectId: string;
  target: AttachTarget;
  attachedIds: string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const search = useQuery(
    trpc.documents.search.queryOptions(
      { projectId, q: q.trim(), pageSize: 20 },
      { enabled: open && q.trim().length >= 2 },
    ),
  );
  const toEvent = useMutation(trpc.learningEvents.attachDocuments.mutationOptions());
  const toPractice = useMutation(trpc.goodPractices.attachDocuments.mutationOptions());
  const pending = toEvent.isPending || toPractice.isPending;

  async function onAttach() {
    setError(null);
    try {
      if (target.kind === "event")
        await toEvent.mutateAsync({ projectId, eventId: target.id, documentIds: chosen });
      else
        await toPractice.mutateAsync({ projectId, goodPracticeId: target.id, documentIds: chosen });
      toast.success(
        chosen.length === 1 ? "Document attached" : `${chosen.length} documents attached`,
      );
      setOpen(false);
      setChosen([]);
      router.refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  const results = (search.data?.results ?? []).filter((d) => !attachedIds.includes(d.id));
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        Attach from the library
      </Button>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Attach documents</DialogTitle>
          <DialogDescription>
            Search the library by title or by a word inside, then choose the documents.
          </DialogDescription>
        </DialogHeader>
        {error && <Alert variant="error">{error}</Alert>}
        <Field label="Search the library" hint="At least 2 characters">
          {(p) => <Input {...p} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <fieldset className="grid gap-2">
          <legend className="sr-only">Documents found</legend>
          <p role="status" className="text-sm text-muted-foreground">
            {q.trim().length < 2
              ? "Type to search."
              : search.isFetching
                ? "Searching…"
                : `${results.length} ${results.length === 1 ? "document" : "documents"} found`}
          </p>
          {results.map((d) => (
            <label key={d.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-1 size-4"
                checked={chosen.includes(d.id)}
                onChange={(e) =>
                  setChosen((c) => (e.target.checked ? [...c, d.id] : c.filter((x) => x !== d.id)))
                }
              />
              <span className="break-words">{d.title}</span>
            </label>
          ))}
        </fieldset>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="button" disabled={pending || chosen.length === 0} onClick={onAttach}>
            {pending ? "Attaching…" : "Attach"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
