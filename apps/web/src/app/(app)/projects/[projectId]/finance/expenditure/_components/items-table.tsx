import { CATEGORY_LABELS, STAFF_BASIS_LABELS } from "@consortia/api/schemas";
import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { STICKY_END_CELL, Table, TBody, TD, TR } from "@/components/ui/table";
import { formatMoney } from "@/lib/money-format";
import { documentUrl } from "@/lib/urls";
import { ItemActions } from "./item-actions";
import { ItemDialog } from "./item-dialog";
import type { Item, ItemContext } from "./types";

function staffLine(s: NonNullable<Item["staff"]>) {
  const share = s.hours ? `${s.hours} h` : s.sharePercent ? `${s.sharePercent} %` : "";
  return [
    s.person,
    s.role,
    s.basis ? STAFF_BASIS_LABELS[s.basis] : null,
    share,
    s.salaryCents !== null ? `salary ${formatMoney(s.salaryCents)}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** The items of the list, in the programme's column order; actions for those who may edit. */
export function ItemsTable({
  items,
  canEdit,
  ...c
}: ItemContext & { items: Item[]; canEdit: boolean }) {
  if (items.length === 0)
    return <p className="text-sm text-muted-foreground">No items in this period yet.</p>;
  return (
    <Table label="Items of expenditure">
      <caption className="sr-only">Items of expenditure of period {c.periodNumber}</caption>
      <ColumnHeads
        columns={[
          "Category",
          "Reference",
          "Invoice",
          "Paid",
          "Description",
          { label: "Total invoice", className: "text-right" },
          { label: "VAT", className: "text-right" },
          { label: "Declared", className: "text-right" },
          { label: "Rate", className: "text-right" },
          { label: "EUR", className: "text-right" },
          "Contract",
          "Evidence",
          ...(canEdit ? [{ label: "Actions", className: STICKY_END_CELL, srOnly: true }] : []),
        ]}
      />
      <TBody>
        {items.map((i) => (
          <TR key={i.id}>
            <TD>{CATEGORY_LABELS[i.category]}</TD>
            <TD>{i.internalReference}</TD>
            <TD>
              {i.invoiceNumber}
              {i.invoiceDate && (
                <div className="text-xs text-muted-foreground">{i.invoiceDate}</div>
              )}
            </TD>
            <TD>{i.paymentDate}</TD>
            <TD className="min-w-48">
              {i.description}
              {i.staff && <div className="text-xs text-muted-foreground">{staffLine(i.staff)}</div>}
            </TD>
            <TD className="text-right tabular-nums">{formatMoney(i.totalInvoiceCents)}</TD>
            <TD className="text-right tabular-nums">{formatMoney(i.vatCents)}</TD>
            <TD className="text-right tabular-nums">{formatMoney(i.declaredCents, i.currency)}</TD>
            <TD className="text-right tabular-nums">
              {i.currency === "EUR" ? "" : (i.conversionRate ?? "")}
            </TD>
            <TD className="text-right tabular-nums">
              {formatMoney(i.eurCents)}
              {i.euroEstimated && (
                <span className="block text-xs text-muted-foreground">
                  {i.eurCents === null ? "no rate yet" : "estimate"}
                </span>
              )}
            </TD>
            <TD>{i.contract?.name}</TD>
            <TD>
              {i.evidence.map((d) => (
                <Link key={d.id} className="block underline" href={documentUrl(c.projectId, d.id)}>
                  {d.title}
                </Link>
              ))}
            </TD>
            {canEdit && (
              <TD className={`${STICKY_END_CELL} whitespace-nowrap`}>
                <ItemDialog item={i} {...c} />
                <ItemActions projectId={c.projectId} item={i} />
              </TD>
            )}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
