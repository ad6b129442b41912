import { ColumnHeads } from "@/components/column-heads";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { PaymentsTable, TransfersTable } from "./_components/ledger-tables";
import { PaymentDialog } from "./_components/payment-dialog";
import { TransferDialog } from "./_components/transfer-dialog";
import type { Payments } from "./_components/types";
import { WaitDaysForm } from "./_components/wait-days-form";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Payments");

const NUM = "text-right tabular-nums";
const days = (n: number | null) => (n === null ? "–" : `${n} ${n === 1 ? "day" : "days"}`);

/** The partnership's figures in short. */
function Totals({ o }: { o: Payments }) {
  const t = o.totals;
  const items: [string, string][] = [
    ["Fund amount claimed", formatEuros(t.claimedCents)],
    ["Received from the programme", formatEuros(t.receivedCents)],
    ["Passed on to the partners", formatEuros(t.transferredCents)],
    ["Received, not yet passed on", formatEuros(t.owedCents)],
    [`Partners waiting more than ${o.waitDays} days`, String(t.waitingTooLong)],
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border bg-card p-3">
          <dt className="text-xs text-muted-foreground">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Per partner: claimed, received for it, passed on, still owed, and how long it has waited. */
function OwedTable({ o }: { o: Payments }) {
  if (o.partners.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        Each partner sees its own figures here; the partnership’s totals are above.
      </p>
    );
  return (
    <Table label="What each partner is owed">
      <caption className="sr-only">
        Per partner: the fund amount claimed for it, its share of the payments received, what was
        passed on, what it is still owed and since when
      </caption>
      <ColumnHeads
        columns={[
          "Partner",
          { label: "Claimed", className: NUM },
          { label: "Received for it", className: NUM },
          { label: "Passed on", className: NUM },
          { label: "Still owed", className: NUM },
          "Waiting since",
          "Waited",
        ]}
      />
      <TBody>
        {o.partners.map((p) => (
          <TR key={p.partnerId}>
            <TH scope="row" className="font-medium text-foreground">
              {p.shortName}
            </TH>
            <TD className={NUM}>{formatEuros(p.claimedCents)}</TD>
            <TD className={NUM}>{formatEuros(p.receivedCents)}</TD>
            <TD className={NUM}>{formatEuros(p.transferredCents)}</TD>
            <TD className={NUM}>{formatEuros(p.owedCents)}</TD>
            <TD className="whitespace-nowrap">
              {p.waitingSince ? formatDate(p.waitingSince) : "–"}
            </TD>
            <TD className="whitespace-nowrap">
              {days(p.waitingDays)}{" "}
              {p.waitingTooLong && <Badge variant="destructive">More than {o.waitDays} days</Badge>}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

function ClaimsTable({ o }: { o: Payments }) {
  if (o.claims.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        No claim yet: a claim is a period report submitted with certified partner reports included
        in its financial part.
      </p>
    );
  return (
    <Table label="Claims">
      <caption className="sr-only">
        Per claim: the fund amount claimed, paid and still awaited
      </caption>
      <ColumnHeads
        columns={[
          "Claim",
          { label: "Certificates", className: NUM },
          { label: "Fund amount claimed", className: NUM },
          { label: "Paid", className: NUM },
          { label: "Still awaited", className: NUM },
        ]}
      />
      <TBody>
        {o.claims.map((c) => (
          <TR key={c.id}>
            <TH scope="row" className="font-medium text-foreground">
              Period {c.periodNumber} report
            </TH>
            <TD className={NUM}>{c.certificates}</TD>
            <TD className={NUM}>{formatEuros(c.dueCents)}</TD>
            <TD className={NUM}>{formatEuros(c.paidCents)}</TD>
            <TD className={NUM}>{formatEuros(c.awaitedCents)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

export default async function PaymentsPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const o = await orNotFound(api.payments.overview({ projectId }));
  const partners = o.partners.map((p) => ({ id: p.partnerId, shortName: p.shortName }));
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Finance", `/projects/${projectId}/finance`], ["Payments"]]}
        title="Payments"
        description={`The programme pays the lead partner per claim; the lead partner passes each partner its share without delay. Figures on ${formatDate(o.today)}.`}
      />
      <Totals o={o} />
      <SectionCard
        title="What each partner is owed"
        description={`Still owed = its share of the payments received − what was passed on to it. It waits since the oldest payment whose share is not fully passed on (transfers pass shares on in payment order). A partner waiting more than ${o.waitDays} days is flagged here and on the money desk.`}
      >
        <div className="grid gap-4">
          <OwedTable o={o} />
          {o.can.manage && (
            <WaitDaysForm projectId={projectId} days={o.waitDays} version={o.settingsVersion} />
          )}
        </div>
      </SectionCard>
      <SectionCard
        title="Payments received"
        description="A payment below what its claims await is shared in proportion to what each partner awaits from them (to the cent, the shares add up to the payment)."
      >
        <div className="grid gap-4">
          {o.can.manage && o.claims.length > 0 && (
            <div>
              <PaymentDialog projectId={projectId} claims={o.claims} />
            </div>
          )}
          <PaymentsTable projectId={projectId} o={o} />
        </div>
      </SectionCard>
      <SectionCard
        title="Transfers to the partners"
        description="What the lead partner passed on. A transfer cannot exceed what the partner was owed on its day."
      >
        <div className="grid gap-4">
          {o.can.manage && o.payments.length > 0 && (
            <div>
              <TransferDialog projectId={projectId} partners={partners} payments={o.payments} />
            </div>
          )}
          <TransfersTable projectId={projectId} o={o} />
        </div>
      </SectionCard>
      <SectionCard
        title="Claims"
        description="Each submitted period report claims the fund amount of the certified partner reports it includes: certified expenditure × the partner’s co-financing rate, rounded to the cent per certificate."
      >
        <ClaimsTable o={o} />
      </SectionCard>
    </div>
  );
}
