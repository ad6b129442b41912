"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { ACHIEVEMENT_LABELS } from "@consortia/api/schemas";
import { TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

export type Readiness = RouterOutputs["periodReports"]["readiness"];

const CONTRIBUTION_STATUS: Record<
  Readiness["incomplete"]["contributions"][number]["status"],
  string
> = {
  not_started: "not started",
  draft: "still a draft",
  returned: "returned for changes",
  submitted: "submitted",
};

/**
 * Asks before a period's report is submitted: what the submission locks, and what it leaves
 * incomplete (work packages without an explanation, partners whose contribution is not in the
 * report). What the API would refuse is listed too, and the submission cannot be confirmed.
 */
export function SubmitConfirm({
  readiness,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  readiness: Readiness | null;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const r = readiness;
  const wps = r?.incomplete.workPackages ?? [];
  const missing = r?.incomplete.contributions ?? [];
  const undecided = r?.incomplete.certificates ?? [];
  const blocking = Object.values(r?.blocking ?? {}).flatMap((m) => m ?? []);
  const blocked = blocking.length > 0;
  return (
    <TitledDialog
      open={r !== null}
      onOpenChange={(o) => !o && onClose()}
      title={r ? `Submit the report of period ${r.periodNumber}?` : ""}
      description={
        r
          ? `It is stored as version ${r.nextVersion}, which never changes afterwards. Only a lead coordinator can reopen it.`
          : undefined
      }
      wide
    >
      {r && (
        <div className="grid gap-4 text-sm">
          {error && <Alert variant="error">{error}</Alert>}
          {blocked && (
            <section aria-labelledby="submit-blocking" className="grid gap-1">
              <h3 id="submit-blocking" className="font-medium text-destructive">
                To do before submitting
              </h3>
              <ul className="list-disc pl-5">
                {blocking.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="submit-locks" className="grid gap-1">
            <h3 id="submit-locks" className="font-medium">
              What will lock
            </h3>
            <ul className="list-disc pl-5">
              <li>The consolidation: highlights, work packages and annexes.</li>
              <li>
                Partners’ contributions for period {r.periodNumber} (
                {r.locks.contributions.submitted} of {r.locks.contributions.total} submitted): none
                can be submitted, returned or changed.
              </li>
              <li>The indicator values of period {r.periodNumber}.</li>
              <li>
                The financial part: {r.locks.certificates} control certificate
                {r.locks.certificates === 1 ? "" : "s"} included; none can be included or left until
                the report is reopened.
              </li>
            </ul>
          </section>
          <section aria-labelledby="submit-incomplete" className="grid gap-1">
            <h3 id="submit-incomplete" className="font-medium">
              What is incomplete
            </h3>
            {wps.length === 0 && missing.length === 0 && undecided.length === 0 ? (
              <p>Nothing: every work package is explained and every partner has contributed.</p>
            ) : (
              <ul className="list-disc pl-5">
                {wps.map((wp) => (
                  <li key={wp.id}>
                    WP{wp.number} {wp.title}:{" "}
                    {wp.achievement
                      ? `${ACHIEVEMENT_LABELS[wp.achievement]}, no explanation`
                      : "not assessed"}
                  </li>
                ))}
                {missing.map((c) => (
                  <li key={c.partnerId}>
                    {c.partner}: contribution {CONTRIBUTION_STATUS[c.status]}, so it is left out
                  </li>
                ))}
                {undecided.map((c) => (
                  <li key={c.certificateId}>
                    {c.partner}: certificate {c.number} (period {c.periodNumber}) neither included
                    nor left for the next report, so it is not claimed
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onClose}>
          Cancel
        </Button>
        <Button type="button" disabled={pending || blocked} onClick={onConfirm}>
          {pending ? "Submitting…" : "Submit and lock"}
        </Button>
      </DialogFooter>
    </TitledDialog>
  );
}
