import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readDbConfig } from "@consortia/db/config";
import { z } from "zod";

const schema = z.object({
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
});

export type AuthConfig = { secret: string; url: string; secureCookies: boolean };

let cached: AuthConfig | undefined;

const proxySchema = z.object({
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type ProxyConfig = {
  /**
   * How many reverse proxies of our own stand between the client and `next start`, each
   * appending to X-Forwarded-For. 0: the app is reached directly.
   */
  trustedProxyHops: number;
};

let cachedProxy: ProxyConfig | undefined;

/** Apart from readAuthConfig because the request proxy needs it without the session secret. */
export function readProxyConfig(env: NodeJS.ProcessEnv = process.env): ProxyConfig {
  if (cachedProxy) return cachedProxy;
  const parsed = proxySchema.parse({ TRUSTED_PROXY_HOPS: env.TRUSTED_PROXY_HOPS || undefined });
  cachedProxy = { trustedProxyHops: parsed.TRUSTED_PROXY_HOPS };
  return cachedProxy;
}

/**
 * NEXTAUTH_SECRET from the environment, or (for the embedded quick start) a random secret
 * created once and kept in the data folder, so sessions survive a restart.
 */
export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  if (cached) return cached;
  const parsed = schema.parse({
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET || undefined,
    NEXTAUTH_URL: env.NEXTAUTH_URL || undefined,
    PORT: env.PORT || undefined,
  });
  const url = parsed.NEXTAUTH_URL ?? `http://localhost:${parsed.PORT}`;
  // next-auth v4 reads the canonical URL from the environment itself.
  env.NEXTAUTH_URL = url;
  cached = {
    secret: parsed.NEXTAUTH_SECRET ?? localSecret(),
    url,
    secureCookies: url.startsWith("https://"),
  };
  return cached;
}

function localSecret(): string {
  const file = path.join(/*turbopackIgnore: true*/ readDbConfig().dataDir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return fs.readFileSync(file, "utf8").trim();
  }
}
