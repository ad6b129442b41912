import { ColumnHeads } from "@/components/column-heads";
import { Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { type MoneyDesk, REPORT_STATUS_LABELS } from "@/lib/money-desk";
import { RemindButton } from "./remind-button";

const lateness = (days: number | null) =>
  days === null
    ? "Not due yet"
    : days === 0
      ? "Due today"
      : `${days} ${days === 1 ? "day" : "days"} overdue`;

/** The chosen period's financial reports not submitted, with a reminder button each. */
export function MissingReports({ projectId, desk }: { projectId: string; desk: MoneyDesk }) {
  if (desk.missing.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        Every partner has submitted its financial report for period {desk.periodNumber}.
      </p>
    );
  return (
    <Table label={`Financial reports not submitted for period ${desk.periodNumber}`}>
      <caption className="sr-only">
        Financial reports of period {desk.periodNumber} not submitted yet
      </caption>
      <ColumnHeads
        columns={[
          "Partner",
          "Report",
          "Due",
          "Lateness",
          ...(desk.can.remind ? [{ label: "Reminder", srOnly: true }] : []),
        ]}
      />
      <TBody>
        {desk.missing.map((m) => (
          <TR key={m.partnerId}>
            <TH scope="row" className="min-w-32 font-medium text-foreground">
              {m.shortName}
              {!m.agreementSigned && (
                <span className="block text-xs font-normal text-muted-foreground">
                  Cannot submit expenditure until the partnership agreement is signed
                </span>
              )}
            </TH>
            <TD>{REPORT_STATUS_LABELS[m.status] ?? m.status}</TD>
            <TD className="whitespace-nowrap">{formatDate(m.due)}</TD>
            <TD className="whitespace-nowrap">{lateness(m.daysOverdue)}</TD>
            {desk.can.remind && (
              <TD>
                <RemindButton
                  projectId={projectId}
                  partnerId={m.partnerId}
                  partnerName={m.shortName}
                  periodNumber={m.periodNumber}
                />
              </TD>
            )}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
