import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProjectId, launchBrowser, newPage, open, read, signIn } from "./support";

// Helsinki-Uusimaa has no controller in the demo and its period 3 is still a draft: the round
// is its own. The claim is the progress report of period 3, which no other browser test
// submits (reports.e2e uses period 1, layout.e2e reads period 2, workflows.e2e the latest).
const LEAD_EMAIL = "lead@consortia.demo";
const PARTNER_EMAIL = "mikko.virtanen@consortia.demo";
const CONTROLLER_EMAIL = "controller@consortia.demo";
const CONTROLLER_NAME = "Karin Lindqvist";
const PARTNER = { name: "Helsinki-Uusimaa Regional Council", shortName: "Uusimaa" };
const PERIOD = 3;
const ERROR_TYPE = "Outside the eligibility period";

type ControlItem = { itemId: string; description: string; eurCents: number; inSample: boolean };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** "1,234.56" → 123456. */
const cents = (text: string) => Math.round(Number(text.replace(/[^\d.-]/g, "")) * 100);
const euroText = (c: number) =>
  `${Math.floor(c / 100).toLocaleString("en-GB")}.${String(c % 100).padStart(2, "0")}`;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const plain = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;

/** The data cells of the first row of `table` (a table or its region) named `row`. */
async function cells(page: Page, table: string, row: string): Promise<string[]> {
  const scope = page
    .getByRole("table", { name: table })
    .or(page.getByRole("region", { name: table }));
  return scope.getByRole("row", { name: row }).first().getByRole("cell").allTextContents();
}

async function dialogDone(page: Page, submit: string): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: submit }).click();
  await dialog.waitFor({ state: "detached" });
}

/**
 * Opens an item's decision dialog. A click that lands while the page is refreshing after the
 * previous save can go unanswered, so it is tried again (at most three times).
 */
