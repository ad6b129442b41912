"use client";

import { History, LineChart, Pencil } from "lucide-react";
import Link from "next/link";
import { useRef, useState } from "react";
import { DateTime } from "@/components/date-time";
import { PlanStatusBadge } from "@/components/policy-badges";
import { TextLink } from "@/components/text-link";
import { Button } from "@/components/ui/button";
import { instrumentUrl, planHistoryUrl, planMonitoringUrl } from "@/lib/urls";
import { languageName } from "../../_components/labels";
import type { Plan } from "./action-values";
import { ExportMenu } from "./export-menu";
import { SectionEditor } from "./section-editor";
import { WorkflowBar } from "./workflow-bar";

/** The plan's title, where it stands in its workflow, and what can be done with it. */
export function PlanHeader({ projectId, plan }: { projectId: string; plan: Plan }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const snapshots = plan.snapshots.length;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid min-w-0 gap-2">
          <h1 lang={plan.language} className="break-words text-2xl font-semibold tracking-tight">
            {plan.title}
          </h1>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <PlanStatusBadge status={plan.status} />
            <span>{plan.partner.name}</span>
            <span>
              Policy instrument:{" "}
              <TextLink href={instrumentUrl(projectId, plan.instrument.id)}>
                {plan.instrument.name}
              </TextLink>
            </span>
            <span>Written in {languageName(plan.language)}, with English summaries</span>
          </div>
          <p className="text-sm text-muted-foreground">
            {plan.submittedAt && (
              <>
                Submitted <DateTime value={plan.submittedAt} />
                {plan.submittedByName ? ` by ${plan.submittedByName}` : ""}.{" "}
              </>
            )}
            {plan.finalisedAt && (
              <>
                Finalised <DateTime value={plan.finalisedAt} />
                {plan.finalisedByName ? ` by ${plan.finalisedByName}` : ""}.{" "}
              </>
            )}
            Last changed <DateTime value={plan.updatedAt} />.
          </p>
          {plan.status === "final" && plan.finaliseOverrideReason && (
            <p className="text-sm">
              <span className="font-medium">Finalised although incomplete:</span>{" "}
              {plan.finaliseOverrideReason}
            </p>
          )}
        </div>
        {plan.can.edit && !editing && (
          <Button
            ref={editButton}
            type="button"
            variant="outline"
            size="sm"
            onClick={() => setEditing(true)}
          >
            <Pencil aria-hidden /> Edit title and language
          </Button>
        )}
      </div>
      {editing && (
        <div className="max-w-2xl rounded-lg border p-4">
          <SectionEditor
            projectId={projectId}
            plan={plan}
            fields={[
              { key: "title", kind: "input", lang: plan.language },
              {
                key: "language",
                kind: "language",
                hint: "The language of the plan's own texts; the summaries stay in English",
              },
            ]}
            label="Edit the title and language"
            onDone={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border bg-muted/40 p-3">
        <WorkflowBar projectId={projectId} plan={plan} />
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href={planHistoryUrl(projectId, plan.id)}>
              <History aria-hidden /> History ({snapshots}{" "}
              {snapshots === 1 ? "snapshot" : "snapshots"})
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={planMonitoringUrl(projectId, plan.id)}>
              <LineChart aria-hidden /> Monitoring
            </Link>
          </Button>
          <ExportMenu projectId={projectId} plan={plan} />
        </div>
      </div>
    </div>
  );
}
