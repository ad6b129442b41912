import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLE_LABELS } from "../src/lib/labels";
import { baseUrl, DEMO_ACRONYM, launchBrowser, newPage, signIn, waitForMail } from "./support";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Option labels carry extra text (e.g. "Region Stockholm (Region Stockholm)"): match the start. */
async function selectOptionStartingWith(select: Locator, text: string) {
  const labels = await select.locator("option").allTextContents();
  const label = labels.find((l) => l.trim().startsWith(text));
  if (!label) throw new Error(`No option starting with "${text}" in ${JSON.stringify(labels)}`);
  await select.selectOption({ label: label.trim() });
}

async function expectVisibleText(page: Page, text: string) {
  await page.getByText(text).filter({ visible: true }).first().waitFor({ state: "visible" });
}

describe("invitation to first use", () => {
  it("lead invites a partner editor, who accepts by e-mail link and sees the partners", async () => {
    const invitee = `new.editor.${process.pid}@example.org`;
    const newPassword = "a-long-and-fresh-password-42";

    // The lead coordinator signs in and opens the demo project from the project list.
    const lead = await newPage(browser);
    await signIn(lead.page, "lead@consortia.demo");
    await lead.page.goto("/projects");
    await lead.page.getByRole("link", { name: DEMO_ACRONYM }).click();
    await lead.page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const projectId = new URL(lead.page.url()).pathname.split("/")[2];
    expect(projectId).toMatch(/^[0-9a-f-]{36}$/);

    await lead.page
      .getByRole("navigation", { name: "Project" })
      .getByRole("link", { name: "Members" })
      .click();
    await lead.page.waitForURL(`**/projects/${projectId}/members`);

    await lead.page.getByRole("button", { name: "Invite a person" }).click();
    const dialog = lead.page.getByRole("dialog", { name: "Invite a person" });
    await dialog.getByLabel("E-mail").fill(invitee);
    await dialog.getByLabel("Role").selectOption({ label: ROLE_LABELS.partner_editor ?? "" });
    await selectOptionStartingWith(dialog.getByLabel("Partner"), "Region Stockholm");
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await dialog.waitFor({ state: "hidden" });
    await lead.context.close();

    // The mail carries a one-time link on the configured public URL.
    const mail = await waitForMail(invitee);
    const link = mail.text.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0];
    expect(link, `no /invite/<token> link in:\n${mail.text}`).toBeDefined();
    expect(new URL(link ?? "").origin).toBe(baseUrl());

    // A fresh browser (no cookies) accepts the invitation.
    const guest = await newPage(browser);
    await guest.page.goto(link ?? "");
    await guest.page.getByLabel("Your name").fill("Nora Editor");
    await guest.page.getByLabel("Password", { exact: true }).fill(newPassword);
    await guest.page.getByLabel("Repeat password").fill(newPassword);
    await guest.page.getByRole("button", { name: "Accept invitation" }).click();
    await guest.page.waitForURL((url) => url.pathname === "/sign-in");

    await signIn(guest.page, invitee, newPassword);
    await guest.page.goto(`/projects/${projectId}/partners`);
    await guest.page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
    await expectVisibleText(guest.page, "Capital Region of Denmark");
    await expectVisibleText(guest.page, "Region Stockholm");
    await expectVisibleText(guest.page, "DK01");
    await expectVisibleText(guest.page, "SE11");
    await guest.context.close();
  });
});
