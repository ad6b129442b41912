import { CONTROL_STATUS_LABELS } from "@consortia/api/schemas";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateTime } from "@/components/date-time";
import { FinancialReportBadge } from "@/components/financial-report-status";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { TextLink } from "@/components/text-link";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/labels";
import { param, readParam } from "@/lib/search-params";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectMetadata } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { CorrectionsSection } from "./_components/corrections-section";
import { OverviewTable } from "./_components/overview-table";
import { ReportActions } from "./_components/report-actions";
import { FundingSection, ItemsSection, VersionsSection } from "./_components/report-sections";

type Props = { params: Promise<{ projectId: string; period: string; partnerId: string }> };

async function load(params: Props["params"]) {
  const { projectId, period, partnerId } = await params;
  const periodNumber = readParam(param.int(1, 40), period) ?? null;
  if (periodNumber === null) notFound();
  const partner = (await projectOverview(projectId)).partners.find((p) => p.id === partnerId);
  if (!partner) notFound();
  return { projectId, periodNumber, partner };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId, periodNumber, partner } = await load(params);
  return projectMetadata(
    projectId,
    `Financial report, ${partner.shortName}, period ${periodNumber}`,
  );
}

/**
 * A partner's financial report of a period: the financial overview per cost category, flat
 * rates and lump sum, contributions, the expenditure the reader may see, the submitted
 * versions with their PDF, and submit / return.
 */
export default async function FinancialReportPage({ params }: Props) {
  const { projectId, periodNumber, partner } = await load(params);
  const api = await serverApi();
  const ref = { projectId, partnerId: partner.id, periodNumber };
  const [m, versions, controls] = await Promise.all([
    orNotFound(api.financialReports.get(ref)),
    orNotFound(api.financialReports.versions(ref)),
    api.control.list({ projectId, periodNumber }),
  ]);
  // Its first-level control, where the reader may see it (the control page says what it may).
  const control = controls.reports.find((r) => r.partnerId === partner.id)?.control ?? null;
  const base = `/api/projects/${projectId}/finance/reports/${periodNumber}/${partner.id}/pdf`;
  const expenditure = `/projects/${projectId}/finance/expenditure?partner=${partner.id}&period=${periodNumber}`;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[
          ["Finance", `/projects/${projectId}/finance`],
          ["Financial reports", `/projects/${projectId}/finance/reports`],
          [`Period ${periodNumber}, ${partner.shortName}`],
        ]}
        title={`Financial report of ${partner.shortName}`}
        meta={
          <>
            <FinancialReportBadge status={m.report.status} />
            <span>
              Period {m.period.number}: {formatDate(m.period.start)} to {formatDate(m.period.end)}
            </span>
            <span>Due {formatDate(m.period.partnerReportDue)}</span>
            {m.report.submittedAt && m.report.status === "submitted" && (
              <span>
                Version {m.report.latestVersion} submitted <DateTime value={m.report.submittedAt} />
                {m.report.submittedBy && ` by ${m.report.submittedBy}`}
              </span>
            )}
          </>
        }
        description={partner.name}
        actions={
          <>
            <ReportActions
              report={{ ...ref, version: m.report.version }}
              partnerName={partner.shortName}
              nextVersion={m.report.latestVersion + 1}
              can={m.can}
            />
            <TextLink href={base} className="self-center text-sm" prefetch={false}>
              PDF of this report
            </TextLink>
            <TextLink href={expenditure} className="self-center text-sm">
              List of expenditure
            </TextLink>
            {control && (
              <TextLink
                href={`/projects/${projectId}/finance/control/${control.id}`}
                className="self-center text-sm"
              >
                First-level control ({CONTROL_STATUS_LABELS[control.status].toLowerCase()})
              </TextLink>
            )}
          </>
        }
      />
      {m.report.status === "returned" && m.report.returnComment && (
        <Alert variant="info" aria-labelledby="returned-heading">
          <h2 id="returned-heading" className="font-medium">
            Returned{m.report.returnedBy && ` by ${m.report.returnedBy}`}
            {m.report.returnedAt && (
              <>
                {" "}
                on <DateTime value={m.report.returnedAt} />
              </>
            )}
          </h2>
          <p className="mt-1 whitespace-pre-wrap break-words">{m.report.returnComment}</p>
        </Alert>
      )}
      {m.can.submit && !m.agreementSignedOn && (
        <Alert variant="error">
          The partnership agreement of {partner.shortName} is not recorded as signed, so the report
          cannot be submitted yet.
        </Alert>
      )}
      {m.missingRates.length > 0 && (
        <Alert variant="error">
          No rate for {m.missingRates.join(", ")} this month: those items count 0 until the lead
          coordinator adds the rate under Finance → Rates.
        </Alert>
      )}
      {m.estimated && m.missingRates.length === 0 && (
        <Alert>
          Amounts in other currencies are estimates at this month's rate; each is converted at the
          rate of the month the report is submitted.
        </Alert>
      )}
      <SectionCard
        title="Financial overview"
        description={
          m.budgetVersion
            ? `Against budget version ${m.budgetVersion} (in force at the period's end), flat rates computed. Previously reported: the submitted reports of earlier periods. This report: net of financial corrections.`
            : "No budget is approved yet, so the budget column shows 0."
        }
      >
        <OverviewTable overview={m.overview} />
      </SectionCard>
      <FundingSection m={m} />
      <CorrectionsSection corrections={m.corrections} />
      <ItemsSection m={m} expenditureHref={expenditure} />
      <VersionsSection versions={versions} pdfBase={base} />
    </div>
  );
}
