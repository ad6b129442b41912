import { REPORT_STATUS_LABELS } from "@consortia/api/schemas";
import { Badge } from "@/components/ui/badge";

export type FinancialReportStatus = keyof typeof REPORT_STATUS_LABELS;

/** A partner's financial report of a period: not started, draft, submitted or returned. */
export function FinancialReportBadge({ status }: { status: FinancialReportStatus }) {
  const variant =
    status === "submitted" ? "success" : status === "returned" ? "warning" : "secondary";
  return (
    <Badge variant={variant} className="whitespace-nowrap">
      {REPORT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Where a partner's financial report of a period lives. */
export const financialReportUrl = (projectId: string, periodNumber: number, partnerId: string) =>
  `/projects/${projectId}/finance/reports/${periodNumber}/${partnerId}`;