async function openDecision(page: Page, description: string) {
  const dialog = page.getByRole("dialog");
  for (let attempt = 1; ; attempt++) {
    await page.getByRole("button", { name: `Decide on ${description}`, exact: true }).click();
    try {
      await dialog.getByLabel("Outcome").waitFor({ timeout: 5_000 });
      return dialog;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/** An item's row in the control's table, by its header cell (the controller's rows begin with a
 * checkbox while the sample may still change). */
const itemRow = (page: Page, description: string) =>
  page
    .getByRole("table", { name: "Items of the report under control" })
    .getByRole("row")
    .filter({
      has: page.getByRole("rowheader", { name: new RegExp(`^${literal(description)}`) }),
    });

describe("first-level control: the whole round", () => {
  it("partner submits; controller samples, deducts, certifies; lead claims, exports, is paid and passes it on; the partner reads why", async () => {
    const tag = `${process.pid % 10_000}`;

    // The lead appoints Karin as Uusimaa's controller.
    const lead = await newPage(browser);
    const lp = lead.page;
    await signIn(lp, LEAD_EMAIL);
    const projectId = await demoProjectId(lp);
    const { partners } = await read<{ partners: { id: string; shortName: string }[] }>(
      lp,
      "projects.overview",
      { projectId },
    );
    const partnerId = partners.find((p) => p.shortName === PARTNER.shortName)?.id;
    if (!partnerId) throw new Error(`The demo has no partner ${PARTNER.shortName}`);
    const controlUrl = `/projects/${projectId}/finance/control`;
    await open(lp, controlUrl);
    await lp.getByLabel("Controller", { exact: true }).selectOption({ label: CONTROLLER_NAME });
    await lp.getByLabel("Partner", { exact: true }).selectOption({ label: PARTNER.name });
    await lp.getByRole("button", { name: "Appoint", exact: true }).click();
    await lp
      .getByRole("table", { name: "Appointed controllers" })
      .getByRole("row", { name: new RegExp(`^${PARTNER.shortName} ${CONTROLLER_NAME}`) })
      .waitFor();

    // Uusimaa's editor submits its report of period 3.
    const partner = await newPage(browser);
    const pp = partner.page;
    await signIn(pp, PARTNER_EMAIL);
    await open(pp, `/projects/${projectId}/finance/reports/${PERIOD}/${partnerId}`);
    await pp.getByRole("button", { name: "Submit the report" }).click();
    await dialogDone(pp, "Submit the report");
    await pp.getByText("Submitted", { exact: true }).first().waitFor();

    // Karin takes it into control and draws a random sample of three with a recorded seed.
    const controller = await newPage(browser);
    const cp = controller.page;
    await signIn(cp, CONTROLLER_EMAIL);
    await open(cp, controlUrl);
    const label = `${PARTNER.shortName}, period ${PERIOD}`;
    await cp.getByRole("button", { name: `Take into control the report of ${label}` }).click();
    await cp.waitForURL(/\/finance\/control\/[0-9a-f-]{36}$/);
    const controlId = cp.url().split("/").at(-1) ?? "";
    await cp
      .getByRole("heading", { name: `Control of ${PARTNER.name}, period ${PERIOD}` })
      .waitFor();
    await cp.waitForLoadState("networkidle");
    const seed = `round-${tag}`;
    await cp.getByLabel("Method").selectOption({ label: "Random, by count" });
    await cp.getByLabel("Number of items").fill("3");
    await cp.getByLabel("Seed (optional)").fill(seed);
    await cp.getByRole("button", { name: "Draw the sample" }).click();
    await cp.getByText(new RegExp(`^Random, by count: 3 of \\d+ items, seed “${seed}”`)).waitFor();

    // One sampled item is deducted (half certified) with its type and reason, the others verified.
    const got = await read<{ items: ControlItem[] }>(cp, "control.get", { projectId, controlId });
    const sampled = got.items.filter((i) => i.inSample);
    expect(sampled).toHaveLength(3);
    const [deducted, ...verified] = sampled as [ControlItem, ...ControlItem[]];
    const certifiedCents = Math.floor(deducted.eurCents / 2);
    const why = `The invoice is dated after the period ended (${tag}).`;
    const decide = await openDecision(cp, deducted.description);
    await decide.getByLabel("Outcome").selectOption({ label: "Deducted" });
    await decide.getByLabel("Amount certified (EUR)").fill(plain(certifiedCents));
    await decide.getByLabel("Type of error").selectOption({ label: ERROR_TYPE });
    await decide.getByLabel("Why the amount is deducted").fill(why);
    await dialogDone(cp, "Save decision");
    await itemRow(cp, deducted.description).getByText("Deducted", { exact: true }).waitFor();
    for (const item of verified) {
      const dialog = await openDecision(cp, item.description);
      await dialog.getByLabel("Outcome").selectOption({ label: "Verified" });
      await dialogDone(cp, "Save decision");
      await itemRow(cp, item.description).getByText("Verified", { exact: true }).waitFor();
    }
    await cp.getByText(/ 0 still pending\.$/).waitFor();
    await cp.getByRole("button", { name: "Verify the rest" }).click();
    await dialogDone(cp, "Certify as declared");
    await cp.getByRole("button", { name: "Finish and certify" }).click();
    await cp
      .getByRole("dialog")
      .getByLabel("Conclusion of the controller")
      .fill("Eligible, real and paid, apart from the deduction noted.");
    await dialogDone(cp, "Finish and issue the certificate");
    await cp.getByText("Certificate 1", { exact: true }).waitFor();

    // The certificate's figures add up: declared = certified + deducted + parked.
    const figures = "Declared, deducted, parked and certified per cost category";
    const [declared = 0, deductedTotal = 0, parked = 0, certified = 0] = (
      await cells(cp, figures, "Total")
    ).map(cents);
    expect(declared).toBe(certified + deductedTotal + parked);
    expect(deductedTotal).toBeGreaterThanOrEqual(deducted.eurCents - certifiedCents);
    await cp.getByText(`EUR ${euroText(certified)} certified of ${euroText(declared)}`).waitFor();

    // The lead includes the certificate in the progress report of period 3 and exports it.
    const reportUrl = `/projects/${projectId}/reports/${PERIOD}`;
    await open(lp, reportUrl);
    await lp
      .getByRole("button", { name: `Include certificate 1 of ${PARTNER.shortName}`, exact: true })
      .click();
    await lp.getByText(`Certificate 1 of ${PARTNER.shortName} included in this report.`).waitFor();
    await lp
      .getByLabel("One table as CSV")
      .selectOption({ label: "Financial part – certificates" });
    const download = lp.waitForEvent("download");
    await lp.getByRole("button", { name: "Financial part – certificates (CSV)" }).click();
    const csv = fs.readFileSync((await (await download).path()) ?? "", "utf8");
    const line = csv.split(/\r?\n/).find((l) => l.includes(PARTNER.shortName)) ?? "";
    expect(line, csv).toContain(CONTROLLER_NAME);
    const numbers = line.split(",").map((c) => c.replace(/"/g, ""));
    expect(cents(numbers.at(-1) ?? "")).toBe(certified);
    expect(cents(numbers.at(-3) ?? "")).toBe(deductedTotal);

    // It is submitted: the claim of period 3.
    await lp.getByLabel("Highlights of the period").fill(`Uusimaa's expenditure certified ${tag}.`);
    const wps = lp.getByLabel(/^Objectives of WP\d+$/);
    for (let i = 0; i < (await wps.count()); i++) await wps.nth(i).selectOption("fully");
    await lp.getByRole("button", { name: "Submit the report" }).click();
    await dialogDone(lp, "Submit and lock");
    await lp.getByText("Submitted and locked.").first().waitFor();

    // The programme pays the claim; the lead passes part of it on to Uusimaa.
    const payments = await read<{
      today: string;
      claims: { periodNumber: number; dueCents: number }[];
    }>(lp, "payments.overview", { projectId });
    const due = payments.claims.find((c) => c.periodNumber === PERIOD)?.dueCents ?? 0;
    expect(due).toBeGreaterThan(0);
    await open(lp, `/projects/${projectId}/finance/payments`);
    await lp.getByRole("button", { name: "Record a payment" }).click();
    const pay = lp.getByRole("dialog");
    await pay.getByLabel("Received on").fill(payments.today);
    await pay.getByLabel("Amount (EUR)").fill(plain(due));
    await pay.getByRole("checkbox", { name: new RegExp(`^Period ${PERIOD}:`) }).check();
    await dialogDone(lp, "Record payment");
    const owed = "What each partner is owed";
    await expect
      .poll(async () => (await cells(lp, owed, PARTNER.shortName)).slice(0, 4).map(cents))
      .toEqual([due, due, 0, due]);
    const passed = Math.floor(due / 2);
    await lp.getByRole("button", { name: "Record a transfer" }).click();
    const transfer = lp.getByRole("dialog");
    await transfer.getByLabel("Partner").selectOption({ label: PARTNER.shortName });
    await transfer.getByLabel("Transferred on").fill(payments.today);
    await transfer.getByLabel("Amount (EUR)").fill(plain(passed));
    await transfer.getByLabel("Reference").fill(`First share of period ${PERIOD}, ${tag}`);
    await dialogDone(lp, "Record transfer");
    await expect
      .poll(async () => (await cells(lp, owed, PARTNER.shortName)).slice(0, 4).map(cents))
      .toEqual([due, due, passed, due - passed]);

    // Uusimaa's editor reads what was deducted, of which type, and why, from its report.
    await open(pp, `/projects/${projectId}/finance/reports/${PERIOD}/${partnerId}`);
    await pp.getByRole("link", { name: "First-level control (certified)" }).click();
    await pp
      .getByRole("heading", { name: `Control of ${PARTNER.name}, period ${PERIOD}` })
      .waitFor();
    const row = itemRow(pp, deducted.description);
    await row
      .getByText(`EUR ${euroText(deducted.eurCents - certifiedCents)} deducted (${ERROR_TYPE})`)
      .waitFor();
    await row.getByText(why).waitFor();

    await Promise.all([lead.context.close(), partner.context.close(), controller.context.close()]);
  });
});
