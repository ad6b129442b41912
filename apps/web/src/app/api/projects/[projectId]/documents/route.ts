import { handleUpload } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string }> };

/** Upload a new document: the body is the file's bytes, streamed to storage. */
export async function POST(req: Request, { params }: Params) {
  const { projectId } = await params;
  return withApiHeaders(await handleUpload(await routeContext(req), projectId, req));
}
