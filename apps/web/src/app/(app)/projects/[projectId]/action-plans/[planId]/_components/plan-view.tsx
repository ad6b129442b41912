"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { INSTRUMENT_TYPE_LABELS } from "@consortia/api/schemas";
import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/lib/errors";
import { TERRITORIAL_LEVEL_LABELS } from "@/lib/policy-labels";
import { useTRPC } from "@/trpc/react";
import type { Plan } from "./action-values";
import { ActionsList } from "./actions-list";
import { PlanHeader } from "./plan-header";
import { PlanSection } from "./plan-section";

type Threads = RouterOutputs["planComments"]["list"];

/** The policy instrument the plan improves, as Part II of the template describes it. */
function InstrumentFacts({ plan }: { plan: Plan }) {
  const i = plan.instrument;
  const facts: Array<[string, string]> = [
    ["Policy instrument", i.name],
    ["Type", INSTRUMENT_TYPE_LABELS[i.instrumentType]],
    ["Managing authority", i.managingAuthority || "Not given"],
    ["Territorial level", TERRITORIAL_LEVEL_LABELS[i.territorialLevel]],
    ["Managed by the partner", i.managedByPartner ? "Yes" : "No"],
  ];
  return (
    <div className="grid gap-2 border-t pt-4">
      <h3 className="text-sm font-semibold">The policy instrument addressed</h3>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="grid gap-0.5">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
        <div className="grid gap-0.5 sm:col-span-2">
          <dt className="text-muted-foreground">Short description</dt>
          <dd className="whitespace-pre-line break-words">{i.description || "Not given"}</dd>
        </div>
        <div className="grid gap-0.5 sm:col-span-2">
          <dt className="text-muted-foreground">Baseline: what is missing today</dt>
          <dd className="whitespace-pre-line break-words">{i.baseline || "Not given"}</dd>
        </div>
      </dl>
    </div>
  );
}

/**
 * The whole action plan, kept current in the browser: every change reads the plan and its
 * comments again, so the version a save names is always the one on screen.
 */
export function PlanView({
  projectId,
  initialPlan,
  initialComments,
}: {
  projectId: string;
  initialPlan: Plan;
  initialComments: Threads;
}) {
  const trpc = useTRPC();
  const actionPlanId = initialPlan.id;
  const planQuery = useQuery(
    trpc.actionPlans.get.queryOptions({ projectId, actionPlanId }, { initialData: initialPlan }),
  );
  const commentsQuery = useQuery(
    trpc.planComments.list.queryOptions(
      { projectId, actionPlanId },
      { initialData: initialComments },
    ),
  );
  const plan = planQuery.data;
  const threads = commentsQuery.data;
  const of = (section: string) => threads.filter((t) => t.section === section);
  const error = planQuery.error ?? commentsQuery.error;

  return (
    <div className="grid min-w-0 gap-6">
      <PlanHeader projectId={projectId} plan={plan} />
      {error && (
        <Alert variant="error">
          {describeError(error).message} What is shown may be out of date; reload the page.
        </Alert>
      )}
      <PlanSection
        projectId={projectId}
        plan={plan}
        part="Part I"
        title="General information"
        section="general_information"
        original="generalInformation"
        summary="generalInformationEn"
        threads={of("general_information")}
      />
      <PlanSection
        projectId={projectId}
        plan={plan}
        part="Part II"
        title="Policy context"
        section="policy_context"
        original="policyContext"
        summary="policyContextEn"
        threads={of("policy_context")}
      >
        <InstrumentFacts plan={plan} />
      </PlanSection>
      <PlanSection
        projectId={projectId}
        plan={plan}
        part="Part III"
        title="Actions"
        section="actions"
        original={null}
        summary="actionsSummaryEn"
        threads={of("actions")}
      >
        <div className="border-t pt-4">
          <ActionsList projectId={projectId} plan={plan} threads={of("action")} />
        </div>
      </PlanSection>
    </div>
  );
}
