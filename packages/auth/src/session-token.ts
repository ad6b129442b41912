import { decode as decodeJwt, type JWT, type JWTDecodeParams } from "next-auth/jwt";

type Decode = (params: JWTDecodeParams) => Promise<JWT | null>;

type Decoded = { sid: string | null; expiresAt: number };

/** Enough for every session a busy server sees in a few minutes; the oldest go first. */
const MAX_REMEMBERED = 2000;
/** jose accepts a token this long after its `exp`, as next-auth's decode asks it to. */
const CLOCK_TOLERANCE_MS = 15_000;

/**
 * Reads the session id out of the next-auth session cookie (a JWE). Decrypting it derives the
 * key from the secret (HKDF) and decrypts, on every request, for a cookie that comes back
 * unchanged with each of the session's requests: so each process remembers what a cookie it
 * has decrypted once says — its session id and its expiry, nothing else. That is a property
 * of the bytes alone (a forged or altered cookie never decrypts, and is not remembered); an
 * expired cookie is refused as the decryption would refuse it. Whether the session is still
 * live is not remembered: the database is asked on every request (resolveActor).
 */
export function createSessionTokenReader(
  secret: string,
  opts: { decode?: Decode; now?: () => number } = {},
) {
  const decode = opts.decode ?? decodeJwt;
  const now = opts.now ?? Date.now;
  const remembered = new Map<string, Decoded>();

  return async function sessionIdOf(token: string | undefined): Promise<string | null> {
    if (!token) return null;
    const known = remembered.get(token);
    if (known) {
      if (now() <= known.expiresAt) return known.sid;
      remembered.delete(token);
      return null;
    }
    let jwt: JWT | null;
    try {
      jwt = await decode({ token, secret });
    } catch {
      return null;
    }
    const sid = typeof jwt?.sid === "string" ? jwt.sid : null;
    if (jwt && typeof jwt.exp === "number") {
      if (remembered.size >= MAX_REMEMBERED) {
        const oldest = remembered.keys().next();
        if (!oldest.done) remembered.delete(oldest.value);
      }
      remembered.set(token, { sid, expiresAt: jwt.exp * 1000 + CLOCK_TOLERANCE_MS });
    }
    return sid;
  };
}
