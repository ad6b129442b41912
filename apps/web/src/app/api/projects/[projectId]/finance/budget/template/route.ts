import { handleBudgetTemplate } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string }> };

/** The spending-plan template as XLSX (with instructions) or CSV, filled with the current plan. */
export async function GET(req: Request, { params }: Params) {
  const { projectId } = await params;
  return withApiHeaders(await handleBudgetTemplate(await routeContext(req), projectId, req));
}
