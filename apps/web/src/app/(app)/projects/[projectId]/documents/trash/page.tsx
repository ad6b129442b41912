import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { libraryUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { type TrashItem, TrashTable } from "./trash-table";

const DAY = 86_400_000;

type Params = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Trash");

/** Documents moved to the trash: lead coordinators restore them or delete them for good. */
export default async function TrashPage({ params }: Params) {
  const { projectId } = await params;
  const overview = await projectOverview(projectId);
  // Others never learn the page exists; the API refuses them as well.
  if (!overview.can.manageProject) notFound();
  const api = await serverApi();
  const rows = await orNotFound(api.documents.trashList({ projectId }), { forbidden: true });
  const now = Date.now();
  const items: TrashItem[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    fileName: r.fileName,
    size: r.size,
    ownerPartnerName: r.ownerPartnerName,
    deletedAt: r.deletedAt as Date,
    deletedByName: r.deletedByName,
    purgeAfter: r.purgeAfter,
    daysLeft: Math.max(0, Math.ceil((r.purgeAfter.getTime() - now) / DAY)),
  }));

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-3">
        <Breadcrumb
          items={[{ label: "Documents", href: libraryUrl(projectId) }, { label: "Trash" }]}
        />
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Trash</h1>
          <p className="text-sm text-muted-foreground">
            Documents stay here for 30 days after someone moves them to the trash; then they are
            deleted for good with all their versions. Restoring puts a document back in its folder,
            or at the top of the library if its folder is gone.
          </p>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="rounded-lg border bg-background p-6 text-sm text-muted-foreground">
          The trash is empty.
        </p>
      ) : (
        <TrashTable projectId={projectId} items={items} />
      )}
    </div>
  );
}
