import "server-only";
import { type Context, createContext, getServerDeps } from "@consortia/api";
import { clientAddress } from "@consortia/auth/forwarded";
import { currentSessionId } from "./auth";

/**
 * The API context for a file route handler (uploads, downloads, zips): the same session
 * check as tRPC; the handlers in @consortia/api do the project and visibility checks.
 */
export async function routeContext(req: Request): Promise<Context> {
  return createContext(await getServerDeps(), {
    sessionId: await currentSessionId(),
    requestId: crypto.randomUUID(),
    clientAddress: clientAddress(req.headers),
  });
}

/** File routes answer JSON errors or bytes; neither may run as a page. */
export function withApiHeaders(res: Response): Response {
  if (!res.headers.has("Content-Security-Policy"))
    res.headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  return res;
}
