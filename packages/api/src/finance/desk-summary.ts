import type { ProjectCtx } from "../shared/service-context";
import { moneyDeskOverview } from "./desk-overview";

/**
 * The money in short, for the lead partner's main desk: partners behind their plan (red,
 * amber), the financial reports past their due day and not submitted, and the partners who
 * cannot submit expenditure because they have not signed the partnership agreement, and the
 * partners waiting longer than the project allows for money the lead partner received. The
 * desk page shows it to lead coordinators beside the work plan's figures; the money desk
 * (`moneyDesk.overview`) has the detail.
 */
export async function moneySummary(ctx: ProjectCtx, now: Date) {
  const o = await moneyDeskOverview(ctx, {}, now);
  return {
    budgetApproved: o.budgetVersion !== null,
    behindPlan: o.partners
      .filter((p) => p.light === "red" || p.light === "amber")
      .map((p) => ({
        partnerId: p.partnerId,
        shortName: p.shortName,
        light: p.light,
        lightLabel: p.lightLabel,
        percentOfPlan: p.toDate.percentOfPlan,
      }))
      .sort((a, b) => (a.percentOfPlan ?? 0) - (b.percentOfPlan ?? 0)),
    reportsMissing: o.overdue.map((m) => ({
      partnerId: m.partnerId,
      shortName: m.shortName,
      periodNumber: m.periodNumber,
      due: m.due,
      daysOverdue: m.daysOverdue ?? 0,
    })),
    /** Partners waiting longer than the project's limit for money already received. */
    paymentsWaiting: o.partners.flatMap((p) =>
      p.payment?.waitingTooLong
        ? [{ partnerId: p.partnerId, shortName: p.shortName, ...p.payment }]
        : [],
    ),
    agreementNotSigned: o.partners
      .filter((p) => p.agreementSignedOn === null)
      .map((p) => ({ partnerId: p.partnerId, shortName: p.shortName })),
  };
}

export type MoneySummary = Awaited<ReturnType<typeof moneySummary>>;
