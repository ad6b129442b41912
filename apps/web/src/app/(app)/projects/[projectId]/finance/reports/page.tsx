import { euroText } from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { FinancialReportBadge, financialReportUrl } from "@/components/financial-report-status";
import { PageHeader } from "@/components/page-header";
import { ScrollingTable } from "@/components/scrolling-table";
import { SectionCard } from "@/components/section-card";
import { TitleLink } from "@/components/text-link";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Financial reports");

/**
 * Every partner's financial report of each period that has begun, newest period first: its
 * status, version and total eligible, and who has submitted. Totals only, which every member
 * may see; each report's page shows what the reader may see of its items.
 */
export default async function FinancialReportsPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const list = await orNotFound(api.financialReports.list({ projectId }));
  const periods = [...list.periods].reverse();
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Finance", `/projects/${projectId}/finance`], ["Financial reports"]]}
        title="Financial reports"
        description="Each partner reports its expenditure of every period to its controller, about two weeks after the period ends. A submitted report is locked and kept as a version that never changes."
      />
      {periods.length === 0 && (
        <p className="text-sm text-muted-foreground">
          No reporting period has begun yet: the first report opens with the project's first period.
        </p>
      )}
      {periods.map((period) => {
        const rows = list.reports.filter((r) => r.periodNumber === period.number);
        const submitted = rows.filter((r) => r.status === "submitted").length;
        return (
          <SectionCard
            key={period.number}
            title={`Period ${period.number}`}
            description={`${formatDate(period.start)} to ${formatDate(period.end)}; due ${formatDate(period.partnerReportDue)}. ${submitted} of ${rows.length} partners have submitted.`}
          >
            <ScrollingTable label={`Financial reports of period ${period.number}`}>
              <ColumnHeads
                columns={[
                  "Partner",
                  "Status",
                  "Version",
                  { label: "Total eligible (EUR)", className: "text-right" },
                ]}
              />
              <TBody>
                {rows.map((r) => {
                  const partner = list.partners.find((p) => p.id === r.partnerId);
                  return (
                    <TR key={r.partnerId}>
                      <TH scope="row" className="font-normal text-foreground">
                        <TitleLink href={financialReportUrl(projectId, period.number, r.partnerId)}>
                          {partner?.shortName ?? "Partner"}
                        </TitleLink>
                        <span className="block text-xs text-muted-foreground">{partner?.name}</span>
                      </TH>
                      <TD>
                        <FinancialReportBadge status={r.status} />
                      </TD>
                      <TD className="whitespace-nowrap">
                        {r.latestVersion ? `Version ${r.latestVersion}` : "–"}
                        {r.submittedAt && r.status === "submitted" && (
                          <span className="block text-xs text-muted-foreground">
                            {formatDate(r.submittedAt)}
                          </span>
                        )}
                      </TD>
                      <TD className="text-right tabular-nums">{euroText(r.totalCents)}</TD>
                    </TR>
                  );
                })}
              </TBody>
            </ScrollingTable>
          </SectionCard>
        );
      })}
    </div>
  );
}
