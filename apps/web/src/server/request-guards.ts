import { isSameOrigin } from "@consortia/auth/forwarded";

/**
 * Mutations only from our own pages: a POST must carry JSON and come from the same origin
 * (Origin header, or Sec-Fetch-Site for browsers that omit Origin; X-Forwarded-Host only
 * from a trusted proxy, see `isSameOrigin`). Anything else is refused before the API.
 */
export function checkMutationRequest(req: Request): string | null {
  if (req.method !== "POST") return null;
  const contentType = req.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json"))
    return "Requests must be sent as JSON";
  return isSameOrigin(req.headers) ? null : "Cross-site request refused";
}
