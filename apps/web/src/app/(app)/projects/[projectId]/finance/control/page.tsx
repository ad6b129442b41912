import { CONTROL_STATUS_LABELS, DUTY_LABELS, euroText } from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { FinancialReportBadge } from "@/components/financial-report-status";
import { PageHeader } from "@/components/page-header";
import { ScrollingTable } from "@/components/scrolling-table";
import { SectionCard } from "@/components/section-card";
import { TitleLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { AppointControllers } from "./_components/appoint-controllers";
import { ErrorTypes } from "./_components/error-types";
import { StartControl } from "./_components/start-control";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("First-level control");

/**
 * The submitted reports and their controls, as far as the reader sees them: a controller its
 * partners' reports (and takes them into control), a partner its own, the lead all with the
 * certified totals. The lead appoints controllers and keeps the list of error types here.
 */
export default async function ControlListPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const [list, assignments, overview] = await Promise.all([
    orNotFound(api.control.list({ projectId })),
    api.control.assignments({ projectId }),
    projectOverview(projectId),
  ]);
  const errorTypes = list.can.appoint ? await api.control.errorTypes({ projectId }) : [];
  const base = `/projects/${projectId}/finance/control`;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Finance", `/projects/${projectId}/finance`], ["First-level control"]]}
        title="First-level control"
        description="Each partner's controller checks its submitted financial reports on a sample, deducts or parks what is not eligible and issues a control certificate. Certificates are never overwritten."
      />
      <SectionCard title="Reports and controls">
        {list.reports.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No submitted financial report to control{list.can.control ? " for your partners" : ""}{" "}
            yet.
          </p>
        ) : (
          <ScrollingTable label="Submitted reports and their controls">
            <caption className="sr-only">
              Submitted financial reports and the state of their control
            </caption>
            <ColumnHeads
              columns={[
                "Report",
                "Report status",
                "Control",
                { label: "Declared (EUR)", className: "text-right" },
                { label: "Certified (EUR)", className: "text-right" },
                { label: "Actions", srOnly: true },
              ]}
            />
            <TBody>
              {list.reports.map((r) => {
                const label = `${r.partnerShortName}, period ${r.periodNumber}`;
                const cert = r.control?.certificate;
                return (
                  <TR key={r.reportId}>
                    <TH scope="row" className="font-medium text-foreground">
                      {r.control ? (
                        <TitleLink className="underline" href={`${base}/${r.control.id}`}>
                          {label}
                        </TitleLink>
                      ) : (
                        label
                      )}
                      <span className="block text-xs text-muted-foreground">
                        Version {r.reportVersion}
                        {r.submittedAt ? `, submitted ${formatDate(r.submittedAt)}` : ""}
                      </span>
                    </TH>
                    <TD>
                      <FinancialReportBadge status={r.reportStatus} />
                    </TD>
                    <TD>
                      {r.control ? (
                        <Badge variant={r.control.status === "finished" ? "success" : "warning"}>
                          {CONTROL_STATUS_LABELS[r.control.status]}
                          {r.control.latestCertificate > 0
                            ? ` · certificate ${r.control.latestCertificate}`
                            : ""}
                        </Badge>
                      ) : (
                        <span className="text-sm text-muted-foreground">Not started</span>
                      )}
                    </TD>
                    <TD className="text-right tabular-nums">
                      {cert ? euroText(cert.declaredCents) : "–"}
                    </TD>
                    <TD className="text-right tabular-nums">
                      {cert ? euroText(cert.certifiedCents) : "–"}
                    </TD>
                    <TD className="text-right">
                      {r.can.start && (
                        <StartControl projectId={projectId} reportId={r.reportId} label={label} />
                      )}
                    </TD>
                  </TR>
                );
              })}
            </TBody>
          </ScrollingTable>
        )}
      </SectionCard>
      {list.can.appoint && (
        <SectionCard
          title="Appoint controllers"
          description="Each partner has a controller (national rules), and may have a reviewer. A controller may serve several partners."
        >
          <AppointControllers
            projectId={projectId}
            data={assignments}
            partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
          />
        </SectionCard>
      )}
      {!list.can.appoint && assignments.assignments.length > 0 && (
        <SectionCard title="Controllers">
          <ul className="grid gap-1 text-sm">
            {assignments.assignments.map((a) => (
              <li key={`${a.partnerId}-${a.userId}`}>
                {a.partnerShortName}: {a.name} ({DUTY_LABELS[a.duty].toLowerCase()})
              </li>
            ))}
          </ul>
        </SectionCard>
      )}
      {list.can.appoint && (
        <SectionCard
          title="Types of error"
          description="The list a controller chooses from when deducting an amount. Archived types stay on the deductions that name them."
        >
          <ErrorTypes projectId={projectId} types={errorTypes} />
        </SectionCard>
      )}
    </div>
  );
}
