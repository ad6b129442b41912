import { CATEGORY_LABELS, LEGAL_STATUS_LABELS } from "@consortia/api/schemas";
import { ExportDownload } from "@/components/export-download";
import { SectionCard } from "@/components/section-card";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { ApproveBudget } from "./_components/approve-budget";
import { BudgetSummary } from "./_components/budget-summary";
import { VersionsTable } from "./_components/budget-versions";
import { ApproveChange, DraftChange } from "./_components/change-actions";
import { DifferenceTable } from "./_components/difference-table";
import { ImportTemplate } from "./_components/import-template";
import { OptionsDialog } from "./_components/options-dialog";
import { PartnerDialog } from "./_components/partner-dialog";
import { PartnersTable } from "./_components/partners-table";
import { PlanGrid } from "./_components/plan-grid";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Budget");

/** The budget: options, partners' finance, the spending plan, its approval and the template. */
export default async function BudgetPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const [budget, options, partners, versions, difference] = await Promise.all([
    api.budget.get({ projectId }),
    api.budget.options({ projectId }),
    api.budget.partners({ projectId }),
    api.budget.versions({ projectId }),
    api.budget.difference({ projectId }),
  ]);
  const change = difference.difference;
  const v = budget.version;
  const template = `/api/projects/${projectId}/finance/budget/template`;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
            Budget
            {v === null ? (
              <Badge variant="outline">No budget yet</Badge>
            ) : v.status === "approved" ? (
              <Badge variant="success">Version {v.number}, approved</Badge>
            ) : (
              <Badge variant="warning">Version {v.number}, draft</Badge>
            )}
          </h1>
          <p className="text-sm text-muted-foreground">
            The spending plan per partner, cost category and reporting period
            {v?.approvedAt ? `, approved on ${formatDate(v.approvedAt)} and locked` : ""}. Flat-rate
            categories are computed, never typed. Project total: EUR{" "}
            {formatEuros(budget.totals.project)}
            {budget.lumpSumsTotal > 0 &&
              `, plus EUR ${formatEuros(budget.lumpSumsTotal)} of preparation lump sums`}
            .
          </p>
        </div>
        {budget.can.approve && (
          <ApproveBudget
            projectId={projectId}
            version={v?.version ?? 0}
            total={budget.totals.project}
          />
        )}
      </div>

      {versions.versions.length > 0 && (
        <SectionCard
          title="Budget versions"
          description={`Every version stays readable. Reports are compared with the version in force at the end of their period. Formal major changes so far: ${versions.majorChanges}.`}
        >
          <VersionsTable projectId={projectId} data={versions} />
          {versions.can.draftChange && (
            <div className="mt-4">
              <DraftChange projectId={projectId} />
            </div>
          )}
        </SectionCard>
      )}

      {change && (
        <SectionCard
          title={`Budget change: version ${change.draft.number} against version ${change.base.number}`}
          description={`Edit the draft in the spending plan below. Each partner may exceed its current budget by ${change.flexibilityPercent} % if others compensate; beyond that, or when the partnership total or its partners change, a formal major change is needed.`}
        >
          <DifferenceTable data={difference} />
          {difference.can.approve && (
            <div className="mt-4">
              <ApproveChange
                projectId={projectId}
                version={change.draft.version}
                number={change.draft.number}
                major={change.major.needed}
              />
            </div>
          )}
        </SectionCard>
      )}

      <SectionCard
        title="Budget options"
        description={`Thresholds on the money desk: amber below ${options.amberPercent} %, red below ${options.redPercent} % of the plan to date; each partner may exceed its own budget by ${options.flexibilityPercent} %.`}
      >
        <ul className="grid gap-1 text-sm">
          {options.categories
            .filter((c) => c.inUse)
            .map((c) => (
              <li key={c.category}>
                <span className="font-medium">{CATEGORY_LABELS[c.category]}</span>
                {c.flatRatePercent !== null && c.flatRateBase !== null
                  ? `: flat rate, ${c.flatRatePercent} % of ${CATEGORY_LABELS[c.flatRateBase].toLowerCase()}`
                  : ": real costs"}
              </li>
            ))}
        </ul>
        {options.categoriesLocked && (
          <p className="mt-2 text-sm text-muted-foreground">
            The budget is approved: its categories and flat rates are locked.
          </p>
        )}
        {options.can.edit && (
          <div className="mt-3">
            <OptionsDialog projectId={projectId} options={options} />
          </div>
        )}
      </SectionCard>

      <SectionCard
        title="Partners’ finance"
        description="Co-financing, the currency each partner declares in, its preparation lump sum, its contribution sources and the partnership agreement (only partners that signed it may report expenditure)."
      >
        <PartnersTable
          partners={partners.partners}
          statusLabels={LEGAL_STATUS_LABELS}
          edit={(p) =>
            partners.can.edit ? <PartnerDialog projectId={projectId} partner={p} /> : null
          }
        />
      </SectionCard>

      <SectionCard
        title="Spending plan"
        description="One partner at a time: real-cost categories per reporting period; flat rates and totals are computed when the plan is saved."
      >
        <PlanGrid projectId={projectId} budget={budget} />
      </SectionCard>

      <SectionCard title="Totals" description="Sums of the plan's lines, flat rates included.">
        <BudgetSummary budget={budget} />
      </SectionCard>

      <SectionCard
        title="Template"
        description="The plan as a spreadsheet: one row per partner and real-cost category, one column per period, filled with the current plan. Fill it in and import it to replace the whole draft."
      >
        <div className="flex flex-wrap gap-3">
          <ExportDownload href={`${template}?format=xlsx`} label="Excel (XLSX)" />
          <ExportDownload href={`${template}?format=csv`} label="CSV" />
        </div>
        {budget.can.edit && (
          <div className="mt-4">
            <ImportTemplate projectId={projectId} version={v?.version ?? 0} />
          </div>
        )}
      </SectionCard>
    </div>
  );
}
