/**
 * Mutations only from our own pages: a POST must carry JSON and come from the same origin
 * (Origin header, or Sec-Fetch-Site for browsers that omit Origin). Anything else is refused
 * before it reaches the API.
 */
export function checkMutationRequest(req: Request): string | null {
  if (req.method !== "POST") return null;
  const contentType = req.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json"))
    return "Requests must be sent as JSON";
  const origin = req.headers.get("origin");
  if (origin) {
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    try {
      if (new URL(origin).host !== host) return "Cross-site request refused";
    } catch {
      return "Cross-site request refused";
    }
    return null;
  }
  return req.headers.get("sec-fetch-site") === "same-origin" ? null : "Cross-site request refused";
}
