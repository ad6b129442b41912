import { CONTRIBUTION_STATUS_LABELS } from "@consortia/api/schemas";
import type { ContributionStatus } from "@consortia/db/schema";
import { Badge } from "@/components/ui/badge";
import { REPORT_STATUS_LABELS } from "./labels";

export function ReportStatusBadge({ status }: { status: string }) {
  const variant = status === "submitted" ? "success" : status === "draft" ? "warning" : "secondary";
  return (
    <Badge variant={variant} className="whitespace-nowrap">
      {REPORT_STATUS_LABELS[status] ?? status}
    </Badge>
  );
}

/** A partner's contribution: not started, draft, submitted or returned for changes. */
export function ContributionStatusBadge({ status }: { status: ContributionStatus | null }) {
  const variant =
    status === "submitted" ? "success" : status === "returned" ? "warning" : "secondary";
  return (
    <Badge variant={variant} className="whitespace-nowrap">
      {status ? CONTRIBUTION_STATUS_LABELS[status] : "Not started"}
    </Badge>
  );
}
