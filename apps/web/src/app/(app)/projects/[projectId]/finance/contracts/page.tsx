import { PROCUREMENT_LABELS } from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { PartnerPeriodPicker } from "@/components/finance/partner-period-picker";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { STICKY_END_CELL, Table, TBody, TD, TR } from "@/components/ui/table";
import { formatMoney } from "@/lib/money-format";
import { param, type RawSearchParams, readSearchParams } from "@/lib/search-params";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { ContractDialog, DeleteContract } from "./_components/contract-dialog";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<RawSearchParams>;
};

export const generateMetadata = titled("Contracts");

/** A partner's list of contracts (procurements), reused across periods by its items. */
export default async function ContractsPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const query = readSearchParams({ partner: param.id() }, await searchParams);
  const overview = await projectOverview(projectId);
  const partners = overview.partners.map((p) => ({ id: p.id, name: p.name }));
  const partnerId =
    partners.find((p) => p.id === query.partner)?.id ?? overview.myPartnerId ?? partners[0]?.id;
  if (!partnerId)
    return <PageHeader title="Contracts" description="The project has no partners yet." />;
  const api = await serverApi();
  const { contracts, can } = await orNotFound(api.expenditure.contracts({ projectId, partnerId }));
  const own = partners.find((p) => p.id === partnerId)?.name ?? "";
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[
          ["Finance", `/projects/${projectId}/finance`],
          ["Expenditure", `/projects/${projectId}/finance/expenditure?partner=${partnerId}`],
          ["Contracts"],
        ]}
        title="Contracts"
        meta={<span>{own}</span>}
        description="The partner's procurements: each item of expenditure may name the contract it falls under. A contract items use cannot be deleted."
        actions={
          can.edit ? <ContractDialog projectId={projectId} partnerId={partnerId} /> : undefined
        }
      />
      <PartnerPeriodPicker partners={partners} partnerId={partnerId} />
      <SectionCard title="List of contracts">
        {contracts.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            {overview.myPartnerId === partnerId || can.edit
              ? "No contracts yet."
              : "The contracts of another partner are private to it."}
          </p>
        ) : (
          <Table label="Contracts">
            <caption className="sr-only">Contracts of {own}</caption>
            <ColumnHeads
              columns={[
                "Procurement",
                "Reference",
                "Date",
                "Type",
                { label: "Amount", className: "text-right" },
                "Supplier",
                "Supplier VAT number",
                ...(can.edit
                  ? [{ label: "Actions", className: STICKY_END_CELL, srOnly: true }]
                  : []),
              ]}
            />
            <TBody>
              {contracts.map((c) => (
                <TR key={c.id}>
                  <TD>{c.name}</TD>
                  <TD>{c.reference}</TD>
                  <TD>{c.contractDate}</TD>
                  <TD>{PROCUREMENT_LABELS[c.procurementType]}</TD>
                  <TD className="text-right tabular-nums">
                    {formatMoney(c.amountCents, c.currency)}
                  </TD>
                  <TD>{c.supplierName}</TD>
                  <TD>{c.supplierVat}</TD>
                  {can.edit && (
                    <TD className={`${STICKY_END_CELL} whitespace-nowrap`}>
                      <ContractDialog projectId={projectId} partnerId={partnerId} contract={c} />
                      <DeleteContract projectId={projectId} contract={c} />
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
