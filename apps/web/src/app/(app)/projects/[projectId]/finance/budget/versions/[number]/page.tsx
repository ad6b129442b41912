import Link from "next/link";
import { notFound } from "next/navigation";
import { ColumnHeads } from "@/components/column-heads";
import { PageHeader } from "@/components/page-header";
import { ScrollingTable } from "@/components/scrolling-table";
import { SectionCard } from "@/components/section-card";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";

type Props = { params: Promise<{ projectId: string; number: string }> };

export const generateMetadata = titled("Budget version");

/** One budget version as it was approved (or the draft as it stands): read-only. */
export default async function BudgetVersionPage({ params }: Props) {
  const { projectId, number } = await params;
  const n = Number(number);
  if (!Number.isInteger(n) || n < 1) notFound();
  const api = await serverApi();
  const data = await api.budget.version({ projectId, number: n });
  const { version: v, partners, categories, totals } = data;
  const status =
    v.status === "draft"
      ? "Draft, not yet approved."
      : `Approved${v.approvedAt ? ` on ${formatDate(v.approvedAt)}` : ""}${v.approvedBy ? ` by ${v.approvedBy}` : ""}, in force from ${v.inForceFrom ? formatDate(v.inForceFrom) : "the start of the project"}${v.number > 1 ? (v.majorChange ? "; a formal major change" : "; within the flexibility") : ""}.`;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader title={`Budget version ${v.number}`} description={status} />
      <p className="text-sm">
        <Link className="underline" href={`/projects/${projectId}/finance/budget`}>
          Back to the budget
        </Link>
      </p>
      {v.note && (
        <SectionCard title="Justification">
          <p className="whitespace-pre-line text-sm">{v.note}</p>
        </SectionCard>
      )}
      <SectionCard title="Budget per partner and cost category" description="Flat rates included.">
        <ScrollingTable label={`Budget version ${v.number} per partner and cost category`}>
          <caption className="sr-only">
            The budget of each partner per cost category in euros in version {v.number}, with its
            total; the last row is the project
          </caption>
          <ColumnHeads
            columns={[
              "Partner",
              ...categories.map((c) => ({ label: c.label, className: "text-right" })),
              { label: "Total", className: "text-right" },
            ]}
          />
          <TBody>
            {partners.map((p) => (
              <TR key={p.id}>
                <TH scope="row">{p.shortName}</TH>
                {categories.map((c) => (
                  <TD key={c.category} className="text-right tabular-nums">
                    {formatEuros(totals.byPartnerCategory[`${p.id}|${c.category}`])}
                  </TD>
                ))}
                <TD className="text-right font-medium tabular-nums">
                  {formatEuros(totals.byPartner[p.id])}
                </TD>
              </TR>
            ))}
            <TR className="font-semibold">
              <TH scope="row">Project</TH>
              {categories.map((c) => (
                <TD key={c.category} />
              ))}
              <TD className="text-right tabular-nums">{formatEuros(totals.project)}</TD>
            </TR>
          </TBody>
        </ScrollingTable>
      </SectionCard>
    </div>
  );
}
