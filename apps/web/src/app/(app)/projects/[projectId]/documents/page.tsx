import { LANGUAGES } from "@consortia/api/schemas";
import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { Library } from "./_library/library";
import { LibraryHeader } from "./_library/library-header";
import { listInput, readParams, type Viewer } from "./_library/params";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Documents");

/** The partnership's library: folders, filters, uploads, zip downloads and the trash. */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const query = readParams(await searchParams);
  const api = await serverApi();
  const [overview, facets, list] = await Promise.all([
    projectOverview(projectId),
    api.documents.facets({ projectId }),
    api.documents.list(listInput(projectId, query)).catch((err: unknown) => {
      // A folder that does not exist, or that the caller may not see, is a message, not a crash.
      if (err instanceof TRPCError && err.code === "NOT_FOUND" && query.folder) return null;
      if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST"))
        notFound();
      throw err;
    }),
  ]);
  const viewer: Viewer = {
    actForAnyPartner: overview.can.actForAnyPartner,
    canContribute: overview.can.contribute,
    partnerId: overview.myPartnerId,
  };

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <LibraryHeader projectId={projectId} canOpenTrash={overview.can.manageProject} />
      {list ? (
        <Library
          projectId={projectId}
          acronym={overview.project.acronym}
          params={query}
          initialList={list}
          initialFacets={facets}
          viewer={viewer}
          partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
          languages={LANGUAGES}
        />
      ) : (
        <Alert variant="error">
          This folder does not exist or was deleted.{" "}
          <Link href={`/projects/${projectId}/documents`} className="font-medium underline">
            Back to all documents
          </Link>
        </Alert>
      )}
    </div>
  );
}
