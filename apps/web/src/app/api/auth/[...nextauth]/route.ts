import { getServerDeps } from "@consortia/api";
import { checkLoginThrottle, clientAddress } from "@consortia/auth";
import NextAuth from "next-auth";
import { authOptions } from "@/server/auth";

export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function minutes(seconds: number) {
  const m = Math.ceil(seconds / 60);
  return m === 1 ? "1 minute" : `${m} minutes`;
}

/**
 * Throttled sign-ins are answered here with 429 and Retry-After, before next-auth sees them
 * (next-auth's Credentials flow cannot set a status or a header of its own).
 */
async function handler(req: Request, ctx: RouteContext) {
  const { nextauth } = await ctx.params;
  if (req.method === "POST" && nextauth.join("/") === "callback/credentials") {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "").slice(0, 320);
    const verdict = await checkLoginThrottle((await getServerDeps()).db, {
      email,
      address: clientAddress(req.headers),
    });
    if (!verdict.allowed) {
      return Response.json(
        {
          error: "throttled",
          message: `Too many sign-in attempts. For your security, wait ${minutes(verdict.retryAfterSeconds)} and try again.`,
          retryAfterSeconds: verdict.retryAfterSeconds,
        },
        { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
      );
    }
  }
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
