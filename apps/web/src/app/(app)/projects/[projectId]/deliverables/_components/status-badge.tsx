import type * as React from "react";
import { Badge } from "@/components/ui/badge";
import { DELIVERABLE_STATUS_LABELS } from "@/lib/record-labels";
import { STATUS_VARIANTS } from "./labels";

export type BadgeProps = React.ComponentProps<typeof Badge>;

/** A deliverable's status in words, with colour as a second cue only. */
export function StatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge variant={STATUS_VARIANTS[status] ?? "outline"}>
        {DELIVERABLE_STATUS_LABELS[status] ?? status}
      </Badge>
      {overdue && <Badge variant="destructive">Overdue</Badge>}
    </span>
  );
}
