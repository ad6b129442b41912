import { type PracticeFilter, practicesHref } from "@/lib/list-filters";
import { serverApi } from "@/server/api";
import { HomeCard } from "./home-card";
import { TargetChart } from "./target-chart";

/** The project-home card: validated good practices against the target, by partner and theme. */
export async function PracticeTargetCard({ projectId }: { projectId: string }) {
  const api = await serverApi();
  const progress = await api.goodPractices.progress({ projectId });
  const { validated, target } = progress;
  const share =
    target === null ? 0 : target > 0 ? Math.min(100, Math.round((validated / target) * 100)) : 100;
  const href = (f: PracticeFilter) => practicesHref(projectId, f);
  const groups = [
    {
      id: "target-by-partner",
      title: "By partner",
      rows: progress.byPartner
        .filter((p) => p.total > 0)
        .map((p) => ({
          key: p.partnerId,
          label: p.partnerName,
          ...p,
          filter: { owner: p.partnerId },
        })),
    },
    {
      id: "target-by-theme",
      title: "By theme",
      rows: progress.byTheme
        .slice(0, 10)
        .map((t) => ({ ...t, key: t.theme, label: t.theme, filter: { theme: t.theme } })),
    },
  ];
  return (
    <HomeCard
      title="Good practices against the target"
      description="Practices validated by the programme count toward the project's target."
      links={[{ href: href({}), label: "Good-practice register" }]}
      className="grid min-w-0 gap-6"
    >
      <div className="grid gap-2">
        <p className="text-sm">
          <span className="text-2xl font-semibold tabular-nums">{validated}</span>
          {target === null ? (
            " validated · no target in the indicator catalogue"
          ) : (
            <>
              {" "}
              of <span className="tabular-nums">{target}</span> validated
              {progress.remaining ? ` · ${progress.remaining} to go` : " · target reached"}
            </>
          )}
        </p>
        <div aria-hidden="true" className="h-3 w-full overflow-hidden rounded-full bg-muted">
          <div className="h-full bg-[#0f766e]" style={{ width: `${share}%` }} />
        </div>
      </div>
      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        {groups.map((g) => (
          <section key={g.id} aria-labelledby={g.id} className="grid min-w-0 gap-2">
            <h3 id={g.id} className="font-medium">
              {g.title}
            </h3>
            <TargetChart
              title={g.title}
              rows={g.rows.map((r) => ({
                key: r.key,
                label: r.label,
                validated: r.validated,
                pending: r.pending,
                validatedHref: href({ ...r.filter, counted: true }),
                allHref: href(r.filter),
              }))}
            />
          </section>
        ))}
      </div>
    </HomeCard>
  );
}
