import { handlePeriodReportExport } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string; period: string }> };

/** A period's consolidated progress report as PDF, XLSX, CSV (one table), JSON or a zip. */
export async function GET(req: Request, { params }: Params) {
  const { projectId, period } = await params;
  return withApiHeaders(
    await handlePeriodReportExport(await routeContext(req), projectId, period, req),
  );
}
