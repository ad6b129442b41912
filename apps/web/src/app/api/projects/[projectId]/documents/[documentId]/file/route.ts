import { handleDownload } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string; documentId: string }> };

/** Download (or preview) a document's current or chosen version. */
export async function GET(req: Request, { params }: Params) {
  const { projectId, documentId } = await params;
  return withApiHeaders(await handleDownload(await routeContext(req), projectId, documentId, req));
}
