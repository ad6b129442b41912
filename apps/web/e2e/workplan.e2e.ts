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

// D2.5 (study visit report) is in progress and Region Stockholm is responsible for it
// (packages/db/src/seed/demo-deliverables.ts); Anna Berg is Stockholm's partner editor.
const CODE = "D2.5";
const PARTNER = "anna.berg@consortia.demo";
const LEAD = "lead@consortia.demo";

const WAIT = { timeout: 20_000 };
const CODE_NAME = new RegExp(`^${CODE.replace(".", "\\.")} `);

/** Opens D2.5 from the deliverables list, as a person would. */
async function openDeliverable(page: Page, projectId: string): Promise<void> {
  await page.goto(`/projects/${projectId}/deliverables`);
  await page.getByRole("heading", { level: 1, name: "Deliverables" }).waitFor();
  await page.getByRole("link", { name: CODE_NAME }).click();
  await page.getByRole("heading", { level: 1, name: CODE_NAME }).waitFor();
}

const status = async (page: Page) =>
  (await page.getByTestId("deliverable-status").textContent()) ?? "";
const history = (page: Page) => page.getByRole("list", { name: "History" });
/** The titles in a person's notification centre that concern D2.5, newest first. */
async function notificationTitles(page: Page): Promise<string[]> {
  await page.goto("/notifications");
  await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
  const list = page.getByRole("list", { name: "Notifications" });
  const none = page.getByText("No notifications yet.");
  await list.or(none).waitFor();
  if (await none.isVisible()) return [];
  const titles = await list.locator(":scope > li p:first-child").allTextContents();
  return titles.filter((t) => t.includes(CODE));
}

/** Waits until the notification centre shows exactly `expected` (the dispatch job is async). */
async function expectNotifications(page: Page, expected: string[]): Promise<void> {
  await expect
    .poll(() => notificationTitles(page), WAIT)
    .toEqual(expected.map((t) => `[MEDTECH-S3] ${t}`));
}

const historySteps = async (page: Page) =>
  (await history(page).locator(":scope > li > p:first-child").allTextContents()).map(
    (t) => t.split(" by ")[0],
  );

