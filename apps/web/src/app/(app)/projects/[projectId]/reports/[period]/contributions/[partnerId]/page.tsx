import { euroText } from "@consortia/api/schemas";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { DateTime } from "@/components/date-time";
import { FinancialReportBadge, financialReportUrl } from "@/components/financial-report-status";
import { TextLink } from "@/components/text-link";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectOverview } from "@/server/project-data";
import { periodUrl, positiveInt, reportsUrl } from "../../../_components/labels";
import { ContributionStatusBadge } from "../../../_components/report-status-badge";
import { ReturnDialog } from "../../../_components/return-dialog";
import { ContributionEditor } from "./_components/contribution-editor";
import { narrativeOf } from "./_components/types";

type Props = { params: Promise<{ projectId: string; period: string; partnerId: string }> };

async function load(params: Props["params"]) {
  const { projectId, period, partnerId } = await params;
  const periodNumber = positiveInt(period);
  if (periodNumber === null) notFound();
  const overview = await projectOverview(projectId);
  const partner = overview.partners.find((p) => p.id === partnerId);
  if (!partner) notFound();
  return { projectId, periodNumber, partner, overview };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { periodNumber, partner, overview } = await load(params);
  return {
    title: `${partner.shortName}, period ${periodNumber} · ${overview.project.acronym}`,
  };
}

/**
 * A partner's contribution to a period's progress report: the narrative beside the partner's
 * records of the period. Read-only once submitted, or while the period's report is submitted.
 */
export default async function ContributionPage({ params }: Props) {
  const { projectId, periodNumber, partner } = await load(params);
  const api = await serverApi();
  const [detail, reports, finance] = await Promise.all([
    orNotFound(
      api.periodReports.contributions.get({ projectId, partnerId: partner.id, periodNumber }),
    ),
    api.periodReports.list({ projectId }),
    api.financialReports.list({ projectId, periodNumber }),
  ]);
  const financial = finance.reports.find((r) => r.partnerId === partner.id);
  const locked = reports.find((r) => r.number === periodNumber)?.status === "submitted";
  const { contribution, period } = detail;
  const status = contribution?.status ?? null;
  const editable = detail.can.edit && !locked;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <Breadcrumb
        items={[
          { label: "Reports", href: reportsUrl(projectId) },
          { label: `Period ${periodNumber}`, href: periodUrl(projectId, periodNumber) },
          { label: partner.shortName },
        ]}
      />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid min-w-0 gap-1">
          <h1 className="break-words text-2xl font-semibold tracking-tight">
            Contribution of {partner.shortName}
          </h1>
          <p className="text-sm text-muted-foreground">
            Reporting period {period.number}: {formatDate(period.start)} to {formatDate(period.end)}
            . {partner.name}.
          </p>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <ContributionStatusBadge status={status} />
            {contribution?.submittedAt && status === "submitted" && (
              <span>
                Submitted <DateTime value={contribution.submittedAt} />
              </span>
            )}
          </p>
        </div>
        {detail.can.return && contribution && !locked && (
          <ReturnDialog
            projectId={projectId}
            partnerId={partner.id}
            partnerName={partner.shortName}
            periodNumber={periodNumber}
            version={contribution.version}
          />
        )}
      </div>
      {financial && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>Financial report of the period:</span>
          <FinancialReportBadge status={financial.status} />
          <span className="tabular-nums">EUR {euroText(financial.totalCents)} eligible</span>
          <TextLink href={financialReportUrl(projectId, periodNumber, partner.id)}>
            Open the financial report
          </TextLink>
        </p>
      )}
      {locked && (
        <Alert>
          The progress report of period {periodNumber} is submitted, so its contributions are
          locked. A lead coordinator can reopen the report.
        </Alert>
      )}
      {status === "returned" && contribution?.returnComment && (
        <Alert variant="info" aria-labelledby="returned-heading">
          <h2 id="returned-heading" className="font-medium">
            Returned by the lead partner
            {contribution.returnedAt && (
              <>
                {" "}
                on <DateTime value={contribution.returnedAt} />
              </>
            )}
          </h2>
          <p className="mt-1 whitespace-pre-wrap break-words">{contribution.returnComment}</p>
        </Alert>
      )}
      {!editable && !contribution && (
        <p className="text-sm text-muted-foreground">Nothing has been written yet.</p>
      )}
      <ContributionEditor
        projectId={projectId}
        partnerId={partner.id}
        periodNumber={periodNumber}
        initial={contribution && narrativeOf(contribution)}
        initialVersion={contribution?.version ?? null}
        editable={editable}
        records={detail.records}
      />
    </div>
  );
}
