import type { Browser, Dialog } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProjectId, launchBrowser, newPage, read, signIn } from "./support";

// Typed input is never lost without a question: leaving a page with unsaved changes (a link,
// Back, closing the tab) and closing a dialog with unsaved changes (Escape, Close, Cancel).

const LEAD = "lead@consortia.demo";
const LEAVE = "You have unsaved changes. Leave this page and lose them?";
const DISCARD = "You have unsaved changes. Close this form and lose them?";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const tag = () => `${process.pid}-${Date.now() % 100_000}`;

describe("unsaved changes", () => {
  it("asks before unsaved changes are lost: a link, Back, closing the tab", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    const projectId = await demoProjectId(page);
    const seen: string[] = [];
    let answer: "accept" | "dismiss" = "dismiss";
    page.on("dialog", (d: Dialog) => {
      seen.push(d.type() === "beforeunload" ? "beforeunload" : `${d.type()}: ${d.message()}`);
      void (answer === "accept" ? d.accept() : d.dismiss());
    });
    const formUrl = `/projects/${projectId}/instruments/new`;
    const documentsLink = page
      .getByRole("navigation", { name: "Project" })
      .getByRole("link", { name: "Documents" });

    // Nothing typed: leaving asks nothing.
    await page.goto(`/projects/${projectId}`);
    await page.goto(formUrl);
    await page.getByRole("heading", { level: 1, name: "Add a policy instrument" }).waitFor();
    await page.waitForLoadState("networkidle");
    await documentsLink.click();
    await page.waitForURL(`**/projects/${projectId}/documents`);
    expect(seen).toEqual([]);

    // Typed: a link asks, and staying keeps the text.
    await page.goto(formUrl);
    await page.getByRole("heading", { level: 1, name: "Add a policy instrument" }).waitFor();
    await page.waitForLoadState("networkidle");
    const name = page.getByLabel("Name", { exact: true });
    const typed = `Regional innovation strategy ${tag()}`;
    await name.fill(typed);
    await documentsLink.click();
    await expect.poll(() => seen).toEqual([`confirm: ${LEAVE}`]);
    expect(new URL(page.url()).pathname).toBe(formUrl);
    expect(await name.inputValue()).toBe(typed);

    // Back asks too.
    await page.evaluate(() => window.history.back());
    await expect.poll(() => seen.length).toBe(2);
    expect(seen[1]).toBe(`confirm: ${LEAVE}`);
    expect(new URL(page.url()).pathname).toBe(formUrl);
    expect(await name.inputValue()).toBe(typed);

    // Closing the tab: the browser's own question; dismissed, the page stays.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => seen.length).toBe(3);
    expect(seen[2]).toBe("beforeunload");
    expect(page.isClosed()).toBe(false);
    expect(await name.inputValue()).toBe(typed);

    // Agreeing to leave leaves.
    answer = "accept";
    await documentsLink.click();
    await page.waitForURL(`**/projects/${projectId}/documents`);
    expect(seen).toHaveLength(4);
    await context.close();
  });

  it("asks before a dialog with unsaved changes closes: Escape, Close, Cancel", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    const projectId = await demoProjectId(page);
    const seen: string[] = [];
    let answer: "accept" | "dismiss" = "dismiss";
    page.on("dialog", (d: Dialog) => {
      seen.push(`${d.type()}: ${d.message()}`);
      void (answer === "accept" ? d.accept() : d.dismiss());
    });
    await page.goto(`/projects/${projectId}/partners`);
    const open = page.getByRole("button", { name: "Add partner" });
    const dialog = page.getByRole("dialog", { name: "Add a partner" });
    const name = dialog.getByLabel("Organisation name");

    // Nothing typed: Escape closes without a question.
    await open.click();
    await name.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(seen).toEqual([]);

    // Typed: Escape, the Close button and Cancel each ask; refusing keeps the text.
    await open.click();
    const typed = `University of Tartu ${tag()}`;
    await name.fill(typed);
    await page.keyboard.press("Escape");
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(seen).toEqual([`confirm: ${DISCARD}`, `confirm: ${DISCARD}`, `confirm: ${DISCARD}`]);
    expect(await name.inputValue()).toBe(typed);

    // Agreeing closes it, and nothing was saved.
    answer = "accept";
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    const partners = await read<{ name: string }[]>(page, "partners.list", { projectId });
    expect(partners.map((p) => p.name)).not.toContain(typed);

    // A dialog whose form keeps its own state (the desk's learning targets) asks the same way.
    answer = "dismiss";
    await page.goto(`/projects/${projectId}/desk`);
    await page.getByRole("button", { name: "Set targets" }).click();
    const targets = page.getByRole("dialog", { name: "Learning targets" });
    const events = targets.getByLabel("Learning events held");
    await events.fill("97");
    await page.keyboard.press("Escape");
    await expect.poll(() => seen.length).toBe(5);
    expect(seen[4]).toBe(`confirm: ${DISCARD}`);
    expect(await events.inputValue()).toBe("97");
    await context.close();
  });
});
