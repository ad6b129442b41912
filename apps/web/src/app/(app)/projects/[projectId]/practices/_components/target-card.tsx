import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { practicesHref } from "@/lib/list-filters";
import { serverApi } from "@/server/api";
import { TargetChart } from "./target-chart";

/** The project-home card: validated good practices against the target, by partner and theme. */
export async function PracticeTargetCard({ projectId }: { projectId: string }) {
  const api = await serverApi();
  const progress = await api.goodPractices.progress({ projectId });
  const { validated, target } = progress;
  const share = target > 0 ? Math.min(100, Math.round((validated / target) * 100)) : 100;
  const href = (f: Parameters<typeof practicesHref>[1]) => practicesHref(projectId, f);
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <div className="grid gap-1">
          <CardTitle>Good practices against the target</CardTitle>
          <CardDescription>
            Practices validated by the programme count toward the project's target.
          </CardDescription>
        </div>
        <Link
          href={href({})}
          className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
        >
          Good-practice register <ArrowRight className="size-4" aria-hidden />
        </Link>
      </CardHeader>
      <CardContent className="grid min-w-0 gap-6">
        <div className="grid gap-2">
          <p className="text-sm">
            <span className="text-2xl font-semibold tabular-nums">{validated}</span> of{" "}
            <span className="tabular-nums">{target}</span> validated
            {progress.remaining > 0 ? ` · ${progress.remaining} to go` : " · target reached"}
          </p>
          <div aria-hidden="true" className="h-3 w-full overflow-hidden rounded-full bg-muted">
            <div className="h-full bg-[#0f766e]" style={{ width: `${share}%` }} />
          </div>
        </div>
        <div className="grid min-w-0 gap-6 lg:grid-cols-2">
          <section aria-labelledby="target-by-partner" className="grid min-w-0 gap-2">
            <h3 id="target-by-partner" className="font-medium">
              By partner
            </h3>
            <TargetChart
              title="By partner"
              rows={progress.byPartner
                .filter((p) => p.total > 0)
                .map((p) => ({
                  key: p.partnerId,
                  label: p.partnerName,
                  validated: p.validated,
                  pending: p.pending,
                  validatedHref: href({ owner: p.partnerId, counted: true }),
                  allHref: href({ owner: p.partnerId }),
                }))}
            />
          </section>
          <section aria-labelledby="target-by-theme" className="grid min-w-0 gap-2">
            <h3 id="target-by-theme" className="font-medium">
              By theme
            </h3>
            <TargetChart
              title="By theme"
              rows={progress.byTheme.slice(0, 10).map((t) => ({
                key: t.theme,
                label: t.theme,
                validated: t.validated,
                pending: t.pending,
                validatedHref: href({ theme: t.theme, counted: true }),
                allHref: href({ theme: t.theme }),
              }))}
            />
          </section>
        </div>
      </CardContent>
    </Card>
  );
}
