/**
 * Where to go after signing in, from a `callbackUrl` anyone can put in a link. Browsers read
 * `\` as `/`, drop tabs and newlines anywhere in a URL and follow `//host` to another site,
 * and some layer may decode the path once more before it is followed; so a value is kept only
 * when it is, in every decoding, a plain path on this site. Nothing here may import Node code:
 * the sign-in form shares it.
 */

/** Controls and backslashes; before decoding also any blank, which browsers strip or rewrite. */
function hasUnsafeChar(s: string, decoded: boolean): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || c === 0x7f || ch === "\\") return true;
    if (decoded) continue;
    if (/\s/.test(ch) || (c >= 0x80 && c <= 0xa0) || (c >= 0x200b && c <= 0x200f)) return true;
  }
  return false;
}

const BASE = "http://consortia.invalid";

export function safeCallbackPath(raw: unknown, fallback: string): string {
  if (typeof raw !== "string" || raw.length > 2048) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || hasUnsafeChar(raw, false)) return fallback;
  let decoded = raw;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    // A second slash or a blank right after the first would make `//host` once decoded.
    if (hasUnsafeChar(next, true) || /^\/[\s/]/.test(next)) return fallback;
    if (next === decoded) break;
    decoded = next;
  }
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Dot segments can still collapse into `//host` ("/.//evil"): judge the resolved path too.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
