import Link from "next/link";
import { SectionCard } from "@/components/section-card";
import { formatDate } from "@/lib/labels";
import { LIGHT_DOT, percent } from "@/lib/money-desk";
import { formatEuros } from "@/lib/money-format";
import { cn } from "@/lib/utils";
import type { MoneySummary } from "./types";

const SHOWN = 6;

/** The money in short for the lead partner, linking to the money desk. */
export function MoneyCard({ projectId, money }: { projectId: string; money: MoneySummary }) {
  const missing = money.reportsMissing;
  return (
    <SectionCard
      title="Money"
      description="Spending against plan and the partners’ financial reports."
    >
      <div className="grid gap-4 text-sm">
        {!money.budgetApproved && <p>No budget is approved yet.</p>}
        <div className="grid gap-1">
          <h3 className="font-medium">Behind plan</h3>
          {money.behindPlan.length === 0 ? (
            <p className="text-muted-foreground">No partner is behind its plan to date.</p>
          ) : (
            <ul className="grid gap-1">
              {money.behindPlan.map((p) => (
                <li key={p.partnerId} className="flex flex-wrap items-center gap-2">
                  <span
                    aria-hidden="true"
                    className={cn("size-3 rounded-full", LIGHT_DOT[p.light])}
                  />
                  <span className="font-medium">{p.shortName}</span>
                  <span>
                    {p.lightLabel} ({percent(p.percentOfPlan)} of plan to date)
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="grid gap-1">
          <h3 className="font-medium">Financial reports overdue</h3>
          {missing.length === 0 ? (
            <p className="text-muted-foreground">None: every report due so far is submitted.</p>
          ) : (
            <ul className="grid gap-1">
              {missing.slice(0, SHOWN).map((m) => (
                <li key={`${m.partnerId}-${m.periodNumber}`}>
                  <span className="font-medium">{m.shortName}</span>, period {m.periodNumber}: due{" "}
                  {formatDate(m.due)}, {m.daysOverdue} days overdue
                </li>
              ))}
              {missing.length > SHOWN && <li>and {missing.length - SHOWN} more</li>}
            </ul>
          )}
        </div>
        {money.paymentsWaiting.length > 0 && (
          <div className="grid gap-1">
            <h3 className="font-medium">Waiting for their share of a payment</h3>
            <ul className="grid gap-1">
              {money.paymentsWaiting.map((p) => (
                <li key={p.partnerId}>
                  <span className="font-medium">{p.shortName}</span>: {formatEuros(p.owedCents)}{" "}
                  owed, waiting {p.waitingDays} days
                </li>
              ))}
            </ul>
            <p>
              <Link
                className="font-medium underline"
                href={`/projects/${projectId}/finance/payments`}
              >
                Open the payments
              </Link>
            </p>
          </div>
        )}
        {money.agreementNotSigned.length > 0 && (
          <div className="grid gap-1">
            <h3 className="font-medium">Partnership agreement not signed</h3>
            <p>
              {money.agreementNotSigned.map((p) => p.shortName).join(", ")}: cannot submit
              expenditure until the partnership agreement is signed.
            </p>
          </div>
        )}
        <p>
          <Link className="font-medium underline" href={`/projects/${projectId}/finance/desk`}>
            Open the money desk
          </Link>
        </p>
      </div>
    </SectionCard>
  );
}
