import { CATEGORY_LABELS, REPORT_STATUS_LABELS } from "@consortia/api/schemas";
import Link from "next/link";
import { ExportDownload } from "@/components/export-download";
import { PartnerPeriodPicker } from "@/components/finance/partner-period-picker";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatMoney } from "@/lib/money-format";
import { param, type RawSearchParams, readSearchParams } from "@/lib/search-params";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { ImportPanel } from "./_components/import-panel";
import { ItemDialog } from "./_components/item-dialog";
import { ItemsTable } from "./_components/items-table";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<RawSearchParams>;
};

export const generateMetadata = titled("Expenditure");

/**
 * A partner's list of expenditure of one period: the items (as much as the caller may see),
 * the totals per cost category with flat rates computed, and, for those who act for the
 * partner while the report is open, adding, editing, duplicating, deleting and bulk entry.
 */
export default async function ExpenditurePage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const query = readSearchParams(
    { partner: param.id(), period: param.int(1, 40) },
    await searchParams,
  );
  const api = await serverApi();
  const [overview, schedule] = await Promise.all([
    projectOverview(projectId),
    api.projects.periods({ projectId }),
  ]);
  const partners = overview.partners.map((p) => ({ id: p.id, name: p.name }));
  const partnerId =
    partners.find((p) => p.id === query.partner)?.id ?? overview.myPartnerId ?? partners[0]?.id;
  const today = new Date().toISOString().slice(0, 10);
  const begun = schedule.periods.filter((p) => p.start <= today);
  const periodNumber =
    begun.find((p) => p.number === query.period)?.number ??
    schedule.currentPeriod ??
    begun.at(-1)?.number;
  if (!partnerId || !periodNumber)
    return (
      <PageHeader
        title="Expenditure"
        description="The list of expenditure opens once the project's first reporting period has begun."
      />
    );
  const [list, contracts] = await Promise.all([
    orNotFound(api.expenditure.list({ projectId, partnerId, periodNumber })),
    api.expenditure.contracts({ projectId, partnerId }),
  ]);
  const partnerName = partners.find((p) => p.id === partnerId)?.name ?? "";
  const status = list.report?.status ?? "draft";
  const templateUrl = `/api/projects/${projectId}/finance/expenditure/template`;
  const exportUrl = `/api/projects/${projectId}/finance/expenditure/export?partnerId=${partnerId}&period=${list.period.number}`;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Finance", `/projects/${projectId}/finance`], ["Expenditure"]]}
        title="Expenditure"
        meta={
          <>
            <span>
              {partnerName}, period {list.period.number} ({list.period.start} to {list.period.end})
            </span>
            <Badge
              variant={
                status === "submitted" ? "success" : status === "returned" ? "warning" : "secondary"
              }
            >
              {REPORT_STATUS_LABELS[status]}
            </Badge>
            <span>Report due {list.period.partnerReportDue}</span>
          </>
        }
        description="Every item the partner declares for the period, with its contract and evidence. Amounts in another currency are converted at the rate of the month the report is submitted; until then the euro amount is an estimate at this month's rate."
        actions={
          <>
            <Link
              className="text-sm underline"
              href={`/projects/${projectId}/finance/contracts?partner=${partnerId}`}
            >
              Contracts
            </Link>
            <Link className="text-sm underline" href={`/projects/${projectId}/finance/rates`}>
              Conversion rates
            </Link>
          </>
        }
      />
      <PartnerPeriodPicker
        partners={partners}
        partnerId={partnerId}
        periods={list.periods}
        periodNumber={list.period.number}
      />
      {list.report?.status === "returned" && list.report.returnComment && (
        <Alert variant="info">Returned by the lead partner: {list.report.returnComment}</Alert>
      )}
      {list.missingRates > 0 && (
        <Alert variant="info">
          {list.missingRates} items have no euro amount yet: the rate table has no rate of this
          month for their currency.
        </Alert>
      )}
      <SectionCard
        title="Totals per cost category"
        description="Real costs are sums of the items; flat rates are computed from their base."
      >
        <Table label="Totals per cost category">
          <caption className="sr-only">Totals per cost category, in euros</caption>
          <THead>
            <TR>
              <TH scope="col">Cost category</TH>
              <TH scope="col" className="text-right">
                Amount (EUR)
              </TH>
            </TR>
          </THead>
          <TBody>
            {list.totals.map((t) => (
              <TR key={t.category}>
                <TH scope="row" className="font-normal">
                  {CATEGORY_LABELS[t.category]}
                  {t.flatRate && (
                    <span className="text-muted-foreground"> (flat rate {t.flatRate} %)</span>
                  )}
                </TH>
                <TD className="text-right tabular-nums">{formatMoney(t.eurCents)}</TD>
              </TR>
            ))}
            <TR>
              <TH scope="row">Total</TH>
              <TD className="text-right font-semibold tabular-nums">
                {formatMoney(list.totalCents)}
              </TD>
            </TR>
          </TBody>
        </Table>
      </SectionCard>
      <SectionCard
        title="Items"
        description={
          list.view === "totals"
            ? "The items of another partner are private to it; you see its totals per category."
            : "In the order they were entered."
        }
      >
        {list.can.edit && (
          <div className="mb-4 flex flex-wrap gap-2">
            <ItemDialog
              projectId={projectId}
              partnerId={partnerId}
              periodNumber={list.period.number}
              categories={list.categories}
              currencies={[...new Set([list.partner.currency, "EUR"])]}
              contracts={contracts.contracts}
            />
          </div>
        )}
        {list.hiddenStaff && list.hiddenStaff.count > 0 && (
          <p className="mb-3 text-sm text-muted-foreground">
            {list.hiddenStaff.count} staff-cost lines ({formatMoney(list.hiddenStaff.eurCents)} EUR)
            are not listed: the details of people and salaries are seen only by the partner.
          </p>
        )}
        {list.view !== "totals" && list.items.length > 0 && (
          <div className="mb-4 flex flex-wrap gap-2">
            <ExportDownload
              href={`${exportUrl}&format=xlsx`}
              label="The list as Excel (XLSX)"
              fileLabel="list of expenditure"
            />
            <ExportDownload
              href={`${exportUrl}&format=csv`}
              label="CSV"
              fileLabel="list of expenditure"
            />
          </div>
        )}
        {list.view !== "totals" && (
          <ItemsTable
            projectId={projectId}
            partnerId={partnerId}
            periodNumber={list.period.number}
            items={list.items}
            canEdit={list.can.edit}
            categories={list.categories}
            currencies={[...new Set([list.partner.currency, "EUR"])]}
            contracts={contracts.contracts}
          />
        )}
      </SectionCard>
      {list.can.edit && (
        <SectionCard
          title="Bulk entry"
          description="Paste rows copied from a spreadsheet, or import a CSV or XLSX file, in the template's columns with its header row. Every row is checked; if one is refused, nothing is imported."
        >
          <p className="mb-3 text-sm">
            Template:{" "}
            <a className="underline" href={`${templateUrl}?format=xlsx`}>
              XLSX
            </a>{" "}
            ·{" "}
            <a className="underline" href={`${templateUrl}?format=csv`}>
              CSV
            </a>
          </p>
          <ImportPanel
            projectId={projectId}
            partnerId={partnerId}
            periodNumber={list.period.number}
          />
        </SectionCard>
      )}
    </div>
  );
}
