import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { param, readParam } from "@/lib/search-params";
import { plansUrl, planUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { SNAPSHOT_TRANSITION_LABELS } from "../../_components/labels";
import { planById } from "../../_components/server-data";
import { DiffView } from "./diff-view";
import { SnapshotTable } from "./snapshot-table";

type Props = {
  params: Promise<{ projectId: string; planId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { projectId, planId } = await params;
  const plan = await planById(projectId, planId);
  return { title: `History of ${plan.title}` };
}

const number = (v: string | string[] | undefined) =>
  readParam(param.int(1, Number.MAX_SAFE_INTEGER), v) ?? null;

/** The comparison asked for, or by default the last two snapshots (or the last and now). */
function chosen(q: Record<string, string | string[] | undefined>, numbers: number[]) {
  const [newest, previous] = numbers;
  const from = number(q.from) ?? previous ?? newest ?? null;
  const to = q.to === "current" ? null : (number(q.to) ?? (previous ? (newest ?? null) : null));
  return { from, to };
}

/** The plan's snapshots, and what changed between two of them (or one and the text now). */
export default async function PlanHistoryPage({ params, searchParams }: Props) {
  const { projectId, planId } = await params;
  const q = await searchParams;
  const plan = await planById(projectId, planId);
  const numbers = plan.snapshots.map((s) => s.number);
  const { from, to } = chosen(q, numbers);
  let diff = null;
  let problem: string | null = null;
  if (from !== null) {
    try {
      const api = await serverApi();
      diff = await api.actionPlans.diff({ projectId, actionPlanId: plan.id, from, to });
    } catch (err) {
      if (!(err instanceof TRPCError) || err.code !== "BAD_REQUEST") throw err;
      problem = "There is no such snapshot to compare. Choose two from the lists.";
    }
  }
  const label = (n: number | null) => (n === null ? "the current text" : `snapshot ${n}`);
  const option = (s: (typeof plan.snapshots)[number]) =>
    `Snapshot ${s.number}: ${SNAPSHOT_TRANSITION_LABELS[s.transition] ?? s.transition}`;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        policyTabs={projectId}
        crumbs={[
          ["Action plans", plansUrl(projectId)],
          [plan.title, planUrl(projectId, plan.id)],
          ["History"],
        ]}
        title={
          <>
            History of <span lang={plan.language}>{plan.title}</span>
          </>
        }
        description={
          <>
            Each submission for review and each finalisation keeps an unchangeable snapshot of the
            whole plan.
          </>
        }
      />

      <section aria-labelledby="snapshots-heading" className="grid gap-3">
        <h2 id="snapshots-heading" className="text-lg font-semibold">
          Snapshots
        </h2>
        {plan.snapshots.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            None yet: the first is kept when the plan is submitted for review.
          </p>
        ) : (
          <SnapshotTable projectId={projectId} planId={plan.id} snapshots={plan.snapshots} />
        )}
      </section>

      {plan.snapshots.length > 0 && (
        <form
          method="get"
          aria-label="Compare versions"
          className="grid max-w-3xl gap-3 rounded-lg border p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
        >
          <div className="grid gap-1.5">
            <label htmlFor="diff-from" className="text-sm font-medium">
              From
            </label>
            <NativeSelect id="diff-from" name="from" defaultValue={from ?? undefined}>
              {plan.snapshots.map((s) => (
                <option key={s.id} value={s.number}>
                  {option(s)}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid gap-1.5">
            <label htmlFor="diff-to" className="text-sm font-medium">
              To
            </label>
            <NativeSelect id="diff-to" name="to" defaultValue={to ?? "current"}>
              <option value="current">The current text</option>
              {plan.snapshots.map((s) => (
                <option key={s.id} value={s.number}>
                  {option(s)}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button type="submit">Compare</Button>
        </form>
      )}

      {problem && <Alert variant="error">{problem}</Alert>}
      {diff && (
        <DiffView
          diff={diff}
          language={plan.language}
          heading={`Changes from ${label(from)} to ${label(to)}`}
        />
      )}
    </div>
  );
}
