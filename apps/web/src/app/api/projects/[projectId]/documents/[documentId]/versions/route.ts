import { handleNewVersion } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string; documentId: string }> };

/** Upload a new version of a document. */
export async function POST(req: Request, { params }: Params) {
  const { projectId, documentId } = await params;
  return withApiHeaders(
    await handleNewVersion(await routeContext(req), projectId, documentId, req),
  );
}
