import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  baseUrl,
  type CookieJar,
  cookieHeader,
  DEMO_PASSWORD,
  launchBrowser,
  newPage,
  postCredentials,
  SESSION_COOKIE,
} from "./support";

const STRICT_REFERRER_POLICIES = [
  "no-referrer",
  "same-origin",
  "strict-origin",
  "strict-origin-when-cross-origin",
];

function expectSecurityHeaders(res: Response, what: string) {
  const csp = res.headers.get("content-security-policy") ?? "";
  expect(csp, `${what}: Content-Security-Policy`).toMatch(/(^|;)\s*frame-ancestors 'none'/);
  expect(res.headers.get("x-content-type-options"), `${what}: X-Content-Type-Options`).toBe(
    "nosniff",
  );
  expect(STRICT_REFERRER_POLICIES, `${what}: Referrer-Policy`).toContain(
    res.headers.get("referrer-policy"),
  );
}

async function signedIn(email: string): Promise<CookieJar> {
  const { res, jar } = await postCredentials(email, DEMO_PASSWORD);
  expect(res.status).toBe(200);
  expect(jar.has(SESSION_COOKIE), `no session cookie for ${email}`).toBe(true);
  return jar;
}

describe("security headers", () => {
  it.each([
    "/",
    "/sign-in",
    "/reset-password",
    "/api/ping",
    "/api/auth/csrf",
    "/api/trpc/projects.mine",
  ])("%s carries CSP with frame-ancestors 'none', nosniff and a Referrer-Policy", async (path) => {
    const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
    expect(res.status, path).toBeLessThan(500);
    expectSecurityHeaders(res, path);
  });

  it("signed-in pages and API answers carry them too", async () => {
    const jar = await signedIn("observer@consortia.demo");
    for (const path of ["/projects", "/api/trpc/projects.mine"]) {
      const res = await fetch(`${baseUrl()}${path}`, { headers: { cookie: cookieHeader(jar) } });
      expect(res.status, path).toBe(200);
      expectSecurityHeaders(res, path);
    }
  });
});

describe("session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and Secure exactly when the site is https", async () => {
    const { res, setCookies } = await postCredentials("viewer@consortia.demo", DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const line = setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(line, `no ${SESSION_COOKIE} in ${JSON.stringify(setCookies)}`).toBeDefined();
    const attrs = (line ?? "")
      .split(";")
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attrs).toContain("httponly");
    expect(attrs).toContain("samesite=lax");
    expect(attrs).toContain("path=/");
    const https = new URL(baseUrl()).protocol === "https:";
    expect(attrs.includes("secure"), "Secure flag").toBe(https);
  });
});

