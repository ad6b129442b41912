import { Breadcrumb } from "@/components/breadcrumb";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectOverview } from "@/server/project-data";
import { positiveInt, reportsUrl } from "../_components/labels";
import { ReportStatusBadge } from "../_components/report-status-badge";
import { AnnexesSection } from "./_components/annexes-section";
import { CertificateChoices } from "./_components/certificate-choices";
import { ConsolidationForm } from "./_components/consolidation-form";
import { ConsolidationView } from "./_components/consolidation-view";
import { DeliverablesSection } from "./_components/deliverables-section";
import { ExportPanel } from "./_components/export-panel";
import { FinancialPartSection } from "./_components/financial-part-section";
import { IndicatorsSection } from "./_components/indicators-section";
import { ReportBanners } from "./_components/report-banners";
import { ReportToolbar } from "./_components/report-toolbar";
import {
  type PeriodPageProps,
  periodMetadata,
  periodPage,
  reportByPeriod,
} from "./_components/server-data";
import { SubmissionsTable } from "./_components/submissions-table";

export const generateMetadata = periodMetadata((n) => `Report of period ${n}`);

/**
 * A period's progress report: who has contributed, and the lead coordinator's consolidation
 * of highlights, work packages, deliverables, indicators and annexes. Any submitted version
 * can be shown with `?version=`; it never changes.
 */
export default async function PeriodReportPage(props: PeriodPageProps) {
  const { projectId, periodNumber, query } = await periodPage(props);
  const viewing = positiveInt(query.version);
  const api = await serverApi();
  const [overview, report, contributions] = await Promise.all([
    projectOverview(projectId),
    reportByPeriod(projectId, periodNumber, viewing),
    orNotFound(api.periodReports.contributions.list({ projectId, periodNumber })),
  ]);
  if (!report)
    return (
      <div className="grid min-w-0 grid-cols-1 gap-6">
        <Breadcrumb
          items={[
            { label: "Reports", href: reportsUrl(projectId) },
            { label: `Period ${periodNumber}` },
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight">
          Progress report, period {periodNumber}
        </h1>
        <p className="text-sm text-muted-foreground">
          The report is shown here once the lead partner has submitted it.
        </p>
        <SubmissionsTable
          projectId={projectId}
          list={contributions}
          canReturn={false}
          myPartnerId={null}
        />
      </div>
    );
  const { meta, model } = report;
  const editing = viewing === null && meta.can.edit;
  // The certificates to include or leave: the lead coordinator's choice while it is a draft.
  const choices = editing
    ? await orNotFound(api.periodReports.certificates({ projectId, periodNumber }))
    : null;
  const card = (title: string, description: string, body: React.ReactNode) => (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <Breadcrumb
        items={[
          { label: "Reports", href: reportsUrl(projectId) },
          { label: `Period ${periodNumber}` },
        ]}
      />
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">
          Progress report, period {periodNumber}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <span>
            {formatDate(model.period.start)} to {formatDate(model.period.end)}
          </span>
          <ReportStatusBadge status={viewing === null ? meta.status : "submitted"} />
          {viewing !== null && <span>Version {viewing}</span>}
        </p>
      </div>
      <ReportToolbar
        projectId={projectId}
        periodNumber={periodNumber}
        meta={meta}
        viewing={viewing}
      />
      <ReportBanners
        projectId={projectId}
        periodNumber={periodNumber}
        meta={meta}
        viewing={viewing}
      />
      {card(
        "Partners’ contributions",
        `${contributions.submitted} of ${contributions.partners.length} submitted. Each partner writes its narrative and submits it to the lead partner.`,
        <SubmissionsTable
          projectId={projectId}
          list={contributions}
          canReturn={meta.can.returnContributions}
          myPartnerId={overview.myPartnerId}
        />,
      )}
      {card(
        "Consolidation",
        editing
          ? "Highlights and the status of each work package, as the lead partner reports them."
          : "Highlights and the status of each work package.",
        editing ? (
          <ConsolidationForm
            projectId={projectId}
            periodNumber={periodNumber}
            meta={meta}
            workPackages={model.workPackages}
          />
        ) : (
          <ConsolidationView model={model} />
        ),
      )}
      {card(
        "Deliverables and outputs",
        "What was due or approved in the period, with its evidence.",
        <DeliverablesSection projectId={projectId} model={model} />,
      )}
      {card(
        "Indicators",
        "Previously reported, this period, cumulative and target.",
        <IndicatorsSection indicators={model.indicators} />,
      )}
      {card(
        "Financial part",
        editing
          ? "Include each certified partner report (by its control certificate) or leave it for the next report; the figures follow the included ones."
          : "The certified partner reports claimed in this report: declared, certified, fund requested and contributions.",
        <div className="grid min-w-0 gap-6">
          {choices && (
            <CertificateChoices
              projectId={projectId}
              periodNumber={periodNumber}
              choices={choices}
            />
          )}
          <FinancialPartSection claim={model.claim} listCertificates={!choices} />
        </div>,
      )}
      {card(
        "Annexes",
        "Documents annexed to the report, then every evidence document.",
        <AnnexesSection
          projectId={projectId}
          periodNumber={periodNumber}
          annexes={model.annexes}
          evidenceIds={[...model.deliverables, ...model.outputs].flatMap((r) =>
            r.evidence.map((d) => d.id),
          )}
          canEdit={editing}
        />,
      )}
      <section id="export" tabIndex={-1} className="min-w-0 outline-none">
        {card(
          "Export",
          viewing
            ? `Version ${viewing} of the report, exactly as it was submitted.`
            : "The report as shown on this page. Submitted versions are exported from their own view.",
          <ExportPanel projectId={projectId} periodNumber={periodNumber} version={viewing} />,
        )}
      </section>
    </div>
  );
}
