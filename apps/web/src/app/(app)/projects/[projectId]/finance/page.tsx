import type { RouterOutputs } from "@consortia/api/client";
import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { REPORT_STATUS_LABELS } from "@/lib/money-desk";
import { formatEuros } from "@/lib/money-format";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { type ProjectOverview, projectOverview } from "@/server/project-data";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Finance");

type Landing = RouterOutputs["moneyDesk"]["landing"];

/** The finance pages the caller may open, each with what it is for them. */
function pages(base: string, can: Landing["can"], project: ProjectOverview["can"]) {
  return [
    {
      href: `${base}/control`,
      title: "First-level control",
      text: project.control
        ? "Your partners’ submitted reports: take them into control, sample, decide each item and issue the certificate."
        : project.appointControllers
          ? "Appoint each partner’s controller, and follow the controls and their certificates."
          : "The control of the partners’ reports: outcomes, deductions and certificates.",
    },
    ...(can.desk
      ? [
          {
            href: `${base}/desk`,
            title: "Money desk",
            text: "Spending against plan per partner and cost category, traffic lights, the flexibility rule and the reports not submitted.",
          },
        ]
      : []),
    {
      href: `${base}/budget`,
      title: "Budget",
      text: can.manageBudget
        ? "The budget options and each partner’s spending plan per cost category and period; enter, import and approve it."
        : "Each partner’s spending plan per cost category and period, as approved.",
    },
    {
      href: `${base}/expenditure`,
      title: "Expenditure",
      text: can.enterExpenditure
        ? "The list of expenditure of each period: add, import and correct items while the report is in draft."
        : "The expenditure reported by the partners, as far as you may see it.",
    },
    {
      href: `${base}/reports`,
      title: "Financial reports",
      text: "Each partner’s financial report per period: the financial overview, submission and the PDF.",
    },
    {
      href: `${base}/payments`,
      title: "Payments",
      text: can.manageBudget
        ? "Payments received from the programme per claim and the transfers to each partner: who is still owed, and for how long."
        : "What the programme has paid and what was passed on: your partner’s share, what it is still owed and since when.",
    },
    {
      href: `${base}/corrections`,
      title: "Financial corrections",
      text: "Certified expenditure found ineligible later, deducted in the partner's next report.",
    },
    {
      href: `${base}/contracts`,
      title: "Contracts",
      text: "The partners’ procurements, reused across periods.",
    },
    ...(can.checklists
      ? [
          {
            href: `${base}/checklists`,
            title: "Control checklists",
            text: can.manageBudget
              ? "The checklists controllers fill in on each partner report: write them or start from the built-in one."
              : "The checklists of first-level control you may use on a partner report.",
          },
        ]
      : []),
    {
      href: `${base}/rates`,
      title: "Exchange rates",
      text: can.manageRates
        ? "The monthly conversion rates: enter them or import the Commission’s CSV."
        : "The monthly conversion rates non-euro expenditure is converted at.",
    },
  ];
}

const lateness = (days: number | null) =>
  days === null ? "–" : `${days} ${days === 1 ? "day" : "days"} overdue`;

/** The finance landing page: the finance pages by role, and a partner's own reports. */
export default async function FinancePage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const [landing, overview] = await Promise.all([
    api.moneyDesk.landing({ projectId }),
    projectOverview(projectId),
  ]);
  const base = `/projects/${projectId}/finance`;
  const { own } = landing;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        title="Finance"
        description="Budgets, expenditure and the partners’ financial reports, in euros."
      />
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {pages(base, landing.can, overview.can).map((p) => (
          <li key={p.href} className="rounded-lg border bg-card p-4">
            <h2 className="text-base font-semibold">
              <Link href={p.href} className="underline-offset-4 hover:underline">
                {p.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-muted-foreground">{p.text}</p>
          </li>
        ))}
      </ul>
      {own && (
        <SectionCard
          title={`Financial reports of ${own.shortName}`}
          description="Each report is due about two weeks after its period ends."
        >
          {own.agreementSignedOn === null && (
            <p role="status" className="mb-4 rounded-md border p-3 text-sm font-medium">
              {own.shortName} cannot submit expenditure until the partnership agreement is signed.
            </p>
          )}
          {own.payment.owedCents > 0 && (
            <p className="mb-4 text-sm">
              The lead partner has received {formatEuros(own.payment.owedCents)} for {own.shortName}{" "}
              that is not yet passed on
              {own.payment.waitingSince
                ? `, waiting since ${formatDate(own.payment.waitingSince)}`
                : ""}
              .{" "}
              <Link href={`${base}/payments`} className="font-medium underline">
                See the payments
              </Link>
            </p>
          )}
          {own.reports.length === 0 ? (
            <p className="text-sm text-muted-foreground">No reporting period has begun yet.</p>
          ) : (
            <Table label={`Financial reports of ${own.shortName}`}>
              <caption className="sr-only">
                The financial reports of {own.shortName} per reporting period
              </caption>
              <ColumnHeads columns={["Period", "Due", "Status", "Lateness"]} />
              <TBody>
                {own.reports.map((r) => (
                  <TR key={r.periodNumber}>
                    <TH scope="row" className="font-medium text-foreground">
                      Period {r.periodNumber}
                    </TH>
                    <TD className="whitespace-nowrap">{formatDate(r.due)}</TD>
                    <TD>{REPORT_STATUS_LABELS[r.status] ?? r.status}</TD>
                    <TD>{lateness(r.daysOverdue)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </SectionCard>
      )}
    </div>
  );
}
