import { TRPCError } from "@trpc/server";
import { Plus } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deliverablesHref, readDeliverableFilter } from "@/lib/list-filters";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { DeliverableFilters } from "./_components/deliverable-filters";
import { DeliverablesTable } from "./_components/deliverables-table";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Deliverables");

/** Every deliverable and output of the work plan, filtered through the address. */
export default async function DeliverablesPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const filter = readDeliverableFilter(await searchParams);
  const api = await serverApi();
  const [overview, rows, workPackages, periods] = await Promise.all([
    projectOverview(projectId),
    api.deliverables.list({ projectId, ...filter }).catch((err: unknown) => {
      // Dates the wrong way round are a message beside the filters, not a missing page.
      if (err instanceof TRPCError && err.code === "BAD_REQUEST") return null;
      throw err;
    }),
    api.workPackages.list({ projectId }),
    api.projects.periods({ projectId }),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const filtered = Object.keys(filter).length > 0;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Deliverables</h1>
          <p className="text-sm text-muted-foreground">
            Deliverables and outputs of the work plan, by due date. Filter by status, work package,
            responsible partner or reporting period.
          </p>
        </div>
        {overview.can.manageWorkPlan && (
          <Button asChild>
            <Link
              href={`/projects/${projectId}/deliverables/new${filter.workPackageId ? `?wp=${filter.workPackageId}` : ""}`}
            >
              <Plus aria-hidden /> New deliverable
            </Link>
          </Button>
        )}
      </div>
      <DeliverableFilters
        projectId={projectId}
        filter={filter}
        today={today}
        workPackages={workPackages.map((w) => ({ id: w.id, label: `WP${w.number} ${w.title}` }))}
        partners={overview.partners.map((p) => ({ id: p.id, label: p.name }))}
        periods={periods.periods.map((p) => ({
          id: String(p.number),
          label: `Period ${p.number} (${p.start} – ${p.end})`,
        }))}
      />
      {filter.ids && (
        <Alert>
          Showing the {filter.ids.length} deliverables behind a figure on the desk.{" "}
          <Link href={deliverablesHref(projectId, {})} className="font-medium underline">
            Show all deliverables
          </Link>
        </Alert>
      )}
      {rows === null ? (
        <Alert variant="error">
          “Due from” must not be after “Due until”. Change the dates and apply the filters again.
        </Alert>
      ) : (
        <>
          <p role="status" className="text-sm text-muted-foreground">
            {rows.length} {rows.length === 1 ? "deliverable" : "deliverables"}
            {filtered ? " match these filters" : ""}
          </p>
          {rows.length > 0 && <DeliverablesTable projectId={projectId} rows={rows} />}
        </>
      )}
    </div>
  );
}
