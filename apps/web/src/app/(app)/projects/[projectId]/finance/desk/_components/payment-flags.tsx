import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { euros, type MoneyDesk } from "@/lib/money-desk";

/**
 * The partners the lead partner still owes money it received, with how long each has waited;
 * flagged past the project's limit. Readers who may not see partners' positions (observers)
 * get the totals above only.
 */
export function PaymentFlags({ projectId, desk }: { projectId: string; desk: MoneyDesk }) {
  const owed = desk.partners.flatMap((p) =>
    p.payment && p.payment.owedCents > 0 ? [{ ...p.payment, p }] : [],
  );
  const link = (
    <Link className="font-medium underline" href={`/projects/${projectId}/finance/payments`}>
      Open the payments
    </Link>
  );
  if (owed.length === 0)
    return (
      <p className="text-sm">
        {desk.payments.waitingTooLong > 0
          ? `${desk.payments.waitingTooLong} partners are waiting longer than ${desk.payments.waitDays} days. `
          : "No partner is waiting for money received. "}
        {link}
      </p>
    );
  return (
    <div className="grid gap-3">
      <Table label="Partners owed money received">
        <caption className="sr-only">
          Partners still owed their share of payments received, and since when
        </caption>
        <ColumnHeads
          columns={["Partner", { label: "Still owed", className: "text-right" }, "Waiting since"]}
        />
        <TBody>
          {owed.map(({ p, owedCents, waitingSince, waitingDays, waitingTooLong }) => (
            <TR key={p.partnerId}>
              <TH scope="row" className="font-medium text-foreground">
                {p.shortName}
              </TH>
              <TD className="text-right tabular-nums">{euros(owedCents)}</TD>
              <TD className="whitespace-nowrap">
                {waitingSince ? formatDate(waitingSince) : "–"} ({waitingDays ?? 0} days){" "}
                {waitingTooLong && (
                  <Badge variant="destructive">More than {desk.payments.waitDays} days</Badge>
                )}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <p className="text-sm">{link}</p>
    </div>
  );
}
