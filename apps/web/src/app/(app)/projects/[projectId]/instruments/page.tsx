import Link from "next/link";
import { PolicyTabs } from "@/components/policy-tabs";
import { Button } from "@/components/ui/button";
import { instrumentList } from "@/server/instruments";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { InstrumentsTable } from "./_components/instruments-table";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Policy instruments");

/** Every partner's policy instruments and how far their action plans are. */
export default async function InstrumentsPage({ params }: Props) {
  const { projectId } = await params;
  const [overview, rows] = await Promise.all([
    projectOverview(projectId),
    instrumentList(projectId),
  ]);
  const canAdd = overview.can.contribute;
  const covered = new Set(rows.map((r) => r.partnerId));
  const without = overview.partners.filter((p) => !covered.has(p.id));
  const regions = without.filter((p) => p.role !== "advisory");
  const advisory = without.filter((p) => p.role === "advisory");

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PolicyTabs projectId={projectId} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Policy instruments</h1>
          <p className="text-sm text-muted-foreground">
            The public policies each region wants to improve through the project: one main
            instrument per region, each with its action plan.
          </p>
        </div>
        {canAdd && (
          <Button asChild>
            <Link href={`/projects/${projectId}/instruments/new`}>Add a policy instrument</Link>
          </Button>
        )}
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        {rows.length} {rows.length === 1 ? "policy instrument" : "policy instruments"} addressed by{" "}
        {covered.size} {covered.size === 1 ? "partner" : "partners"}
      </p>
      {rows.length > 0 && <InstrumentsTable projectId={projectId} rows={rows} />}
      {(regions.length > 0 || advisory.length > 0) && (
        <section aria-labelledby="without-heading" className="grid gap-2 text-sm">
          <h2 id="without-heading" className="font-medium">
            Partners without a policy instrument
          </h2>
          {regions.length > 0 && (
            <p>
              <span className="text-muted-foreground">Not recorded yet: </span>
              {regions.map((p) => p.shortName).join(", ")}
            </p>
          )}
          {advisory.length > 0 && (
            <p>
              <span className="text-muted-foreground">
                Advisory partners, who need not address one:{" "}
              </span>
              {advisory.map((p) => p.shortName).join(", ")}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
