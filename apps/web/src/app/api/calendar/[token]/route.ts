import { getServerDeps, handleCalendarFeed } from "@consortia/api";
import { withApiHeaders } from "@/server/route-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

/** GET /api/calendar/<token>.ics — calendar apps call it without a session; the token is the key. */
export async function GET(_req: Request, { params }: Params) {
  const { token } = await params;
  return withApiHeaders(await handleCalendarFeed(await getServerDeps(), token));
}
