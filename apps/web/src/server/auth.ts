import "server-only";
import { getServerDeps } from "@consortia/api";
import { type Actor, readAuthConfig, resolveActor } from "@consortia/auth";
import { buildAuthOptions } from "@consortia/auth/next-auth";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= buildAuthOptions(async () => (await getServerDeps()).db, readAuthConfig());
  return options;
}

export function sessionCookieName(): string {
  return readAuthConfig().secureCookies
    ? "__Secure-next-auth.session-token"
    : "next-auth.session-token";
}

/** The session id inside the signed, encrypted next-auth cookie (null when absent or forged). */
export async function currentSessionId(): Promise<string | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  try {
    const jwt = await decode({ token, secret: readAuthConfig().secret });
    return typeof jwt?.sid === "string" ? jwt.sid : null;
  } catch {
    return null;
  }
}

/** The signed-in person, checked against the database on every request. */
export async function currentActor(): Promise<Actor | null> {
  const deps = await getServerDeps();
  return resolveActor(deps.db, await currentSessionId());
}
