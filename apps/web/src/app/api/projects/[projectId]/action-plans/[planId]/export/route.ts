import { handleActionPlanExport } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string; planId: string }> };

/** An action plan (or one of its snapshots) as PDF, DOCX or XLSX in the programme's template. */
export async function GET(req: Request, { params }: Params) {
  const { projectId, planId } = await params;
  return withApiHeaders(
    await handleActionPlanExport(await routeContext(req), projectId, planId, req),
  );
}
