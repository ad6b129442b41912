import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProjectId, launchBrowser, newPage, signIn } from "./support";

const LEAD = "lead@consortia.demo";
// Anna Berg edits for Region Stockholm; partner staff comment on any deliverable.
const PARTNER = "anna.berg@consortia.demo";
const WAIT = { timeout: 20_000 };
const CODE = `D4.${(process.pid % 900) + 100}`;
const TITLE = "Regional stakeholder workshop report";
const NEW_TITLE = "Regional stakeholder workshops: joint report";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** All deliverable codes of the project, straight from the API (a GET, as the app queries). */
async function codes(page: Page, projectId: string): Promise<string[]> {
  return page.evaluate(async (projectId) => {
    const input = encodeURIComponent(JSON.stringify({ json: { projectId } }));
    const res = await fetch(`/api/trpc/deliverables.list?input=${input}`);
    const body = (await res.json()) as { result: { data: { json: Array<{ code: string }> } } };
    return body.result.data.json.map((d) => d.code);
  }, projectId);
}

/** Serious and critical axe findings, one line each. */
async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

describe("editing the work plan's deliverables", () => {
  let projectId = "";
  let deliverableUrl = "";
  let commentId = "";

  it("the lead adds a deliverable through the form; bad input is refused under its field", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    projectId = await demoProjectId(page);
    const before = await codes(page, projectId);

    await page.goto(`/projects/${projectId}/deliverables`);
    await page.getByRole("link", { name: "New deliverable" }).click();
    await heading(page, "New deliverable").waitFor();
    const form = page.getByRole("form", { name: "Deliverable" });

    // A code already in use and a due date after the end of closure.
    await form.getByLabel("Code", { exact: true }).fill("D1.1");
    await form.getByLabel("Kind", { exact: true }).selectOption("output");
    await form.getByLabel("Title", { exact: true }).fill(TITLE);
    await form.getByLabel("Work package", { exact: true }).selectOption({ index: 4 });
    await form.getByLabel("Activity", { exact: true }).selectOption({ index: 1 });
    await form.getByLabel("Responsible partner", { exact: true }).selectOption({ index: 2 });
    await form
      .getByRole("group", { name: "Contributing partners" })
      .getByRole("checkbox")
      .first()
      .check();
    await form.getByLabel("Target value", { exact: true }).fill("12");
    const due = form.getByLabel("Due date", { exact: true });
    await due.fill("2030-01-15");
    await form.getByText("Outside the project's reporting periods").waitFor();
    await form.getByRole("button", { name: "Add deliverable" }).click();
    await form.getByText(/^Due dates fall within the project: 2025-03-01 to 2029-05-31/).waitFor();
    expect(await due.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await due.getAttribute("aria-describedby")) ?? "";
    const told = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
      describedBy.split(" "),
    );
    expect(told).toContain("Due dates fall within the project");

    // The date fixed, the taken code is named under the code; nothing is created.
    await due.fill("2026-05-15");
    await form.getByText("Falls in reporting period 3 (2026-03-01 to 2026-08-31)").waitFor();
    await form.getByRole("button", { name: "Add deliverable" }).click();
    await form.getByText("D1.1 already exists in this project").first().waitFor();
    expect(await form.getByLabel("Title", { exact: true }).inputValue()).toBe(TITLE);
    expect(await form.getByLabel("Target value", { exact: true }).inputValue()).toBe("12");
    expect(await codes(page, projectId)).toEqual(before);

    await form.getByLabel("Code", { exact: true }).fill(CODE);
    await form.getByRole("button", { name: "Add deliverable" }).click();
    await heading(page, `${CODE} ${TITLE}`).waitFor(WAIT);
    deliverableUrl = new URL(page.url()).pathname;
    expect(await page.getByTestId("deliverable-status").textContent()).toContain("Planned");
    await page.getByText("Period 3", { exact: true }).waitFor();
    expect(await codes(page, projectId)).toContain(CODE);
    await context.close();
  });

  it("the lead edits the title; a second, stale copy of the form shows the conflict and saves again", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    await page.goto(deliverableUrl);
    await page.getByRole("link", { name: `Edit ${CODE}` }).click();
    await heading(page, `Edit ${CODE}`).waitFor();
    const stale = await context.newPage();
    await stale.goto(`${deliverableUrl}/edit`);
    await heading(stale, `Edit ${CODE}`).waitFor();

    await page.getByLabel("Title", { exact: true }).fill(NEW_TITLE);
    await page.getByRole("button", { name: "Save changes" }).click();
    await heading(page, `${CODE} ${NEW_TITLE}`).waitFor(WAIT);

    await stale.getByLabel("Description", { exact: true }).fill("Minutes of the ten workshops");
    await stale.getByRole("button", { name: "Save changes" }).click();
    await stale.getByText("Someone else saved this deliverable while you were editing.").waitFor();
    await stale.getByRole("button", { name: "Use the saved title" }).click();
    await stale.getByRole("button", { name: "Save again" }).click();
    await heading(stale, `${CODE} ${NEW_TITLE}`).waitFor(WAIT);
    await stale.getByText("Minutes of the ten workshops").waitFor();
    await context.close();
  });

  it("a partner editor comments, edits the comment, and a #comment link brings it into view", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER);
    await page.goto(deliverableUrl);
    await heading(page, `${CODE} ${NEW_TITLE}`).waitFor();
    expect(await page.getByRole("link", { name: `Edit ${CODE}` }).count()).toBe(0);
    expect(await page.getByRole("button", { name: `Delete ${CODE}` }).count()).toBe(0);

    await page.getByLabel("Your comment").fill("Stockholm can host the third workshop");
    await page.getByRole("button", { name: "Post comment" }).click();
    const threads = page.getByRole("list", { name: "Comment threads" });
    const posted = threads.getByRole("article").filter({ hasText: "Stockholm can host" });
    await posted.waitFor();
    commentId = ((await posted.getAttribute("id")) ?? "").replace(/^comment-/, "");
    expect(commentId).toMatch(/^[0-9a-f-]{36}$/);
    const mine = page.locator(`#comment-${commentId}`);
    expect(await mine.getByText("(edited").count()).toBe(0);

    await mine.getByRole("button", { name: "Edit your comment" }).click();
    const box = mine.getByLabel("Edit your comment");
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill("Stockholm can host the third and fourth workshops");
    await mine.getByRole("button", { name: "Save", exact: true }).click();
    await mine.getByText("Stockholm can host the third and fourth workshops").waitFor(WAIT);
    await mine.getByText("(edited").waitFor();

    // The mention notification's link: a phone-sized page opened at the comment.
    const phone = await newPage(browser, { width: 375, height: 700 });
    await signIn(phone.page, LEAD);
    await phone.page.goto(`${deliverableUrl}#comment-${commentId}`);
    const target = phone.page.locator(`#comment-${commentId}`);
    await target.waitFor();
    await expect
      .poll(
        () =>
          target.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY > 0;
          }),
        WAIT,
      )
      .toBe(true);
    await expect
      .poll(() => target.evaluate((el) => el === document.activeElement), WAIT)
      .toBe(true);
    expect(await target.getAttribute("data-linked")).toBe("true");
    expect(await target.getAttribute("aria-labelledby")).toBe(`comment-${commentId}-by`);
    await phone.context.close();
    await context.close();
  });

  it("the new and edit pages are for lead coordinators only", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER);
    await page.goto(`/projects/${projectId}/deliverables`);
    await heading(page, "Deliverables").waitFor();
    expect(await page.getByRole("link", { name: "New deliverable" }).count()).toBe(0);
    expect((await page.goto(`/projects/${projectId}/deliverables/new`))?.status()).toBe(404);
    expect((await page.goto(`${deliverableUrl}/edit`))?.status()).toBe(404);
    await context.close();
  });

  it.each([
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ])("the new and edit pages have no serious axe findings at $width px", async (viewport) => {
    const { context, page } = await newPage(browser, viewport);
    await signIn(page, LEAD);
    for (const path of [`/projects/${projectId}/deliverables/new`, `${deliverableUrl}/edit`]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await page.getByRole("form", { name: "Deliverable" }).waitFor();
      // The form with its errors showing, as a person meets it after a refused save.
      if (path.endsWith("/new")) {
        await page.getByRole("button", { name: "Add deliverable" }).click();
        await page.getByText("Some fields need attention").waitFor();
      }
      expect(await axeFindings(page), `axe on ${path} at ${viewport.width}px`).toEqual([]);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(innerWidth + 1);
    }
    await context.close();
  });

  it("the lead deletes a planned deliverable after confirming", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    await page.goto(deliverableUrl);
    await heading(page, `${CODE} ${NEW_TITLE}`).waitFor();
    await page.getByRole("button", { name: `Delete ${CODE}` }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${CODE}?` });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await codes(page, projectId)).toContain(CODE);

    await page.getByRole("button", { name: `Delete ${CODE}` }).click();
    await dialog.getByRole("button", { name: `Delete ${CODE}` }).click();
    await heading(page, "Deliverables").waitFor(WAIT);
    expect(await codes(page, projectId)).not.toContain(CODE);
    expect((await page.goto(deliverableUrl))?.status()).toBe(404);

    // A submitted or approved deliverable keeps its history: no delete is offered.
    await page.goto(`/projects/${projectId}/deliverables`);
    await page.getByRole("link", { name: /^D1\.1 / }).click();
    await heading(page, /^D1\.1 /).waitFor();
    await page.getByRole("link", { name: "Edit D1.1" }).waitFor();
    expect(await page.getByRole("button", { name: "Delete D1.1" }).count()).toBe(0);
    await context.close();
  });
});
