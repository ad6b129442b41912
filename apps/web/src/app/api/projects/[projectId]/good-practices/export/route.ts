import { handleGoodPracticeExport } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string }> };

/** The good-practice register as XLSX or CSV, in the programme's field order. */
export async function GET(req: Request, { params }: Params) {
  const { projectId } = await params;
  return withApiHeaders(await handleGoodPracticeExport(await routeContext(req), projectId, req));
}
