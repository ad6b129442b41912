import { handleZip } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string }> };

/** A folder or a selection of documents as one zip, streamed. */
export async function GET(req: Request, { params }: Params) {
  const { projectId } = await params;
  return withApiHeaders(await handleZip(await routeContext(req), projectId, req));
}
