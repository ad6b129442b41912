import { appRouter, createRequestContext, getServerDeps, logger } from "@consortia/api";
import { clientAddress } from "@consortia/auth/forwarded";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { currentSessionId } from "@/server/auth";
import { checkMutationRequest } from "@/server/request-guards";

export const dynamic = "force-dynamic";

async function handler(req: Request) {
  const refused = checkMutationRequest(req);
  if (refused) return Response.json({ error: { message: refused } }, { status: 403 });
  const requestId = crypto.randomUUID();
  const deps = await getServerDeps();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    allowMethodOverride: false,
    createContext: async () =>
      createRequestContext(deps, {
        sessionId: await currentSessionId(),
        requestId,
        clientAddress: clientAddress(req.headers),
      }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        logger.error({ requestId, path, err: error.cause ?? error }, "tRPC error");
    },
    responseMeta() {
      return { headers: new Headers({ "Cache-Control": "no-store", "X-Request-Id": requestId }) };
    },
  });
}

export { handler as GET, handler as POST };
