import "server-only";
import { getServerDeps } from "@consortia/api";
import { type Actor, readAuthConfig, resolveActor } from "@consortia/auth";
import { buildAuthOptions } from "@consortia/auth/next-auth";
import { createSessionTokenReader } from "@consortia/auth/session-token";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";

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

let readSessionToken: ReturnType<typeof createSessionTokenReader> | undefined;

/**
 * The session id inside the signed, encrypted next-auth cookie (null when absent, forged or
 * expired). A cookie is decrypted once per process (see createSessionTokenReader); the
 * session itself is checked against the database on every request.
 */
export async function currentSessionId(): Promise<string | null> {
  readSessionToken ??= createSessionTokenReader(readAuthConfig().secret);
  return readSessionToken((await cookies()).get(sessionCookieName())?.value);
}

/** The signed-in person, checked against the database on every request. */
export async function currentActor(): Promise<Actor | null> {
  const deps = await getServerDeps();
  return resolveActor(deps.db, await currentSessionId());
}
