import { handleExpenditureTemplate } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string }> };

/** The empty layout of a bulk import of expenditure, as XLSX or CSV. */
export async function GET(req: Request, { params }: Params) {
  const { projectId } = await params;
  return withApiHeaders(await handleExpenditureTemplate(await routeContext(req), projectId, req));
}
