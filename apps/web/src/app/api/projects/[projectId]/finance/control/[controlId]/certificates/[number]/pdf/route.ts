import { handleControlCertificatePdf } from "@consortia/api";
import { routeContext, withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ projectId: string; controlId: string; number: string }> };

/** The control report and certificate N of a control as PDF (the reader's view applied). */
export async function GET(req: Request, { params }: Params) {
  const { projectId, controlId, number } = await params;
  return withApiHeaders(
    await handleControlCertificatePdf(await routeContext(req), projectId, controlId, number, req),
  );
}
