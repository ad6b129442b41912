import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import type { CapturedMail } from "./mail-sink";

export const DEMO_PASSWORD = "medtech-demo-2026";
export const DEMO_ACRONYM = "MEDTECH-S3";
export const SESSION_COOKIE = "next-auth.session-token";

export const baseUrl = (): string => inject("baseUrl");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium (or CHROMIUM_PATH); playwright gives each context a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the form and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Calls a tRPC procedure from inside the page, exactly as the app's own client would. */
export async function trpcFromPage<T>(
  page: Page,
  path: string,
  input?: unknown,
): Promise<{ status: number; data: T | undefined; body: unknown }> {
  return page.evaluate(
    async ({ path, input }) => {
      const res =
        input === undefined
          ? await fetch(`/api/trpc/${path}`)
          : await fetch(`/api/trpc/${path}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ json: input }),
            });
      const body = (await res.json().catch(() => null)) as {
        result?: { data?: { json?: unknown } };
      } | null;
      return { status: res.status, data: body?.result?.data?.json as T | undefined, body };
    },
    { path, input },
  );
}

/** The demo project's id, as the signed-in person in `page` sees it. */
export async function demoProjectId(page: Page): Promise<string> {
  const res = await trpcFromPage<Array<{ id: string; acronym: string }>>(page, "projects.mine");
  const project = res.data?.find((p) => p.acronym === DEMO_ACRONYM);
  if (!project) throw new Error(`projects.mine has no ${DEMO_ACRONYM}: ${JSON.stringify(res)}`);
  return project.id;
}

/** Waits until the mail sink has received a message for `to`. */
export async function waitForMail(to: string, timeoutMs = 30_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  const address = to.toLowerCase();
  while (Date.now() < deadline) {
    const res = await fetch(`${inject("mailUrl")}/messages`);
    const messages = (await res.json()) as CapturedMail[];
    const found = messages.find((m) => m.to.includes(address));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No mail to ${to} arrived within ${timeoutMs / 1000}s`);
}

export type CookieJar = Map<string, string>;

export function cookieHeader(jar: CookieJar): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

function absorb(jar: CookieJar, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const i = pair.indexOf("=");
    if (i > 0) jar.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
  }
}

/**
 * A next-auth form POST (sign-in, sign-out) on the server at `base`, exactly as the browser
 * sends it: the CSRF token first, then the form; the cookies on the way are kept in `jar`.
 */
export async function postAuthForm(
  base: string,
  route: "/api/auth/callback/credentials" | "/api/auth/signout",
  jar: CookieJar,
  fields: Record<string, string>,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`, {
    headers: jar.size ? { cookie: cookieHeader(jar) } : {},
  });
  absorb(jar, csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}${route}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookieHeader(jar),
      origin: base,
      ...extraHeaders,
    },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
  absorb(jar, res);
  return res;
}

/**
 * The credentials sign-in exactly as the form posts it, without a browser. Returns the raw
 * response (for status and headers) and the cookies collected on the way.
 */
export async function postCredentials(
  email: string,
  password: string,
  extraHeaders: Record<string, string> = {},
  base = baseUrl(),
): Promise<{ res: Response; jar: CookieJar; setCookies: string[] }> {
  const jar: CookieJar = new Map();
  const fields = { email, password, callbackUrl: "/projects" };
  const res = await postAuthForm(base, "/api/auth/callback/credentials", jar, fields, extraHeaders);
  return { res, jar, setCookies: res.headers.getSetCookie() };
}

/** A query through the app's own API endpoint (GET, as the app's client sends it). */
export async function read<T>(page: Page, path: string, input: unknown): Promise<T> {
  const q = encodeURIComponent(JSON.stringify({ json: input }));
  const res = await trpcFromPage<T>(page, `${path}?input=${q}`);
  if (res.status !== 200 || res.data === undefined)
    throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.data;
}

/** A mutation through the app's own API endpoint; anything but success fails the test. */
export async function write<T>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await trpcFromPage<T>(page, path, input);
  if (res.status !== 200 || res.data === undefined)
    throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.data;
}

/** The serious and critical axe violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The screens the layout tests use: a phone, a laptop and a wide screen. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const WIDE = { width: 1440, height: 900 };

/** Opens a page, expects it to answer, and waits until its client components are hydrated. */
export async function open(page: Page, path: string): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), `GET ${path}`).toBeLessThan(400);
  // Client components answer clicks once hydrated.
  await page.waitForLoadState("networkidle");
}
