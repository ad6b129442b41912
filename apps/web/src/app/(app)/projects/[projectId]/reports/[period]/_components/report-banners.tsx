import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/labels";
import { periodUrl } from "../../_components/labels";
import type { ReportMeta } from "./types";

/** What state the report shown is in: an older version, locked, or reopened with a reason. */
export function ReportBanners({
  projectId,
  periodNumber,
  meta,
  viewing,
}: {
  projectId: string;
  periodNumber: number;
  meta: ReportMeta;
  viewing: number | null;
}) {
  const shown = viewing === null ? null : meta.versions.find((v) => v.number === viewing);
  if (shown)
    return (
      <Alert>
        You are viewing version {shown.number}, submitted on {formatDate(shown.submittedAt)}
        {shown.submittedBy && ` by ${shown.submittedBy}`}: it never changes.{" "}
        <Link href={periodUrl(projectId, periodNumber)} className="font-medium underline">
          Show the current report
        </Link>
      </Alert>
    );
  if (meta.status === "submitted")
    return (
      <Alert variant="success">
        <strong className="font-semibold">Submitted and locked.</strong> Version{" "}
        {meta.versions[0]?.number ?? ""} was submitted
        {meta.versions[0] && ` on ${formatDate(meta.versions[0].submittedAt)}`}. Contributions,
        indicator values and the consolidation of period {periodNumber} cannot change until a lead
        coordinator reopens the report.
      </Alert>
    );
  if (meta.reopenReason && meta.reopenedAt)
    return (
      <Alert>
        Reopened on {formatDate(meta.reopenedAt)}
        {meta.reopenedBy && ` by ${meta.reopenedBy}`}: {meta.reopenReason}. The next submission
        becomes a new version.
      </Alert>
    );
  return null;
}
