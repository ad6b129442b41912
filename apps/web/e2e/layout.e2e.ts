import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  DESKTOP,
  demoProjectId,
  launchBrowser,
  newPage,
  open,
  PHONE,
  seriousViolations,
  signIn,
  WIDE,
} from "./support";

/**
 * Every section and action within reach on a phone and a wide screen, and words instead of
 * codes. Each test reads the demo as it is or makes its own records.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("every section and action in reach", () => {
  it("shows every project section on a phone, behind one menu", async () => {
    const { page, context } = await newPage(browser, PHONE);
    await signIn(page, "lead@consortia.demo");
    const projectId = await demoProjectId(page);
    await open(page, `/projects/${projectId}/desk`);
    const nav = page.getByRole("navigation", { name: "Project" });
    const menu = nav.getByRole("button", { name: /^Sections/ });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await menu.textContent()).toContain("Desk");
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    const sections = [
      "Overview",
      "Partners",
      "Documents",
      "Learning",
      "Good practices",
      "Work plan",
      "Deliverables",
      "Desk",
      "Indicators",
      "Reports",
      "Finance",
      "Policy",
      "Members",
      "Audit log",
    ];
    for (const name of sections) {
      const link = nav.getByRole("link", { name, exact: true });
      expect(await link.isVisible(), name).toBe(true);
      const box = await link.boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= PHONE.width, name).toBe(
        true,
      );
    }
    await nav.getByRole("link", { name: "Members", exact: true }).click();
    await page.waitForURL((u) => u.pathname.endsWith("/members"));
    expect(await seriousViolations(page)).toEqual([]);
    const { scrollWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width + 1);
    await context.close();
  });

  it("keeps every member's actions on screen at 1440 px", async () => {
    const { page, context } = await newPage(browser, WIDE);
    await signIn(page, "lead@consortia.demo");
    const projectId = await demoProjectId(page);
    await open(page, `/projects/${projectId}/members`);
    for (const table of ["Members"]) {
      const region = page.getByRole("region", { name: table });
      expect(await region.getAttribute("tabindex")).toBe("0");
    }
    const buttons = page.getByRole("button", { name: /^(Deactivate|Reactivate) / });
    const n = await buttons.count();
    expect(n).toBeGreaterThan(3);
    for (let i = 0; i < n; i++) {
      const button = buttons.nth(i);
      // Scrolled to vertically only: the table itself is not scrolled sideways.
      const onTop = await button.evaluate((el) => {
        const top = el.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top - window.innerHeight / 2);
        const region = el.closest("section");
        const r = el.getBoundingClientRect();
        const box = region?.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          unscrolled: region?.scrollLeft === 0,
          inside:
            !!box && r.left >= box.left && r.right <= box.right && r.right <= window.innerWidth,
          visible: hit === el || el.contains(hit),
        };
      });
      expect(onTop, (await button.textContent()) ?? "").toEqual({
        unscrolled: true,
        inside: true,
        visible: true,
      });
    }
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("words, not codes", () => {
  it("serves a favicon, so a first visit logs no error", async () => {
    const res = await fetch(`${baseUrl()}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^image\//);
    const { page, context } = await newPage(browser, DESKTOP);
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await open(page, "/sign-in");
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(icon).toBeTruthy();
    expect((await fetch(new URL(icon ?? "", baseUrl()))).status).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lists countries by name when a project is created", async () => {
    const { page, context } = await newPage(browser, DESKTOP);
    await signIn(page, "admin@consortia.demo");
    await open(page, "/admin");
    const names = await page
      .getByLabel("Country")
      .first()
      .locator("option")
      .evaluateAll((options) =>
        options.filter((o) => (o as HTMLOptionElement).value).map((o) => o.textContent ?? ""),
      );
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    await context.close();
  });

  it("writes statuses as labels in the period report's tables", async () => {
    const { page, context } = await newPage(browser, DESKTOP);
    await signIn(page, "lead@consortia.demo");
    const projectId = await demoProjectId(page);
    await open(page, `/projects/${projectId}/reports/2`);
    const table = page.getByRole("region", { name: /^Deliverables and outputs/ });
    await table.waitFor();
    const statuses = await table
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => (r.children[4]?.firstChild?.textContent ?? "").trim()),
      );
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses)
      expect(["Planned", "In progress", "Submitted", "Changes requested", "Approved"]).toContain(s);
    await context.close();
  });
});
