import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProjectId, launchBrowser, newPage, signIn } from "./support";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// Anna Berg is Region Stockholm's partner editor; the practice (Lombardia, validated) and the
// study visit come from the demo data (packages/db/src/seed/demo-practices.ts, demo-learning.ts).
const PARTNER = "anna.berg@consortia.demo";
const LEAD = "lead@consortia.demo";
const PRACTICE = "Open calls for unmet clinical needs in Lombardy's hospitals";
const EVENT = "Study visit: Lombardy's life-sciences cluster and technology transfer";

async function confirmDialog(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: button }).click();
  await dialog.waitFor({ state: "detached" });
}

/** Serious and critical axe findings on the page as it is now, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function linkInspiration(page: Page, search: string, title: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Add an inspiration" });
  await dialog.getByLabel("Search").fill(search);
  await dialog.getByRole("button", { name: `Link ${title}` }).click();
  await dialog.getByText(`“${title}” linked to the action.`).waitFor();
}

describe("action plans", () => {
  it("a partner writes a plan with an inspired action and submits it; the lead comments, finalises, compares and exports", async () => {
    const tag = `${process.pid}-${Date.now() % 100_000}`;
    const instrumentName = `Regional development plan for Stockholm (RUFS) ${tag}`;
    const planTitle = `Handlingsplan för MedTech ${tag}`;
    const actionTitle = `Öppna sjukhusens testbäddar för små företag ${tag}`;
    const pilotTitle = `Pilotutlysning ${tag}`;

    // Region Stockholm's editor records the instrument; bad input is refused field by field.
    const editor = await newPage(browser);
    await signIn(editor.page, PARTNER);
    const projectId = await demoProjectId(editor.page);
    const page = editor.page;
    await page.goto(`/projects/${projectId}/instruments`);
    await page.getByRole("heading", { level: 1, name: "Policy instruments" }).waitFor();
    await page.getByRole("link", { name: "Add a policy instrument" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a policy instrument" }).waitFor();
    await page.getByRole("button", { name: "Add instrument" }).click();
    await page.getByText("Name the policy instrument").waitFor();
    await expect
      .poll(() => page.getByLabel("Name", { exact: true }).getAttribute("aria-invalid"))
      .toBe("true");
    await page.getByLabel("Name", { exact: true }).fill(instrumentName);
    await page.getByLabel("Type of instrument").selectOption({ label: "Regional strategy" });
    await page.getByLabel("Territorial level").selectOption({ label: "Regional" });
    await page
      .getByLabel("Managing authority")
      .fill("Region Stockholm, Growth and Regional Planning");
    await page.getByLabel("Baseline").fill("No process brings care providers into MedTech pilots.");
    await page.getByRole("button", { name: "Add instrument" }).click();
    await page.getByRole("heading", { level: 1, name: instrumentName }).waitFor();
    const instrumentUrl = new URL(page.url()).pathname;

    // She starts the action plan in Swedish.
    await page.getByRole("link", { name: "Start an action plan" }).click();
    await page.getByRole("heading", { level: 1, name: "Start an action plan" }).waitFor();
    expect(await page.getByLabel("Language of the plan").inputValue()).toBe("sv");
    await page.getByLabel("Title").fill(planTitle);
    await page.getByRole("button", { name: "Start the action plan" }).click();
    await page.getByRole("heading", { level: 1, name: planTitle }).waitFor();
    const planUrl = page.url();

    // Part I in Swedish, with its English summary.
    await page.getByRole("button", { name: "Edit Part I", exact: true }).click();
    await page
      .getByLabel("General information", { exact: true })
      .fill("Regionen vill öppna vården.");
    await page
      .getByLabel("English summary of the general information")
      .fill("The region wants to open care to MedTech SMEs.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.locator('[lang="sv"]', { hasText: "Regionen vill öppna vården." }).waitFor();

    // An action; a bad amount is refused on its field first.
    await page.getByRole("button", { name: "Add an action" }).click();
    const form = page.getByRole("form", { name: "New action" });
    await form.getByLabel("Title").fill(actionTitle);
    await form.getByLabel("Start date").fill("2026-09-01");
    await form.getByLabel("End date").fill("2027-12-31");
    await form.getByLabel("Estimated cost (EUR)").fill("a lot");
    await form.getByLabel("Funding sources").fill("ERUF, regionens budget");
    await form.getByLabel("Background").fill("Inspirerat av Lombardiets öppna utlysningar.");
    await form.getByLabel("Activities").fill("Avtal med tre sjukhus; två utlysningar per år.");
    await form.getByLabel("Players involved").fill("Region Stockholm, Karolinska, KTH");
    await form.getByLabel("English summary").fill("Open hospital test beds to SMEs.");
    await form.getByRole("button", { name: "Add action" }).click();
    await form.getByText("Give an amount of at least 0 with at most two decimals").waitFor();
    await form.getByLabel("Estimated cost (EUR)").fill("150000");
    await form.getByRole("button", { name: "Add action" }).click();
    await page.getByRole("heading", { level: 3, name: `Action 1: ${actionTitle}` }).waitFor();
    await page.getByText("€150,000.00").waitFor();

    // Two inspirations: a good practice and a learning event from the demo data.
    await page.getByRole("button", { name: "Add inspiration to action 1" }).click();
    await linkInspiration(page, "unmet clinical", PRACTICE);
    await linkInspiration(page, "life-sciences cluster", EVENT);
    await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
    const chips = page.getByRole("list", { name: `What inspired ${actionTitle}` });
    await expect.poll(() => chips.getByRole("link").count()).toBe(2);
    expect(await chips.getByRole("link", { name: PRACTICE }).getAttribute("href")).toMatch(
      new RegExp(`^/projects/${projectId}/practices/[0-9a-f-]{36}$`),
    );
    expect(await chips.getByRole("link", { name: EVENT }).getAttribute("href")).toMatch(
      new RegExp(`^/projects/${projectId}/learning/[0-9a-f-]{36}$`),
    );

    // A second action, moved to the top from the keyboard; focus stays with it.
    await page.getByRole("button", { name: "Add an action" }).click();
    await page.getByRole("form", { name: "New action" }).getByLabel("Title").fill(pilotTitle);
    await page.getByRole("button", { name: "Add action" }).click();
    await page.getByRole("heading", { level: 3, name: `Action 2: ${pilotTitle}` }).waitFor();
    await page.getByRole("button", { name: "Move up action 2" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 3, name: `Action 1: ${pilotTitle}` }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toContain("Move down");
    const anchors = await page
      .locator('article[id^="action-"]')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(anchors).toHaveLength(2);
    for (const id of anchors) expect(id).toMatch(/^action-[0-9a-f-]{36}$/);

    await page.getByRole("button", { name: "Submit for review" }).click();
    await confirmDialog(page, "Submit for review");
    await page.getByText("In review", { exact: true }).first().waitFor();
    await editor.context.close();

    // The lead coordinator comments on Part I, improves its summary, and finalises.
    const lead = await newPage(browser);
    await signIn(lead.page, LEAD);
    const lp = lead.page;
    await lp.goto(planUrl);
    await lp.getByRole("heading", { level: 1, name: planTitle }).waitFor();
    await lp.getByRole("button", { name: "Comment on Part I", exact: true }).click();
    await lp
      .getByLabel("Your comment on Part I")
      .fill("Name the hospitals in the summary, please.");
    await lp.getByRole("button", { name: "Post comment" }).click();
    await lp.getByText("Name the hospitals in the summary, please.").waitFor();
    await lp.getByRole("heading", { name: "Comments on Part I (1 comment, 1 open)" }).waitFor();

    await lp.getByRole("button", { name: "Edit Part I", exact: true }).click();
    await lp
      .getByLabel("English summary of the general information")
      .fill("The region wants to open Karolinska's care to MedTech SMEs.");
    await lp.getByRole("button", { name: "Save", exact: true }).click();
    await lp.getByText("The region wants to open Karolinska's care to MedTech SMEs.").waitFor();
    // Part II is unwritten, the second action bare and the comment open: the dialog says so,
    // and the lead finalises anyway, saying why.
    await lp.getByRole("button", { name: "Finalise" }).click();
    const finalising = lp.getByRole("dialog");
    await finalising.getByText("Write Part II, the policy context").waitFor();
    await finalising.getByText("1 open review comment on Part I (general information)").waitFor();
    await finalising
      .getByLabel("Reason to finalise it as it is")
      .fill("The managing authority adopts it this week; Part II follows.");
    await confirmDialog(lp, "Finalise");
    await lp.getByText("Finalised although incomplete:").waitFor();
    await lp.getByText("Final", { exact: true }).first().waitFor();
    await expect
      .poll(() => lp.getByRole("button", { name: "Edit Part I", exact: true }).count())
      .toBe(0);

    // The export answers with a PDF.
    await lp.getByRole("button", { name: "Export" }).click();
    const href = await lp.getByRole("menuitem", { name: "PDF, current text" }).getAttribute("href");
    expect(href).toMatch(/\/export\?format=pdf$/);
    await lp.keyboard.press("Escape");
    const pdf = await lp.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        magic: String.fromCharCode(...bytes.slice(0, 5)),
      };
    }, href as string);
    expect(pdf).toEqual({ status: 200, type: "application/pdf", magic: "%PDF-" });

    // The history keeps both snapshots and shows what the lead changed, word by word.
    await lp.getByRole("link", { name: /History \(2 snapshots\)/ }).click();
    await lp.getByRole("heading", { level: 1, name: `History of ${planTitle}` }).waitFor();
    const rows = lp
      .getByRole("table", { name: "Snapshots of the action plan" })
      .locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    await lp.getByRole("heading", { name: "Changes from snapshot 1 to snapshot 2" }).waitFor();
    const added = await lp.locator("ins").allTextContents();
    expect(added.join(" ")).toContain("Karolinska's");
    expect(added.join(" ")).toContain("[added:");
    await lp.getByLabel("To", { exact: true }).selectOption({ label: "The current text" });
    await lp
      .getByLabel("From", { exact: true })
      .selectOption({ label: "Snapshot 1: Submitted for review" });
    await lp.getByRole("button", { name: "Compare" }).click();
    await lp
      .getByRole("heading", { name: "Changes from snapshot 1 to the current text" })
      .waitFor();

    // No serious accessibility problems on the plan and its history, on a desktop and a phone.
    for (const width of [1280, 375]) {
      await lp.setViewportSize({ width, height: 800 });
      for (const url of [
        planUrl,
        `${planUrl}/history`,
        instrumentUrl,
        `/projects/${projectId}/instruments`,
        `/projects/${projectId}/action-plans`,
      ]) {
        await lp.goto(url);
        await lp.waitForLoadState("networkidle");
        expect(await axeProblems(lp), `axe on ${url} at ${width}px`).toEqual([]);
        const { scrollWidth, innerWidth } = await lp.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `${url} scrolls sideways at ${width}px`).toBeLessThanOrEqual(
          innerWidth + 1,
        );
      }
    }
    await lead.context.close();
    // Two people's whole workflow plus axe on five pages at two widths: longer than the default.
  }, 300_000);
});
