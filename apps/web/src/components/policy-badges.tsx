import { PROGRESS_LABELS } from "@consortia/api/schemas";
import type {
  ActionPlanStatus,
  ActionProgressValue,
  PolicyImprovementStatus,
} from "@consortia/db/schema";
import { Badge } from "@/components/ui/badge";
import {
  IMPROVEMENT_STATUS_LABELS,
  IMPROVEMENT_STATUS_VARIANTS,
  PLAN_STATUS_TEXT,
  PLAN_STATUS_VARIANTS,
  PROGRESS_STYLES,
} from "@/lib/policy-labels";
import { cn } from "@/lib/utils";

/** An action plan's status in words, with colour as a second cue only. */
export function PlanStatusBadge({ status }: { status: ActionPlanStatus }) {
  return <Badge variant={PLAN_STATUS_VARIANTS[status]}>{PLAN_STATUS_TEXT[status]}</Badge>;
}

export function ImprovementStatusBadge({ status }: { status: PolicyImprovementStatus }) {
  return (
    <Badge variant={IMPROVEMENT_STATUS_VARIANTS[status]}>{IMPROVEMENT_STATUS_LABELS[status]}</Badge>
  );
}

/** An action's progress in a period: colour and the words, never colour alone. */
export function ProgressBadge({ progress }: { progress: ActionProgressValue }) {
  return (
    <Badge variant="outline" className={cn("whitespace-nowrap", PROGRESS_STYLES[progress].badge)}>
      {PROGRESS_LABELS[progress]}
    </Badge>
  );
}

/** A small bar with the percentage written beside it (the bar itself is decoration). */
export function PercentBar({
  percent,
  progress,
  className,
}: {
  percent: number;
  progress: ActionProgressValue;
  className?: string;
}) {
  return (
    <span className={cn("flex items-center gap-2", className)}>
      <span aria-hidden="true" className="h-2 w-16 shrink-0 overflow-hidden rounded-full bg-muted">
        <span
          className={cn("block h-full", PROGRESS_STYLES[progress].bar)}
          style={{ width: `${percent}%` }}
        />
      </span>
      <span className="text-xs tabular-nums">{percent}%</span>
    </span>
  );
}
