import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { formatDate } from "@/lib/labels";
import { CATEGORY_LABELS, euros, percent } from "@/lib/money-desk";
import { param, type RawSearchParams, readSearchParams } from "@/lib/search-params";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { MissingReports } from "./_components/missing-reports";
import { FlexibilityTable, PartnerLights } from "./_components/partner-lights";
import { PaymentFlags } from "./_components/payment-flags";
import { PeriodControls } from "./_components/period-controls";
import { SpendingChart } from "./_components/spending-chart";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<RawSearchParams>;
};

export const generateMetadata = titled("Money desk");

const PARAMS = { period: param.int(1, 100), view: param.oneOf(["cumulative"] as const) };

/**
 * The lead partner's money desk: spending against plan per partner and per cost category, for
 * a period or cumulated, the traffic lights, the flexibility rule and the missing reports.
 */
export default async function MoneyDeskPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const q = readSearchParams(PARAMS, await searchParams);
  const api = await serverApi();
  const desk = await orNotFound(
    api.moneyDesk.overview({ projectId, ...(q.period ? { periodNumber: q.period } : {}) }),
    { forbidden: true },
  );
  const cumulative = q.view === "cumulative";
  const path = `/projects/${projectId}/finance/desk`;
  const scope = cumulative
    ? `cumulative to period ${desk.periodNumber}`
    : `period ${desk.periodNumber}`;
  const pick = (p: (typeof desk.partners)[number]) => (cumulative ? p.cumulative : p.period);
  const totals = cumulative ? desk.totals.cumulative : desk.totals.period;
  const { amberPercent, redPercent, flexibilityPercent } = desk.thresholds;
  const within = desk.partnership.withinBudget;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Finance", `/projects/${projectId}/finance`], ["Money desk"]]}
        title="Money desk"
        description={`Spending reported in submitted financial reports against the budget in force${
          desk.budgetVersion ? ` (version ${desk.budgetVersion.number})` : ""
        }, on ${formatDate(desk.today)}. Flat rates are computed as in the reports.`}
      />
      {!desk.budgetVersion && (
        <p role="status" className="rounded-md border p-3 text-sm">
          No budget is approved yet: the plan is empty until the lead partner approves one.
        </p>
      )}
      <PeriodControls path={path} desk={desk} cumulative={cumulative} />
      <SectionCard
        title="Traffic lights"
        description={`Against the plan to date (the periods whose reports are due by today): red below ${redPercent}%, amber below ${amberPercent}%, green from ${amberPercent}%.`}
      >
        <PartnerLights partners={desk.partners} />
      </SectionCard>
      <div className="grid min-w-0 gap-6 xl:grid-cols-2">
        <SectionCard
          title={`Per partner, ${scope}`}
          description={`Plan and reported: together ${euros(totals.reportedCents)} of ${euros(totals.planCents)} (${percent(totals.percentOfPlan)}).`}
        >
          <SpendingChart
            title={`Spending per partner, ${scope}`}
            rowHeader="Partner"
            rows={desk.partners.map((p) => ({
              key: p.partnerId,
              label: p.shortName,
              ...pick(p),
            }))}
          />
        </SectionCard>
        <SectionCard
          title={`Per cost category, ${scope}`}
          description="The whole partnership's plan and reported spending in each cost category."
        >
          <SpendingChart
            title={`Spending per cost category, ${scope}`}
            rowHeader="Cost category"
            rows={totals.byCategory.map((c) => ({
              key: c.category,
              ...c,
              label: CATEGORY_LABELS[c.category] ?? c.category,
            }))}
          />
        </SectionCard>
      </div>
      <SectionCard
        title={`Reports not submitted for period ${desk.periodNumber}`}
        description={`Due on ${formatDate(
          desk.periods.find((p) => p.number === desk.periodNumber)?.partnerReportDue ?? desk.today,
        )}, about two weeks after the period ends.${
          desk.can.remind
            ? " A reminder goes to the partner’s editors, in the app and by e-mail."
            : ""
        }`}
      >
        <MissingReports projectId={projectId} desk={desk} />
      </SectionCard>
      <SectionCard
        title="Payments passed on"
        description={`Received from the programme ${euros(desk.payments.receivedCents)}, passed on ${euros(desk.payments.transferredCents)}, not yet passed on ${euros(desk.payments.owedCents)}. A partner waiting more than ${desk.payments.waitDays} days for its share is flagged.`}
      >
        <PaymentFlags projectId={projectId} desk={desk} />
      </SectionCard>
      <SectionCard
        title="Budget flexibility"
        description={`A partner may exceed its own budget by up to ${flexibilityPercent}% if the others compensate. The partnership has reported ${euros(desk.partnership.reportedCents)} of ${euros(desk.partnership.budgetCents)}: ${
          within ? "within" : "over"
        } its total budget${
          desk.partnership.overCents > 0
            ? `; the partners over budget exceed it by ${euros(desk.partnership.overCents)}, the others have ${euros(desk.partnership.unspentCents)} left to compensate`
            : ""
        }.`}
      >
        <FlexibilityTable partners={desk.partners} flexibilityPercent={flexibilityPercent} />
      </SectionCard>
    </div>
  );
}
