import "server-only";
import { createCaller, createRequestContext, getServerDeps } from "@consortia/api";
import { clientAddress } from "@consortia/auth/forwarded";
import { headers } from "next/headers";
import { cache } from "react";
import { currentSessionId } from "./auth";

/** The tRPC API called directly from server components: same procedures, same checks. */
export const serverApi = cache(async () => {
  const deps = await getServerDeps();
  // The session is read by the first procedure called, with its membership check.
  const ctx = createRequestContext(deps, {
    sessionId: await currentSessionId(),
    requestId: crypto.randomUUID(),
    clientAddress: clientAddress(await headers()),
  });
  return createCaller(ctx);
});
