import type { Db } from "@consortia/db";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import type { AuthConfig } from "./config";
import { clientAddress } from "./forwarded";
import { safeCallbackPath } from "./redirect";
import { revokeSession } from "./session";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Error text next-auth passes back to the sign-in form when the throttle refuses. */
export const THROTTLED_PREFIX = "throttled:";

type Headers = Record<string, string | string[] | undefined> | undefined;

export function buildAuthOptions(getDb: () => Promise<Db>, config: AuthConfig): NextAuthOptions {
  return {
    secret: config.secret,
    useSecureCookies: config.secureCookies,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const email = credentials?.email ?? "";
          const password = credentials?.password ?? "";
          if (!email || !password || email.length > 320 || password.length > 1024) return null;
          const headers = req?.headers as Headers;
          const result = await authenticate(await getDb(), {
            email,
            password,
            address: clientAddress(headers),
            userAgent: (headers?.["user-agent"] as string | undefined) ?? null,
          });
          if (result.ok) return { id: result.userId, sid: result.sessionId };
          if (result.reason === "throttled")
            throw new Error(`${THROTTLED_PREFIX}${result.retryAfterSeconds}`);
          return null;
        },
      }),
    ],
    callbacks: {
      // The URL next-auth answers after sign-in and sign-out: a path on this site, or home.
      async redirect({ url, baseUrl }) {
        const base = new URL(baseUrl);
        const sameSite = url.startsWith(`${base.origin}/`) ? url.slice(base.origin.length) : url;
        return `${base.origin}${safeCallbackPath(sameSite, "/")}`;
      },
      async jwt({ token, user }) {
        if (user && "sid" in user) token.sid = String(user.sid);
        return token;
      },
      // Only what the browser may know; the session id stays inside the HttpOnly cookie.
      async session({ session }) {
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(await getDb(), token.sid);
      },
    },
  };
}
