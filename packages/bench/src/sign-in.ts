export const SESSION_COOKIE = "next-auth.session-token";

function cookiePairs(res: Response): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const header of res.headers.getSetCookie()) {
    const first = header.split(";")[0] ?? "";
    const eq = first.indexOf("=");
    if (eq > 0) pairs.set(first.slice(0, eq).trim(), first.slice(eq + 1).trim());
  }
  return pairs;
}

const cookieHeader = (pairs: Map<string, string>) =>
  [...pairs].map(([k, v]) => `${k}=${v}`).join("; ");

/**
 * Signs in the way the sign-in page does: CSRF token and cookie from /api/auth/csrf, then a
 * form POST to the credentials callback. Returns the Cookie header for authenticated calls
 * (only the session cookie; the server reads nothing else).
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf returned no csrfToken");
  const jar = cookiePairs(csrfRes);

  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: cookieHeader(jar),
    },
    body: new URLSearchParams({
      csrfToken,
      email,
      password,
      callbackUrl: `${baseUrl}/`,
      json: "true",
    }),
  });
  const session = cookiePairs(res).get(SESSION_COOKIE);
  if (!session) {
    const body = await res.text().catch(() => "");
    throw new Error(
      `Sign-in did not set ${SESSION_COOKIE} (status ${res.status}): ${body.slice(0, 300)}`,
    );
  }
  return `${SESSION_COOKIE}=${session}`;
}
