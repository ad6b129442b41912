"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

type Item = { id: string; code: string; title: string; responsiblePartnerName: string };
type Result = {
  reminded: { code: string }[];
  people: number;
  skipped: { code: string; reason: string }[];
};

/**
 * The desk's bulk action: remind the responsible partners of the deadlines in one figure.
 * Every deliverable starts ticked; the result says who was reminded and what was skipped.
 */
export function RemindDialog({
  projectId,
  title,
  items,
}: {
  projectId: string;
  title: string;
  items: Item[];
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(items.map((i) => i.id)));
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [result, setResult] = useState<Result | null>(null);
  const mutation = useMutation(trpc.deliverables.remind.mutationOptions());

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setChosen(new Set(items.map((i) => i.id)));
      setResult(null);
      setError(null);
      setFields({});
    }
  }

  function toggle(id: string, on: boolean) {
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      const r = await mutation.mutateAsync({
        projectId,
        deliverableIds: items.filter((i) => chosen.has(i.id)).map((i) => i.id),
        note,
      });
      setResult(r);
      if (r.reminded.length > 0)
        toast.success(
          `Reminded ${r.people} ${r.people === 1 ? "person" : "people"} of ${r.reminded.length} ${
            r.reminded.length === 1 ? "deadline" : "deadlines"
          }`,
        );
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      setFields(fieldErrors);
    }
  }

  if (items.length === 0) return null;
  return (
    <TitledDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button variant="outline" size="sm">
          Remind responsible partners
          <span className="sr-only"> ({title.toLowerCase()})</span>
        </Button>
      }
      title={<>Remind responsible partners: {title.toLowerCase()}</>}
      description="Each responsible partner's editors get a reminder in the app and, unless they turned it off, by e-mail."
    >
      {result ? (
        <div className="grid gap-3 text-sm" role="status">
          <p>
            {result.reminded.length > 0
              ? `Reminded ${result.people} ${result.people === 1 ? "person" : "people"}: ${result.reminded.map((r) => r.code).join(", ")}.`
              : "No reminder was sent."}
          </p>
          {result.skipped.length > 0 && (
            <div className="grid gap-1">
              <p className="font-medium">Not reminded</p>
              <ul className="list-disc pl-5">
                {result.skipped.map((s) => (
                  <li key={s.code}>
                    {s.code}: {s.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <DialogFooter>
            <Button type="button" onClick={() => setOpen(false)}>
              Close
            </Button>
          </DialogFooter>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          {error && <Alert variant="error">{error}</Alert>}
          <fieldset className="grid gap-2" aria-describedby="remind-count">
            <legend className="mb-1 text-sm font-medium">Deliverables</legend>
            <ul className="grid max-h-64 gap-2 overflow-y-auto">
              {items.map((i) => (
                <li key={i.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1 size-4"
                      checked={chosen.has(i.id)}
                      onChange={(e) => toggle(i.id, e.target.checked)}
                    />
                    <span className="break-words">
                      <span className="font-medium">{i.code}</span> {i.title} ·{" "}
                      {i.responsiblePartnerName}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <p id="remind-count" className="text-sm text-muted-foreground">
              {chosen.size} of {items.length} chosen
            </p>
            {fields.deliverableIds && (
              <p className="text-sm text-destructive">{fields.deliverableIds.join(" ")}</p>
            )}
          </fieldset>
          <Field label="Message (optional)" error={fields.note}>
            {(p) => (
              <Textarea
                {...p}
                rows={3}
                maxLength={4000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            )}
          </Field>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={mutation.isPending || chosen.size === 0}>
              {mutation.isPending
                ? "Sending…"
                : `Send ${chosen.size} ${chosen.size === 1 ? "reminder" : "reminders"}`}
            </Button>
          </DialogFooter>
        </form>
      )}
    </TitledDialog>
  );
}
