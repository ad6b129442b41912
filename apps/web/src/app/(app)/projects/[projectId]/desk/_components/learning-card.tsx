import type { RouterOutputs } from "@consortia/api/client";
import { LearningChart } from "@/components/learning-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { eventsHref, practicesHref } from "@/lib/list-filters";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";
import { TargetsDialog } from "./targets-dialog";

type Learning = RouterOutputs["desk"]["learning"];

const EVENTS = { name: "Events held", color: "#0f766e" };
const PRACTICES = { name: "Good practices counted", color: "#7c3aed" };

/**
 * Learning against the targets (events held, peer reviews, good practices that count), then
 * by kind and by partner. Every figure opens the events or practices behind it.
 */
export function LearningCard({
  projectId,
  learning: l,
  canSetTargets,
}: {
  projectId: string;
  learning: Learning;
  canSetTargets: boolean;
}) {
  const events = (f: Learning["events"]["filter"]) => eventsHref(projectId, f);
  const practices = (f: Learning["practices"]["filter"]) => practicesHref(projectId, f);
  const partners = l.byPartner.filter(
    (p) => p.eventsHosted.count > 0 || p.practicesCounted.count > 0,
  );
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <CardTitle>Learning against targets</CardTitle>
          <CardDescription>
            Events that have started by today, and good practices validated by the programme
            (published ones included).
          </CardDescription>
        </div>
        {canSetTargets && (
          <TargetsDialog projectId={projectId} targets={l.targets} version={l.targetsVersion} />
        )}
      </CardHeader>
      <CardContent className="grid min-w-0 gap-6">
        <LearningChart
          title="Against targets"
          rowHeader="Measure"
          series={[{ name: "Held or counted", color: "#0f766e" }]}
          rows={[
            {
              key: "events",
              label: "Learning events",
              values: [{ count: l.events.count, href: events(l.events.filter) }],
              target: l.targets.events,
            },
            {
              key: "peer-reviews",
              label: "Peer reviews",
              values: [{ count: l.peerReviews.count, href: events(l.peerReviews.filter) }],
              target: l.targets.peerReviews,
            },
            {
              key: "practices",
              label: "Good practices",
              values: [{ count: l.practices.count, href: practices(l.practices.filter) }],
              target: l.targets.practices,
            },
          ]}
        />
        <div className="grid min-w-0 gap-6 lg:grid-cols-2">
          <section aria-labelledby="learning-by-kind" className="grid min-w-0 gap-2">
            <h3 id="learning-by-kind" className="font-medium">
              Events by kind
            </h3>
            <LearningChart
              title="Events by kind"
              rowHeader="Kind"
              series={[EVENTS]}
              rows={l.byKind.map((k) => ({
                key: k.kind,
                label: EVENT_KIND_LABELS[k.kind],
                values: [{ count: k.count, href: events(k.filter) }],
              }))}
            />
          </section>
          <section aria-labelledby="learning-by-partner" className="grid min-w-0 gap-2">
            <h3 id="learning-by-partner" className="font-medium">
              By partner
            </h3>
            {partners.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                No events held or practices counted yet.
              </p>
            ) : (
              <LearningChart
                title="Learning by partner"
                rowHeader="Partner"
                series={[{ ...EVENTS, name: "Events hosted" }, PRACTICES]}
                rows={partners.map((p) => ({
                  key: p.partnerId,
                  label: p.shortName,
                  values: [
                    { count: p.eventsHosted.count, href: events(p.eventsHosted.filter) },
                    { count: p.practicesCounted.count, href: practices(p.practicesCounted.filter) },
                  ],
                }))}
              />
            )}
          </section>
        </div>
      </CardContent>
    </Card>
  );
}
