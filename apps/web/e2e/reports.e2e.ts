import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProjectId, launchBrowser, newPage, read, seriousViolations, signIn } from "./support";

// Accounts no other browser test uses where possible: KTH's editor writes the contribution;
// the demo's only lead coordinator consolidates. Period 1 has begun in every demo run.
const PARTNER_EMAIL = "erik.lindqvist@consortia.demo";
const LEAD_EMAIL = "lead@consortia.demo";
const PERIOD = 1;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits for the status message a form shows after an action. */
async function expectStatus(page: Page, text: string | RegExp): Promise<void> {
  try {
    await page.getByText(text).first().waitFor();
  } catch (err) {
    const alerts = await page.getByRole("alert").allTextContents();
    throw new Error(`No "${text}" on ${page.url()}; alerts: ${JSON.stringify(alerts)}`, {
      cause: err,
    });
  }
}

describe("progress report of a period", () => {
  it("a partner submits, the lead returns and consolidates, submits, reopens and compares versions", async () => {
    const tag = `${process.pid}-${Date.now() % 100_000}`;

    // KTH's editor writes and submits its contribution.
    const partner = await newPage(browser);
    const pp = partner.page;
    await signIn(pp, PARTNER_EMAIL);
    const projectId = await demoProjectId(pp);
    const overview = await read<{
      myPartnerId: string;
      partners: { id: string; shortName: string }[];
    }>(pp, "projects.overview", { projectId });
    const partnerName = overview.partners.find((p) => p.id === overview.myPartnerId)?.shortName;
    if (!partnerName) throw new Error("The partner editor has no partner");

    await pp.goto(`/projects/${projectId}`);

    await pp.waitForLoadState("networkidle");
    await pp
      .getByRole("navigation", { name: "Project" })
      .getByRole("link", { name: "Reports" })
      .click();
    await pp.waitForURL(`**/projects/${projectId}/reports`);
    await pp.getByRole("link", { name: `Period ${PERIOD}`, exact: true }).click();
    await pp.getByRole("heading", { name: `Progress report, period ${PERIOD}` }).waitFor();
    await pp.getByRole("link", { name: partnerName, exact: true }).click();
    await pp.getByRole("heading", { name: `Contribution of ${partnerName}` }).waitFor();
    await pp.waitForLoadState("networkidle");

    const activities = pp.getByLabel("Activities carried out");
    await activities.fill(`Hosted a MedTech speed-dating workshop ${tag}.`);
    await pp.getByLabel("Involvement of stakeholders").fill("The stakeholder group met twice.");
    await pp.getByRole("button", { name: "Save", exact: true }).click();
    await expectStatus(pp, "Contribution saved.");
    await pp.getByRole("button", { name: "Submit to the lead partner" }).click();
    await expectStatus(pp, "Contribution submitted to the lead partner.");
    await pp.getByText("Submitted", { exact: true }).first().waitFor();
    await pp.getByLabel("Activities carried out").waitFor({ state: "detached" });

    // The lead returns it with a comment.
    const lead = await newPage(browser);
    const lp = lead.page;
    await signIn(lp, LEAD_EMAIL);
    const periodUrl = `/projects/${projectId}/reports/${PERIOD}`;
    await lp.goto(periodUrl);
    await lp.waitForLoadState("networkidle");
    const comment = `Please add the number of companies that took part ${tag}`;
    await lp.getByRole("button", { name: `Return the contribution of ${partnerName}` }).click();
    const returnDialog = lp.getByRole("dialog");
    await returnDialog.getByLabel("Comment").fill(comment);
    await returnDialog.getByRole("button", { name: "Return with comment" }).click();
    await returnDialog.waitFor({ state: "hidden" });
    await lp
      .getByRole("row")
      .filter({ has: lp.getByRole("link", { name: partnerName, exact: true }) })
      .getByText("Returned for changes")
      .waitFor();

    // The partner sees the comment, changes the text and submits again.
    await pp.reload();
    await pp.waitForLoadState("networkidle");
    await pp.getByRole("heading", { name: /Returned by the lead partner/ }).waitFor();
    await pp.getByText(comment).waitFor();
    await pp
      .getByLabel("Activities carried out")
      .fill(`Hosted a MedTech speed-dating workshop with 14 companies ${tag}.`);
    await pp.getByRole("button", { name: "Submit to the lead partner" }).click();
    await expectStatus(pp, "Contribution submitted to the lead partner.");

    // The partner's contribution page passes axe and fits a phone.
    for (const width of [1280, 375]) {
      await pp.setViewportSize({ width, height: 800 });
      await pp.reload();
      await pp.waitForLoadState("networkidle");
      await pp.getByRole("heading", { name: `Contribution of ${partnerName}` }).waitFor();
      expect(await seriousViolations(pp), `axe at ${width}px`).toEqual([]);
      const { scrollWidth, innerWidth } = await pp.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `contribution scrolls sideways at ${width}px`).toBeLessThanOrEqual(
        innerWidth + 1,
      );
    }

    // The lead consolidates: highlights and every work package's status.
    await lp.reload();
    await lp.waitForLoadState("networkidle");
    await lp
      .getByRole("row")
      .filter({ has: lp.getByRole("link", { name: partnerName, exact: true }) })
      .getByText("Submitted", { exact: true })
      .waitFor();
    // Submitting an empty consolidation shows the server's errors next to the fields.
    await lp.getByRole("button", { name: "Submit the report" }).click();
    await lp.getByText("Write the highlights of the period before submitting").waitFor();
    await lp.getByText(/^Assess WP1: fully, partly or not achieved$/).waitFor();
    const highlights = lp.getByLabel("Highlights of the period");
    expect(await highlights.getAttribute("aria-invalid")).toBe("true");
    await highlights.fill(`Ten regions mapped their MedTech ecosystems ${tag}.`);
    const wpSelects = lp.getByLabel(/^Objectives of WP\d+$/);
    const wpCount = await wpSelects.count();
    expect(wpCount).toBeGreaterThan(0);
    for (let i = 0; i < wpCount; i++) await wpSelects.nth(i).selectOption("fully");
    await lp.getByRole("button", { name: "Save consolidation" }).click();
    await expectStatus(lp, "Consolidation saved.");

    // Submitting locks the period.
    await lp.getByRole("button", { name: "Submit the report" }).click();
    await lp.getByRole("dialog").getByRole("button", { name: "Submit and lock" }).click();
    await expectStatus(lp, "Submitted and locked.");
    await lp.getByLabel("Highlights of the period").waitFor({ state: "detached" });
    await lp.getByText(`Ten regions mapped their MedTech ecosystems ${tag}.`).waitFor();

    // Reopening needs a reason; the next submission is version 2.
    await lp.getByRole("button", { name: "Reopen the report" }).click();
    const reopen = lp.getByRole("dialog");
    await reopen.getByLabel("Reason").fill(`The programme asked for the workshop results ${tag}`);
    await reopen.getByRole("button", { name: "Reopen", exact: true }).click();
    await reopen.waitFor({ state: "hidden" });
    await expectStatus(lp, /Reopened on/);
    await lp
      .getByLabel("Highlights of the period")
      .fill(`Ten regions mapped their MedTech ecosystems; 14 companies met care providers ${tag}.`);
    await lp.getByRole("button", { name: "Submit the report" }).click();
    await lp.getByRole("dialog").getByRole("button", { name: "Submit and lock" }).click();
    await expectStatus(lp, "Submitted and locked.");
    const picker = lp.getByLabel("Version shown");
    await picker.locator("option", { hasText: "Version 2" }).waitFor({ state: "attached" });
    expect(await picker.locator("option").count()).toBe(3);

    // Version 1 against version 2: the highlights differ.
    await lp.getByRole("link", { name: "Compare versions" }).click();
    await lp.waitForURL(/\/compare\?from=1&to=2$/);
    await lp.getByText(/Version 1 compared with version 2: \d+ differences?\./).waitFor();
    await lp.getByRole("heading", { name: "Highlights", level: 2 }).waitFor();
    await lp.locator("ins").filter({ hasText: "companies" }).first().waitFor();

    // Text blocks show their length against the limit and copy to the clipboard.
    await lead.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await lp.goto(`${periodUrl}/text-blocks`);
    await lp.waitForLoadState("networkidle");
    await lp.getByRole("heading", { name: `Text blocks, period ${PERIOD}` }).waitFor();
    const counts = lp.getByText(/^[\d,]+ of [\d,]+ characters$/);
    expect(await counts.count()).toBeGreaterThan(0);
    const copy = lp.getByRole("button", { name: /^Copy / }).first();
    await copy.click();
    await expectStatus(lp, /copied to the clipboard\./);

    // Version 2 exports with visible progress.
    await lp.goto(`${periodUrl}?version=2`);
    await lp.waitForLoadState("networkidle");
    await lp.getByText("You are viewing version 2").waitFor();
    const download = lp.waitForEvent("download");
    await lp.getByRole("button", { name: "Excel workbook (XLSX)" }).click();
    expect((await download).suggestedFilename()).toMatch(/-P1-v2-.*\.xlsx$/);
    await lp.getByText(/\.xlsx is ready/).waitFor();

    // Leave the period open for the other browser tests.
    await lp.goto(periodUrl);
    await lp.waitForLoadState("networkidle");
    await lp.getByRole("button", { name: "Reopen the report" }).click();
    await lp
      .getByRole("dialog")
      .getByLabel("Reason")
      .fill(`Reopened after the browser test ${tag}`);
    await lp.getByRole("dialog").getByRole("button", { name: "Reopen", exact: true }).click();
    await expectStatus(lp, /Reopened on/);

    await partner.context.close();
    await lead.context.close();
  });
});
