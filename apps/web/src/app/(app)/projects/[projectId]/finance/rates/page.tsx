import { ColumnHeads } from "@/components/column-heads";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { STICKY_END_CELL, Table, TBody, TD, TR } from "@/components/ui/table";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { DeleteRate, RateForm, RatesImport } from "./_components/rate-forms";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Conversion rates");

/**
 * The lead's table of monthly conversion rates: units of a currency for one euro, as the
 * Commission publishes them. A report's items in another currency are converted at the rate
 * of the month it is submitted. The app never fetches rates itself.
 */
export default async function RatesPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const { rates, can } = await orNotFound(api.expenditure.rates({ projectId }));
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Finance", `/projects/${projectId}/finance`], ["Conversion rates"]]}
        title="Conversion rates"
        description="Monthly rates, in units of the currency for one euro (the Commission's accounting rates). Partners outside the euro area are converted at the rate of the month they submit their report. Rates are entered here or imported from a CSV file; the app never fetches them from the internet."
      />
      {can.edit && (
        <div className="grid gap-6 lg:grid-cols-2">
          <SectionCard
            title="Set a rate"
            description="A rate already set for the month is replaced."
          >
            <RateForm projectId={projectId} />
          </SectionCard>
          <SectionCard
            title="Import rates"
            description="A CSV with the columns currency, month, rate (e.g. SEK, 2026-03, 11.2345), or the Commission's InforEuro monthly file with the month it is for. All rows or none."
          >
            <RatesImport projectId={projectId} />
          </SectionCard>
        </div>
      )}
      <SectionCard title="Rate table">
        {rates.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No rates yet. Partners declaring in euros need none.
          </p>
        ) : (
          <Table label="Conversion rates">
            <caption className="sr-only">Conversion rates per month and currency</caption>
            <ColumnHeads
              columns={[
                "Month",
                "Currency",
                { label: "Units for one euro", className: "text-right" },
                "Used by a submitted report",
                ...(can.edit
                  ? [{ label: "Actions", className: STICKY_END_CELL, srOnly: true }]
                  : []),
              ]}
            />
            <TBody>
              {rates.map((r) => (
                <TR key={`${r.month}-${r.currency}`}>
                  <TD>{r.month}</TD>
                  <TD>{r.currency}</TD>
                  <TD className="text-right tabular-nums">{r.rate}</TD>
                  <TD>{r.usedBySubmittedReport ? "Yes" : "No"}</TD>
                  {can.edit && (
                    <TD className={STICKY_END_CELL}>
                      {!r.usedBySubmittedReport && (
                        <DeleteRate projectId={projectId} currency={r.currency} month={r.month} />
                      )}
                    </TD>
                  )}
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </SectionCard>
    </div>
  );
}
