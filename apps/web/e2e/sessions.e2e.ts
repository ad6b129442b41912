import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, newPage, SESSION_COOKIE, signIn, trpcFromPage } from "./support";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function expectProjectsPage(page: Page) {
  await page.goto("/projects");
  await page.getByRole("heading", { name: "Your projects", level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/projects");
}

/** The next navigation to a signed-in page must end on the sign-in page. */
async function expectSentToSignIn(page: Page) {
  await page.goto("/projects");
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await page.getByRole("button", { name: "Sign in" }).waitFor();
}

/** Through the people list on /admin, confirming in the dialog as an administrator would. */
async function setActive(admin: Page, name: string, active: boolean) {
  const [action, confirm] = active
    ? ["Reactivate", "Reactivate account"]
    : ["Deactivate", "Deactivate account"];
  await admin.goto("/admin");
  await admin.getByRole("button", { name: `${action} ${name}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: confirm }).click();
  await admin.getByRole("dialog").waitFor({ state: "hidden" });
  // The row now offers the opposite action.
  await admin
    .getByRole("button", { name: `${active ? "Deactivate" : "Reactivate"} ${name}` })
    .waitFor();
}

describe("sessions end on the server, not only in the browser", () => {
  it("refuses a deactivated person's existing session at once", async () => {
    const email = "sanne.devries@consortia.demo";
    const name = "Sanne de Vries";
    const a = await newPage(browser);
    await signIn(a.page, email);
    await expectProjectsPage(a.page);
    expect((await trpcFromPage(a.page, "projects.mine")).status).toBe(200);
    const cookies = await a.context.cookies();
    expect(cookies.some((k) => k.name === SESSION_COOKIE)).toBe(true);

    // An administrator deactivates the account on the admin page.
    const admin = await newPage(browser);
    await signIn(admin.page, "admin@consortia.demo");
    await setActive(admin.page, name, false);

    await expectSentToSignIn(a.page);
    expect((await trpcFromPage(a.page, "projects.mine")).status).toBe(401);

    // Reactivating does not bring the old session back: it was ended, not paused.
    await setActive(admin.page, name, true);
    const b = await newPage(browser);
    await b.context.addCookies(cookies);
    await expectSentToSignIn(b.page);

    await Promise.all([a.context.close(), admin.context.close(), b.context.close()]);
  });

  it("refuses a replayed session cookie after sign-out", async () => {
    const c = await newPage(browser);
    await signIn(c.page, "giulia.rossi@consortia.demo");
    await expectProjectsPage(c.page);
    const cookies = await c.context.cookies();
    const session = cookies.find((k) => k.name === SESSION_COOKIE);
    expect(session, "no session cookie after sign-in").toBeDefined();

    await c.page.getByRole("button", { name: /^Account menu for/ }).click();
    await c.page.getByRole("menuitem", { name: "Sign out" }).click();
    await c.page.waitForURL((url) => url.pathname === "/sign-in");

    // Replay the cookie the browser held before signing out, in a browser and with plain HTTP.
    const d = await newPage(browser);
    await d.context.addCookies(cookies);
    await expectSentToSignIn(d.page);

    const res = await fetch(`${baseUrl()}/api/trpc/projects.mine`, {
      headers: { cookie: `${SESSION_COOKIE}=${session?.value}` },
    });
    expect(res.status).toBe(401);

    await Promise.all([c.context.close(), d.context.close()]);
  });
});
