"use client";

import { PERIOD_REPORT_HIGHLIGHTS_LIMIT } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { otherErrors, workPackageErrors } from "./field-errors";
import { type Readiness, SubmitConfirm } from "./submit-confirm";
import type { ReportMeta, ReportWorkPackage } from "./types";
import { WorkPackageFields, type WpValue } from "./work-package-fields";

type Status = { kind: "success" | "error"; text: string } | null;

/**
 * The lead coordinator's consolidation: highlights and each work package's assessment.
 * Submitting saves unsaved changes first; the server's field errors appear next to the fields.
 */
export function ConsolidationForm({
  projectId,
  periodNumber,
  meta,
  workPackages,
}: {
  projectId: string;
  periodNumber: number;
  meta: ReportMeta;
  workPackages: ReportWorkPackage[];
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const initialWps = () =>
    Object.fromEntries(
      workPackages.map((wp) => [
        wp.id,
        { achievement: wp.achievement, explanation: wp.explanation },
      ]),
    ) as Record<string, WpValue>;
  const [highlights, setHighlights] = useState(meta.highlights);
  const [wps, setWps] = useState(initialWps);
  const [version, setVersion] = useState(meta.version);
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesGuard(dirty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const save = useMutation(trpc.periodReports.save.mutationOptions());
  const submit = useMutation(trpc.periodReports.submit.mutationOptions());
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  const [checking, setChecking] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const busy = save.isPending || submit.isPending || checking;

  function report(next: Status) {
    setStatus(next);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function fail(err: unknown) {
    const { message, fieldErrors } = describeError(err);
    setErrors(fieldErrors);
    report({ kind: "error", text: message });
  }

  async function persist(): Promise<number> {
    const saved = await save.mutateAsync({
      projectId,
      periodNumber,
      version,
      highlights,
      workPackages: workPackages.map((wp) => ({
        workPackageId: wp.id,
        achievement: wps[wp.id]?.achievement ?? null,
        explanation: wps[wp.id]?.explanation ?? "",
      })),
    });
    setVersion(saved.version);
    setDirty(false);
    return saved.version;
  }

  async function onSave(e: React.FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await persist();
      report({ kind: "success", text: "Consolidation saved." });
      router.refresh();
    } catch (err) {
      fail(err);
    }
  }

  /**
   * Saves unsaved changes, then asks what the submission would lock and leave incomplete and
   * shows it for confirmation; what the submission would refuse appears next to the fields.
   */
  async function onSubmit() {
    setErrors({});
    setConfirmError(null);
    setChecking(true);
    try {
      if (dirty || version === 0) await persist();
      const ready = await client.periodReports.readiness.query({ projectId, periodNumber });
      if (Object.keys(ready.blocking).length === 0) setReadiness(ready);
      else {
        setErrors(ready.blocking);
        report({ kind: "error", text: "Some fields need attention before submitting" });
      }
    } catch (err) {
      fail(err);
    } finally {
      setChecking(false);
    }
  }

  async function onConfirm() {
    setConfirmError(null);
    try {
      await submit.mutateAsync({ projectId, periodNumber, version });
      setReadiness(null);
      report({ kind: "success", text: "Progress report submitted. The period is now locked." });
      router.refresh();
    } catch (err) {
      const { message } = describeError(err);
      setConfirmError(message);
    }
  }

  const others = otherErrors(errors);
  return (
    <form onSubmit={onSave} className="grid min-w-0 gap-4" noValidate aria-label="Consolidation">
      <div ref={statusRef} tabIndex={-1} className="grid gap-2 outline-none empty:hidden">
        {status && (
          <Alert variant={status.kind === "error" ? "error" : "success"}>{status.text}</Alert>
        )}
        {others.length > 0 && (
          <Alert variant="error">
            <ul className="list-disc pl-4">
              {others.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </Alert>
        )}
      </div>
      <Field
        label="Highlights of the period"
        hint={`The main achievements, for the programme. ${highlights.length.toLocaleString("en-GB")} of ${PERIOD_REPORT_HIGHLIGHTS_LIMIT.toLocaleString("en-GB")} characters.`}
        error={errors.highlights}
      >
        {(p) => (
          <Textarea
            {...p}
            rows={6}
            maxLength={PERIOD_REPORT_HIGHLIGHTS_LIMIT}
            value={highlights}
            onChange={(e) => {
              setHighlights(e.target.value);
              setDirty(true);
            }}
          />
        )}
      </Field>
      <div className="grid min-w-0 gap-3">
        <h3 className="font-medium">Work-package status</h3>
        {workPackages.length === 0 ? (
          <p className="text-sm text-muted-foreground">The work plan has no work packages yet.</p>
        ) : (
          workPackages.map((wp, i) => (
            <WorkPackageFields
              key={wp.id}
              wp={wp}
              value={wps[wp.id] ?? { achievement: null, explanation: "" }}
              errors={workPackageErrors(errors, i, wp.id)}
              onChange={(next) => {
                setWps((all) => ({ ...all, [wp.id]: next }));
                setDirty(true);
              }}
            />
          ))
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={busy}>
          {save.isPending && !submit.isPending ? "Saving…" : "Save consolidation"}
        </Button>
        {meta.can.submit && (
          <Button type="button" variant="outline" disabled={busy} onClick={onSubmit}>
            {submit.isPending || checking ? "Submitting…" : "Submit the report"}
          </Button>
        )}
        {dirty && <span className="text-sm text-muted-foreground">Unsaved changes</span>}
      </div>
      <SubmitConfirm
        readiness={readiness}
        pending={submit.isPending}
        error={confirmError}
        onConfirm={onConfirm}
        onClose={() => setReadiness(null)}
      />
    </form>
  );
}
