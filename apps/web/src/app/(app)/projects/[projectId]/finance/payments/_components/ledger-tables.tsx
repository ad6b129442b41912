import { ColumnHeads } from "@/components/column-heads";
import { STICKY_END_CELL, Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import { DeletePayment, PaymentDialog } from "./payment-dialog";
import { DeleteTransfer, TransferDialog } from "./transfer-dialog";
import type { Payments } from "./types";

// The payments page's two ledgers: the payments received, and the transfers to the partners.

const NUM = "text-right tabular-nums";

export function PaymentsTable({ projectId, o }: { projectId: string; o: Payments }) {
  if (o.payments.length === 0)
    return <p className="text-sm text-muted-foreground">No payment received yet.</p>;
  const manage = o.can.manage;
  return (
    <Table label="Payments received">
      <caption className="sr-only">Payments received from the programme, the latest first</caption>
      <ColumnHeads
        columns={[
          "Received on",
          { label: "Amount", className: NUM },
          "Claims",
          "Shares",
          "Note",
          ...(manage ? [{ label: "Actions", className: STICKY_END_CELL, srOnly: true }] : []),
        ]}
      />
      <TBody>
        {o.payments.map((p) => (
          <TR key={p.id}>
            <TH scope="row" className="whitespace-nowrap font-medium text-foreground">
              {formatDate(p.receivedOn)}
            </TH>
            <TD className={NUM}>{formatEuros(p.amountCents)}</TD>
            <TD>{p.claims.map((c) => `Period ${c.periodNumber}`).join(", ")}</TD>
            <TD>
              {p.shares.length === 0 ? (
                "–"
              ) : (
                <ul>
                  {p.shares.map((s) => (
                    <li key={s.partnerId} className="whitespace-nowrap">
                      {s.shortName}: <span className="tabular-nums">{formatEuros(s.cents)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </TD>
            <TD className="max-w-xs">{p.note || "–"}</TD>
            {manage && (
              <TD className={STICKY_END_CELL}>
                <div className="flex gap-1">
                  <PaymentDialog projectId={projectId} claims={o.claims} payment={p} />
                  <DeletePayment projectId={projectId} payment={p} />
                </div>
              </TD>
            )}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

export function TransfersTable({ projectId, o }: { projectId: string; o: Payments }) {
  if (o.transfers.length === 0)
    return <p className="text-sm text-muted-foreground">No transfer to show.</p>;
  const manage = o.can.manage;
  const partners = o.partners.map((p) => ({ id: p.partnerId, shortName: p.shortName }));
  const paidOn = new Map(o.payments.map((p) => [p.id, p.receivedOn]));
  return (
    <Table label="Transfers to the partners">
      <caption className="sr-only">Money passed on to the partners, the latest first</caption>
      <ColumnHeads
        columns={[
          "Transferred on",
          "Partner",
          { label: "Amount", className: NUM },
          "Reference",
          "Passes on",
          ...(manage ? [{ label: "Actions", className: STICKY_END_CELL, srOnly: true }] : []),
        ]}
      />
      <TBody>
        {o.transfers.map((t) => {
          const paid = t.paymentId ? paidOn.get(t.paymentId) : undefined;
          return (
            <TR key={t.id}>
              <TH scope="row" className="whitespace-nowrap font-medium text-foreground">
                {formatDate(t.transferredOn)}
              </TH>
              <TD>{t.shortName}</TD>
              <TD className={NUM}>{formatEuros(t.amountCents)}</TD>
              <TD>{t.reference || "–"}</TD>
              <TD>{paid ? `Payment of ${formatDate(paid)}` : "–"}</TD>
              {manage && (
                <TD className={STICKY_END_CELL}>
                  <div className="flex gap-1">
                    <TransferDialog
                      projectId={projectId}
                      partners={partners}
                      payments={o.payments}
                      transfer={t}
                    />
                    <DeleteTransfer projectId={projectId} transfer={t} />
                  </div>
                </TD>
              )}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

/**
 * Payments: what the programme paid the lead partner per claim, what the lead partner passed
 * on to each partner, and per partner what it is still owed and how long it has waited (first
 * in, first out). Every member reads it; the API decides who sees which partner's figures.
 */
