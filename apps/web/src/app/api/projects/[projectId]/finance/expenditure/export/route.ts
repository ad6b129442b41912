import { handleExpenditureExport } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string }> };

/**
 * A partner's list of expenditure for a period (?partnerId=&period=&format=xlsx|csv), in the
 * column order of the programme's form, as the caller may see it.
 */
export async function GET(req: Request, { params }: Params) {
  const { projectId } = await params;
  return withApiHeaders(await handleExpenditureExport(await routeContext(req), projectId, req));
}
