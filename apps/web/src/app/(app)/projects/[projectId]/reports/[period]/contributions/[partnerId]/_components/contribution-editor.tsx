"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { useTRPC } from "@/trpc/react";
import { NarrativeFields, NarrativeView } from "./narrative-fields";
import { appendBlock, recordsAsText } from "./record-groups";
import { RecordsPanel } from "./records-panel";
import { type Narrative, narrativeOf, type Records } from "./types";

type Status = { kind: "success" | "error"; text: string } | null;

const CONFLICT_TEXT =
  "Someone else saved this contribution since you opened it. Your text is still in the form; save again to replace their text with yours, or reload the page to see theirs.";

/**
 * The partner's narrative beside its records of the period. Saving keeps the optimistic
 * version; a conflict keeps what was typed. Submitting saves unsaved text first.
 */
export function ContributionEditor({
  projectId,
  partnerId,
  periodNumber,
  initial,
  initialVersion,
  editable,
  records,
}: {
  projectId: string;
  partnerId: string;
  periodNumber: number;
  initial: Narrative | null;
  initialVersion: number | null;
  editable: boolean;
  records: Records;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Narrative>(() => narrativeOf(initial));
  const [saved, setSaved] = useState<Narrative>(() => narrativeOf(initial));
  const [version, setVersion] = useState<number | null>(initialVersion);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const save = useMutation(trpc.periodReports.contributions.save.mutationOptions());
  const submit = useMutation(trpc.periodReports.contributions.submit.mutationOptions());
  const dirty = (Object.keys(values) as Array<keyof Narrative>).some((k) => values[k] !== saved[k]);
  useUnsavedChangesGuard(dirty);
  const busy = save.isPending || submit.isPending;

  function report(next: Status) {
    setStatus(next);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  async function fail(err: unknown) {
    const { message, fieldErrors, code } = describeError(err);
    setErrors(fieldErrors);
    const latest =
      code === "CONFLICT"
        ? await queryClient
            .fetchQuery(
              trpc.periodReports.contributions.get.queryOptions(
                { projectId, partnerId, periodNumber },
                { staleTime: 0 },
              ),
            )
            .catch(() => null)
        : null;
    // A stale save: the form keeps the typed text and is now based on the saved version.
    const stale = latest?.contribution && latest.contribution.version !== version;
    if (stale && latest?.contribution) setVersion(latest.contribution.version);
    report({ kind: "error", text: stale ? CONFLICT_TEXT : message });
  }

  async function persist(): Promise<number> {
    const row = await save.mutateAsync({
      projectId,
      partnerId,
      periodNumber,
      ...values,
      ...(version === null ? {} : { version }),
    });
    setVersion(row.version);
    setSaved(values);
    return row.version;
  }

  async function onSave(e: React.FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await persist();
      report({ kind: "success", text: "Contribution saved." });
      router.refresh();
    } catch (err) {
      await fail(err);
    }
  }

  async function onSubmit() {
    setErrors({});
    try {
      const current = dirty || version === null ? await persist() : version;
      await submit.mutateAsync({ projectId, partnerId, periodNumber, version: current });
      report({ kind: "success", text: "Contribution submitted to the lead partner." });
      router.refresh();
    } catch (err) {
      await fail(err);
    }
  }

  const insert = () =>
    setValues((v) => ({ ...v, activities: appendBlock(v.activities, recordsAsText(records)) }));

  return (
    <div className="grid min-w-0 grid-cols-1 gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <section aria-labelledby="narrative-heading" className="grid min-w-0 content-start gap-4">
        <h2 id="narrative-heading" className="text-lg font-semibold">
          Narrative
        </h2>
        <div ref={statusRef} tabIndex={-1} className="outline-none empty:hidden">
          {status && (
            <Alert variant={status.kind === "error" ? "error" : "success"}>{status.text}</Alert>
          )}
        </div>
        {editable ? (
          <form onSubmit={onSave} className="grid gap-4" noValidate>
            <NarrativeFields
              values={values}
              errors={errors}
              onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
            />
            {errors.periodNumber && <Alert variant="error">{errors.periodNumber.join(" ")}</Alert>}
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={busy}>
                {save.isPending && !submit.isPending ? "Saving…" : "Save"}
              </Button>
              <Button type="button" variant="outline" disabled={busy} onClick={onSubmit}>
                {submit.isPending ? "Submitting…" : "Submit to the lead partner"}
              </Button>
              {dirty && (
                <span className="self-center text-sm text-muted-foreground">Unsaved changes</span>
              )}
            </div>
          </form>
        ) : (
          <NarrativeView values={values} />
        )}
      </section>
      <RecordsPanel records={records} onInsert={editable ? insert : null} />
    </div>
  );
}
