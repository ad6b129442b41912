import { isIP } from "node:net";
import { readProxyConfig } from "./config";

/**
 * Who is asking, and which site they think they are on, from a request's headers.
 *
 * `next start` fills in X-Forwarded-For, -Host, -Proto and -Port from the socket only when
 * the request has none; it never appends. So when the app is reached directly
 * (TRUSTED_PROXY_HOPS=0) every X-Forwarded-* header a client sends reaches the handlers
 * as the client wrote it: the request proxy drops them (`dropForwardedHeaders`) and Next
 * then writes the socket's own values. Behind N proxies of our own, each appends the
 * address of whoever connected to it, so the client is the N-th entry from the right; what
 * stands further left was written by the client and is never read.
 */

type HeaderRecord = Record<string, string | string[] | undefined>;
/** Fetch Headers, Next's headers(), or the plain object next-auth hands to `authorize`. */
type HeaderSource = Pick<Headers, "get"> | HeaderRecord | undefined;

const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof headers.get === "function")
    return (headers as Pick<Headers, "get">).get(name) ?? undefined;
  const v = (headers as HeaderRecord)[name];
  return Array.isArray(v) ? v.join(",") : v;
}

/** The comma-separated entries of a header; a repeated header counts as one list. */
function entries(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
}

/** The entry `n` from the right (1 = rightmost); the leftmost when the chain is shorter. */
function fromRight(list: string[], n: number): string | undefined {
  return list[Math.max(list.length - n, 0)];
}

/** For the request proxy: with no proxy of ours in front, no X-Forwarded-* header is ours. */
export function dropForwardedHeaders(
  headers: Headers,
  hops = readProxyConfig().trustedProxyHops,
): void {
  if (hops > 0) return;
  for (const name of FORWARDED) headers.delete(name);
}

/**
 * The client's address, as the key the throttles count by: IPv4 as is (also when mapped into
 * IPv6), IPv6 cut to its /64 (one customer's network hands out any address within it).
 */
export function clientAddress(
  headers: HeaderSource,
  hops = readProxyConfig().trustedProxyHops,
): string {
  const entry = fromRight(entries(header(headers, "x-forwarded-for")), Math.max(hops, 1));
  return entry ? addressKey(entry) : "unknown";
}

/** Normalises one X-Forwarded-For entry; exported for tests. */
export function addressKey(entry: string): string {
  let a = entry.trim();
  const bracketed = a.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed?.[1]) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.replace(/%.*$/, "");
  if (isIP(a) === 4) return a;
  if (isIP(a) !== 6) return entry.trim().slice(0, 100);
  const parts = ipv6Parts(a);
  if (parts.slice(0, 5).every((p) => p === 0) && parts[5] === 0xffff) {
    const [hi = 0, lo = 0] = parts.slice(6);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  }
  return `${parts
    .slice(0, 4)
    .map((p) => p.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address. */
function ipv6Parts(address: string): number[] {
  // The URL parser writes any IPv6 form (embedded IPv4 included) as at most 8 hex groups.
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [left = "", right] = canonical.split("::");
  const hex = (s: string) => (s ? s.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const head = hex(left);
  const tail = right === undefined ? [] : hex(right);
  return [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/**
 * True when a state-changing request comes from one of our own pages: its Origin names this
 * site (or, without Origin, the browser says Sec-Fetch-Site: same-origin). The site is the
 * Host header, or with proxies of ours in front what the nearest one wrote in
 * X-Forwarded-Host and X-Forwarded-Proto.
 */
export function isSameOrigin(
  headers: HeaderSource,
  hops = readProxyConfig().trustedProxyHops,
): boolean {
  const origin = header(headers, "origin");
  if (!origin) return header(headers, "sec-fetch-site") === "same-origin";
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host =
    (hops > 0 ? fromRight(entries(header(headers, "x-forwarded-host")), 1) : undefined) ??
    header(headers, "host");
  if (!host || url.host !== host.toLowerCase()) return false;
  const proto = hops > 0 ? fromRight(entries(header(headers, "x-forwarded-proto")), 1) : undefined;
  return !proto || url.protocol === `${proto.toLowerCase()}:`;
}
