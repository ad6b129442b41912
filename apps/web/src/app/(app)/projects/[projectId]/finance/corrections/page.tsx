import { CATEGORY_LABELS } from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { PageHeader } from "@/components/page-header";
import { ScrollingTable } from "@/components/scrolling-table";
import { SectionCard } from "@/components/section-card";
import { Badge } from "@/components/ui/badge";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { AddCorrection, RemoveCorrection } from "./_components/correction-actions";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Financial corrections");

/**
 * Financial corrections per partner: certified expenditure found ineligible later, deducted
 * in the partner's next report.
 */
export default async function CorrectionsPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const data = await api.corrections.list({ projectId });
  const withCorrections = data.partners.filter((p) =>
    data.corrections.some((c) => c.partnerId === p.id),
  );
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        title="Financial corrections"
        description={`Certified expenditure found ineligible after its control, deducted in the partner's next financial report. In all: EUR ${formatEuros(data.totalCents)}.`}
        actions={
          data.can.add ? <AddCorrection projectId={projectId} partners={data.partners} /> : null
        }
      />
      {withCorrections.length === 0 && (
        <p className="text-sm text-muted-foreground">
          No financial corrections have been recorded.
        </p>
      )}
      {withCorrections.map((p) => {
        const rows = data.corrections.filter((c) => c.partnerId === p.id);
        return (
          <SectionCard key={p.id} title={`${p.shortName}: ${p.name}`}>
            <ScrollingTable label={`Financial corrections of ${p.shortName}`}>
              <caption className="sr-only">
                The financial corrections of {p.name}: the item, the amount deducted, why, and the
                report that carries it
              </caption>
              <ColumnHeads
                columns={[
                  "Item",
                  "Cost category",
                  { label: "Deducted (EUR)", className: "text-right" },
                  "Reason",
                  "Deducted in",
                  "Recorded",
                  { label: "Actions", srOnly: true },
                ]}
              />
              <TBody>
                {rows.map((c) => (
                  <TR key={c.id}>
                    <TH scope="row" className="font-normal">
                      {c.itemDescription ?? "An item"} (period {c.itemPeriod})
                      {c.itemReference ? `, ${c.itemReference}` : ""}
                    </TH>
                    <TD>{CATEGORY_LABELS[c.category]}</TD>
                    <TD className="text-right tabular-nums">−{formatEuros(c.amountCents)}</TD>
                    <TD className="whitespace-pre-line">{c.reason ?? "–"}</TD>
                    <TD>
                      Report of period {c.periodNumber}{" "}
                      {c.applied ? (
                        <Badge variant="success">Submitted</Badge>
                      ) : (
                        <Badge variant="outline">Waiting</Badge>
                      )}
                    </TD>
                    <TD>
                      {formatDate(c.createdAt)}
                      {c.createdBy ? `, ${c.createdBy}` : ""}
                    </TD>
                    <TD>
                      {c.can.remove && (
                        <RemoveCorrection projectId={projectId} id={c.id} version={c.version} />
                      )}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </ScrollingTable>
          </SectionCard>
        );
      })}
    </div>
  );
}
