import { handleFinancialReportPdf } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string; period: string; partnerId: string }> };

/** A partner's financial report of a period (or its submitted version N) as PDF. */
export async function GET(req: Request, { params }: Params) {
  const { projectId, period, partnerId } = await params;
  return withApiHeaders(
    await handleFinancialReportPdf(await routeContext(req), projectId, period, partnerId, req),
  );
}