describe("mutations only from the app's own pages", () => {
  // A harmless mutation: an admin reactivating an account that does not exist.
  const url = () => `${baseUrl()}/api/trpc/admin.setUserActive`;
  const body = () => JSON.stringify({ json: { userId: randomUUID(), active: true } });

  it("refuses cross-origin and non-JSON posts even with a valid admin session", async () => {
    const cookie = cookieHeader(await signedIn("admin@consortia.demo"));
    const attempts: Array<[string, Record<string, string>]> = [
      ["foreign Origin", { origin: "https://evil.example", "content-type": "application/json" }],
      [
        "no Origin, cross-site fetch",
        { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      ],
      ["no Origin at all", { "content-type": "application/json" }],
      ["text/plain", { origin: baseUrl(), "content-type": "text/plain" }],
      ["form post", { origin: baseUrl(), "content-type": "application/x-www-form-urlencoded" }],
    ];
    for (const [what, headers] of attempts) {
      const res = await fetch(url(), {
        method: "POST",
        headers: { ...headers, cookie },
        body: body(),
      });
      expect(res.status, what).toBe(403);
      expectSecurityHeaders(res, what);
    }
    // The same request from the app's own origin passes the guard and reaches the API.
    const ok = await fetch(url(), {
      method: "POST",
      headers: { origin: baseUrl(), "content-type": "application/json", cookie },
      body: body(),
    });
    expect(ok.status, await ok.clone().text()).toBe(404);
  });
});

describe("sign-in throttling", () => {
  // packages/auth/src/login-throttle.ts SIGN_IN_POLICY.perAccountAndAddress
  const PER_ACCOUNT = 5;

  async function failUntilLimit(email: string) {
    for (let i = 1; i <= PER_ACCOUNT; i++) {
      const { res } = await postCredentials(email, `wrong-password-${i}`);
      expect(res.status, `attempt ${i}`).not.toBe(429);
      const { url } = (await res.json()) as { url?: string };
      expect(url, `attempt ${i}`).toContain("error=CredentialsSignin");
    }
  }

  // Each test locks out an account no other test uses.
  it("answers 429 with Retry-After once an account has too many failures", async () => {
    const email = "jordi.puig@consortia.demo";
    await failUntilLimit(email);
    for (const password of ["wrong-password-again", DEMO_PASSWORD]) {
      const { res, jar } = await postCredentials(email, password);
      expect(res.status).toBe(429);
      expectSecurityHeaders(res, "429");
      const retryAfter = Number(res.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      const json = (await res.json()) as { message?: string };
      expect(json.message).toMatch(/too many sign-in attempts/i);
      expect(jar.has(SESSION_COOKIE)).toBe(false);
    }
    // Other accounts from the same address are not locked out.
    await signedIn("aoife.byrne@consortia.demo");
  });

  it("counts by the address the server saw, whatever X-Forwarded-For the client sends", async () => {
    const email = "claire.martin@consortia.demo";
    for (let i = 1; i <= PER_ACCOUNT; i++) {
      const forged = { "x-forwarded-for": `198.51.100.${i}` };
      const { res } = await postCredentials(email, `wrong-password-${i}`, forged);
      expect(res.status, `attempt ${i}`).not.toBe(429);
    }
    const { res, jar } = await postCredentials(email, DEMO_PASSWORD, {
      "x-forwarded-for": "198.51.100.99",
    });
    expect(res.status).toBe(429);
    expect(jar.has(SESSION_COOKIE)).toBe(false);
  });

  it("tells the person on the sign-in page to wait", async () => {
    const email = "jonas.weber@consortia.demo";
    await failUntilLimit(email);
    const browser = await launchBrowser();
    try {
      const { page } = await newPage(browser);
      await page.goto("/sign-in");
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.getByRole("alert").filter({ hasText: /too many sign-in attempts/i });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/wait \d+ minutes?/i);
      expect(new URL(page.url()).pathname).toBe("/sign-in");
    } finally {
      await browser.close();
    }
  });
});

describe("after signing in, only paths on this site are followed", () => {
  // A few of the forms in packages/auth/src/redirect.test.ts that browsers follow off-site.
  const TRICKY = [
    "/\\evil.example/x",
    "/\t/evil.example/",
    "/%5Cevil.example",
    "/%2F%2Fevil.example",
    "/.//evil.example",
    "//evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    " /projects",
  ];
  const signInPage = (callbackUrl: string) => `/sign-in?${new URLSearchParams({ callbackUrl })}`;

  it("a signed-in visit to the sign-in page redirects home for every tricky callbackUrl", async () => {
    const cookie = cookieHeader(await signedIn("observer@consortia.demo"));
    for (const raw of TRICKY) {
      const res = await fetch(`${baseUrl()}${signInPage(raw)}`, {
        headers: { cookie },
        redirect: "manual",
      });
      expect(res.status, JSON.stringify(raw)).toBeGreaterThanOrEqual(300);
      expect(res.status, JSON.stringify(raw)).toBeLessThan(400);
      const target = new URL(res.headers.get("location") ?? "", baseUrl());
      expect(target.origin, JSON.stringify(raw)).toBe(new URL(baseUrl()).origin);
      expect(target.pathname, JSON.stringify(raw)).toBe("/projects");
    }
    const same = await fetch(`${baseUrl()}${signInPage("/projects?from=link")}`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(same.headers.get("location")).toMatch(/^(\/|https?:\/\/[^/]+\/)projects\?from=link$/);
  });

  it("the sign-in form lands on the home page for a backslash callbackUrl", async () => {
    const browser = await launchBrowser();
    try {
      const { page } = await newPage(browser);
      await page.goto(signInPage("/\\evil.example/x"));
      await page.getByLabel("E-mail").fill("observer@consortia.demo");
      await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      const landed = new URL(page.url());
      expect(landed.origin).toBe(new URL(baseUrl()).origin);
      expect(landed.pathname).toBe("/projects");
    } finally {
      await browser.close();
    }
  });
});
