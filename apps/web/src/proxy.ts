import { dropForwardedHeaders } from "@consortia/auth/forwarded";
import { type NextRequest, NextResponse } from "next/server";

/**
 * A fresh nonce per request for a strict Content-Security-Policy (Next.js reads it from the
 * request header to mark its own scripts). Pages are rendered dynamically anyway: they all
 * depend on who is signed in.
 *
 * Without a trusted proxy in front, the client's own X-Forwarded-* headers are dropped here;
 * Next's server then writes the socket's address, host and scheme in their place, which is
 * what the sign-in throttle and the same-origin checks read (`@consortia/auth/forwarded`).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  dropForwardedHeaders(requestHeaders);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // File routes set their own, stricter policy (see server/route-context.ts), and stream
  // bodies a proxy would buffer; none of them decides anything by the client's address.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/projects/).*)" }],
};