describe("deliverable review", () => {
  it("a partner submits with a document, the lead requests changes, the partner resubmits, the lead approves", async () => {
    const docName = `study-visit-${process.pid}.txt`;
    const docTitle = docName.replace(/\.txt$/, "");

    // The responsible partner's editor puts the evidence into the library, for everyone.
    const partner = await newPage(browser);
    await signIn(partner.page, PARTNER);
    const projectId = await demoProjectId(partner.page);
    await partner.page.goto(`/projects/${projectId}/documents`);
    await partner.page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
    await partner.page.getByLabel("Choose files to upload").setInputFiles([
      {
        name: docName,
        mimeType: "text/plain",
        buffer: Buffer.from("Study visit to Stockholm MED-X: speed dating between companies.\n"),
      },
    ]);
    await partner.page.getByLabel("Category").selectOption({ label: "Peer-review report" });
    await partner.page.getByRole("radio", { name: "Whole partnership" }).check();
    await partner.page.getByRole("button", { name: "Start upload" }).click();
    await partner.page.getByText("Uploaded", { exact: true }).waitFor({ timeout: 60_000 });

    // Submit D2.5 with that document and a note.
    await openDeliverable(partner.page, projectId);
    expect(await status(partner.page)).toContain("In progress");
    await expect(partner.page.getByRole("button", { name: "Approve" }).count()).resolves.toBe(0);
    await partner.page.getByRole("button", { name: "Submit for review" }).click();
    const dialog = partner.page.getByRole("dialog");
    // The newest documents of the library are offered first; the upload is among them.
    await dialog.getByRole("checkbox", { name: docTitle }).check();
    await dialog.getByLabel("Note for the lead partner").fill("First full draft of the report");
    await dialog.getByRole("button", { name: "Submit for review" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => status(partner.page), WAIT).toContain("Submitted");
    await history(partner.page).getByText("First full draft of the report").waitFor();
    await history(partner.page).getByRole("link", { name: docTitle }).waitFor();

    // The lead coordinator is told, and sees it awaiting review on the desk; the partner,
    // who submitted it, is told nothing.
    const lead = await newPage(browser);
    await signIn(lead.page, LEAD);
    await expectNotifications(lead.page, [`${CODE} was submitted for review`]);
    await expectNotifications(partner.page, []);
    await lead.page.goto(`/projects/${projectId}/desk`);
    await lead.page.getByRole("heading", { level: 1, name: "Desk" }).waitFor();
    await lead.page.getByRole("link", { name: /awaiting review: list them/ }).click();
    await lead.page.getByRole("heading", { level: 1, name: "Deliverables" }).waitFor();
    await lead.page.getByRole("link", { name: CODE_NAME }).click();
    await lead.page.getByRole("heading", { level: 1, name: CODE_NAME }).waitFor();
    expect(await lead.page.getByRole("button", { name: "Submit for review" }).count()).toBe(0);
    await lead.page.getByRole("button", { name: "Request changes" }).click();
    await lead.page.getByLabel("What needs to change").fill("Add the list of participants");
    await lead.page.getByRole("button", { name: "Send back for changes" }).click();
    await lead.page.getByRole("dialog").waitFor({ state: "detached" });
    await expect.poll(() => status(lead.page), WAIT).toContain("Changes requested");

    // The partner is told, sees the comment and resubmits with the same evidence.
    await expectNotifications(partner.page, [`Changes requested on ${CODE}`]);
    await partner.page
      .getByRole("list", { name: "Notifications" })
      .getByRole("link")
      .first()
      .click();
    await partner.page.getByRole("heading", { level: 1, name: CODE_NAME }).waitFor();
    await expect.poll(() => status(partner.page), WAIT).toContain("Changes requested");
    await history(partner.page).getByText("Add the list of participants").waitFor();
    await partner.page.getByRole("button", { name: "Resubmit" }).click();
    await dialog.getByRole("checkbox", { name: docTitle }).check();
    await dialog.getByLabel("Note for the lead partner").fill("Participants added");
    await dialog.getByRole("button", { name: "Resubmit" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => status(partner.page), WAIT).toContain("Submitted");

    // The lead is told of the resubmission and approves.
    await expectNotifications(lead.page, [
      `${CODE} was submitted for review`,
      `${CODE} was submitted for review`,
    ]);
    await openDeliverable(lead.page, projectId);
    await expect.poll(() => status(lead.page), WAIT).toContain("Submitted");
    await lead.page.getByRole("button", { name: "Approve" }).click();
    await lead.page.getByRole("dialog").getByRole("button", { name: "Approve" }).click();
    await lead.page.getByRole("dialog").waitFor({ state: "detached" });
    await expect.poll(() => status(lead.page), WAIT).toContain("Approved");
    expect(await lead.page.getByRole("button", { name: "Request changes" }).count()).toBe(0);

    // Both see the same, complete history, oldest first, and the final status.
    const steps = ["Submitted", "Changes requested", "Submitted", "Approved"];
    const leadSteps = await historySteps(lead.page);
    expect(leadSteps.slice(-4)).toEqual(steps);
    await expectNotifications(partner.page, [
      `${CODE} was approved`,
      `Changes requested on ${CODE}`,
    ]);
    await expectNotifications(lead.page, [
      `${CODE} was submitted for review`,
      `${CODE} was submitted for review`,
    ]);
    await openDeliverable(partner.page, projectId);
    await expect.poll(() => status(partner.page), WAIT).toContain("Approved");
    expect((await historySteps(partner.page)).slice(-4)).toEqual(steps);
    expect(await partner.page.getByRole("button", { name: "Resubmit" }).count()).toBe(0);
    await history(partner.page).getByText("Participants added").waitFor();

    await partner.context.close();
    await lead.context.close();
  });

  it("the lead reminds a responsible partner of an overdue deliverable from the desk", async () => {
    const lead = await newPage(browser);
    await signIn(lead.page, LEAD);
    const projectId = await demoProjectId(lead.page);
    await lead.page.goto(`/projects/${projectId}/desk`);
    await lead.page.getByRole("heading", { level: 1, name: "Desk" }).waitFor();
    await lead.page.getByRole("button", { name: "Remind responsible partners (overdue)" }).click();
    const dialog = lead.page.getByRole("dialog");
    // D2.3 (Lombardy's peer review report, Helsinki-Uusimaa responsible) only: untick the others.
    for (const box of await dialog.getByRole("checkbox").all()) {
      const name = (await box.evaluate((el) => el.closest("label")?.textContent)) ?? "";
      if (!name.startsWith("D2.3")) await box.uncheck();
    }
    await dialog.getByText("1 of").waitFor();
    await dialog.getByLabel("Message (optional)").fill("Please upload it before Friday.");
    await dialog.getByRole("button", { name: "Send 1 reminder" }).click();
    await dialog.getByText("Reminded 1 person: D2.3.").waitFor();
    await dialog.getByRole("status").getByRole("button", { name: "Close" }).click();
    await lead.context.close();

    // Helsinki-Uusimaa's editor finds the reminder with the message, linking to the deliverable.
    const partner = await newPage(browser);
    await signIn(partner.page, "mikko.virtanen@consortia.demo");
    await partner.page.goto("/notifications");
    const list = partner.page.getByRole("list", { name: "Notifications" });
    await expect
      .poll(async () => {
        await partner.page.reload();
        // The list loads in the browser after the page: wait for it (or its empty state).
        await list.or(partner.page.getByText("No notifications yet.")).waitFor();
        return list.getByText(/^\[MEDTECH-S3\] Reminder: D2\.3 was due on /).count();
      }, WAIT)
      .toBe(1);
    await list.getByText(/Please upload it before Friday\./).waitFor();
    await list.getByRole("link", { name: /Reminder: D2\.3/ }).click();
    await partner.page.getByRole("heading", { level: 1, name: /^D2\.3 / }).waitFor();
    await partner.context.close();
  });

  it("a comment mentions a member picked after typing @, shown highlighted", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    const projectId = await demoProjectId(page);
    await openDeliverable(page, projectId);
    const box = page.getByLabel("Your comment");
    await box.fill("Thanks ");
    await box.pressSequentially("@Anna");
    await page.getByRole("list", { name: "People to mention" }).getByRole("button").first().click();
    await box.pressSequentially("please check the annex");
    await page.getByRole("button", { name: "Post comment" }).click();
    const mark = page.getByRole("list", { name: "Comment threads" }).locator("mark");
    await mark.first().waitFor();
    expect(await mark.first().textContent()).toMatch(/^@Anna /);
    await context.close();
  });

  it("the lead adds and edits a work package, sees field errors and a conflict with another save", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    const projectId = await demoProjectId(page);
    await page.goto(`/projects/${projectId}/work-plan`);
    await page.getByRole("heading", { level: 1, name: "Work plan" }).waitFor();
    await page.getByRole("region", { name: /Timeline chart/ }).waitFor();

    // The end before the start is refused under the field; nothing is saved.
    await page.getByRole("button", { name: "Add work package" }).click();
    const dialog = page.getByRole("dialog");
    const title = `Communication ${process.pid}`;
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByLabel("Lead partner").selectOption({ index: 1 });
    await dialog.getByLabel("Start").fill("2026-03-01");
    await dialog.getByLabel("End").fill("2026-02-01");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("The end date must not be before the start date").waitFor();
    await dialog.getByLabel("End").fill("2026-12-31");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    const card = page.getByRole("heading", { level: 2, name: new RegExp(title) });
    await card.waitFor();
    const number = ((await card.textContent()) ?? "").match(/^WP(\d+)/)?.[1];

    // Two copies of the same edit form: the second save finds the first one's change.
    const other = await context.newPage();
    await other.goto(`/projects/${projectId}/work-plan`);
    await other.getByRole("button", { name: `Edit work package ${number}` }).click();
    await page.getByRole("button", { name: `Edit work package ${number}` }).click();
    await dialog.getByLabel("Title").fill(`${title} and dissemination`);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    const otherDialog = other.getByRole("dialog");
    await otherDialog.getByLabel("Objectives").fill("Reach stakeholders in every region");
    await otherDialog.getByRole("button", { name: "Save" }).click();
    await otherDialog.getByText(/Someone else saved this work package/).waitFor();
    await otherDialog.getByRole("button", { name: "Use the saved title" }).click();
    await otherDialog.getByRole("button", { name: "Save again" }).click();
    await otherDialog.waitFor({ state: "detached" });
    await page.reload();
    await page
      .getByRole("heading", { level: 2, name: `WP${number} ${title} and dissemination` })
      .waitFor();
    await page.getByText("Reach stakeholders in every region").waitFor();
    await context.close();
  });
});
