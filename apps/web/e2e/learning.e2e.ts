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

/** The headline of the target card on the project home: validated practices so far. */
async function validatedOnHome(page: Page, projectId: string): Promise<number> {
  await page.goto(`/projects/${projectId}`);
  const card = page.getByText(/\d+ of \d+ validated/);
  await card.waitFor();
  const text = (await card.textContent()) ?? "";
  return Number(/(\d+) of \d+ validated/.exec(text)?.[1] ?? Number.NaN);
}

async function confirmDialog(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: button }).click();
  await dialog.waitFor({ state: "detached" });
}

async function addParticipant(
  page: Page,
  who: { person?: string; guest?: { name: string; organisation: string; country: string } },
): Promise<void> {
  await page.getByRole("button", { name: "Add participant" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a participant" });
  if (who.person) {
    await dialog.getByLabel("Person").selectOption({ label: who.person });
  } else if (who.guest) {
    await dialog.getByRole("radio", { name: "An external guest" }).check();
    await dialog.getByLabel("Guest's name").fill(who.guest.name);
    await dialog.getByLabel("Guest's organisation").fill(who.guest.organisation);
    await dialog.getByLabel("Country").selectOption({ label: who.guest.country });
  }
  await dialog.getByLabel("Role").selectOption({ label: "Peer" });
  await dialog.getByLabel("Increased capacity").selectOption({ label: "Yes" });
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("interregional learning", () => {
  it("logs a peer review, submits a good practice, and the lead's validation moves the target chart", async () => {
    const tag = `${process.pid}-${Date.now() % 100_000}`;
    const reviewTitle = `Peer review of the Stockholm MedTech process ${tag}`;
    const practiceTitle = `Care-provider speed dating ${tag}`;

    // Region Stockholm's editor logs a peer review her region hosts.
    const editor = await newPage(browser);
    await signIn(editor.page, "anna.berg@consortia.demo");
    const projectId = await demoProjectId(editor.page);
    const page = editor.page;
    await page.goto(`/projects/${projectId}/learning`);
    await page.getByRole("heading", { level: 1, name: "Learning events" }).waitFor();
    await page.getByRole("link", { name: "Log an event" }).click();
    await page.getByRole("heading", { level: 1, name: "Log a learning event" }).waitFor();
    await page.getByLabel("Kind").selectOption({ label: "Peer review" });
    await page.getByLabel("Title").fill(reviewTitle);
    await page.getByLabel("Start date").fill("2026-05-12");
    // Reversed dates are refused field by field, and nothing is saved.
    await page.getByLabel("End date").fill("2026-05-10");
    await page.getByLabel("City").fill("Stockholm");
    await page.getByLabel("Country").selectOption({ label: "Sweden" });
    await page.getByLabel("Themes").fill("medtech, process management");
    await page
      .getByLabel("Host's policy challenge")
      .fill("Bringing care providers into MedTech innovation");
    await page.getByRole("button", { name: "Log event" }).click();
    await page.getByText("The end date cannot be before the start date").waitFor();
    await page.getByLabel("End date").fill("2026-05-13");
    await page.getByRole("button", { name: "Log event" }).click();
    await page.getByRole("heading", { level: 1, name: reviewTitle }).waitFor();

    // Peers from three countries: two from the platform, one external guest.
    await page.getByText(/peers come from no other country yet/).waitFor();
    await addParticipant(page, { person: "Giulia Rossi (Lombardia)" });
    await page.getByText(/peers come only from Italy/).waitFor();
    await addParticipant(page, { person: "Sanne de Vries (Limburg)" });
    await addParticipant(page, {
      guest: { name: "Pere Vidal", organisation: "Generalitat de Catalunya", country: "Spain" },
    });
    await page.getByRole("cell", { name: /^Pere Vidal/ }).waitFor();
    await expect
      .poll(() => page.getByText(/a peer review needs peers from at least two/).count())
      .toBe(0);
    const byCountry = page.getByRole("region", { name: "Participants by country" });
    await expect.poll(() => byCountry.getByRole("listitem").count()).toBe(3);

    // Two recommendations; the second is moved to the top and the first is accepted.
    const list = page.getByRole("list", { name: "Recommendations" });
    const texts = ["Name one process manager for MedTech", "Open test beds to SMEs"];
    for (const [i, text] of texts.entries()) {
      await page.getByLabel("New recommendation").fill(text);
      await page.getByRole("button", { name: "Add recommendation" }).click();
      await expect.poll(() => list.getByRole("listitem").count()).toBe(i + 1);
      await expect.poll(() => page.getByLabel("New recommendation").inputValue()).toBe("");
    }
    await page.getByText(texts[1] as string).waitFor();
    await page.getByRole("button", { name: "Move recommendation 2 up" }).click();
    await expect
      .poll(() => list.getByRole("listitem").first().textContent())
      .toContain("Open test beds to SMEs");
    await page.getByLabel("Status of recommendation 2").selectOption({ label: "Accepted" });
    await expect
      .poll(() => page.getByLabel("Status of recommendation 2").inputValue())
      .toBe("accepted");

    // She describes a good practice and submits it.
    await page.goto(`/projects/${projectId}/practices/new`);
    await page.getByRole("heading", { level: 1, name: "Describe a good practice" }).waitFor();
    await page.getByLabel("Title").fill("x".repeat(101));
    await page.getByText("Too long by 1 characters").waitFor();
    await page.getByLabel("Title").fill(practiceTitle);
    await page.getByText(`${practiceTitle.length} of 100 characters`).waitFor();
    const fields: Array<[string, string]> = [
      ["Summary", "Companies meet care providers in short, structured meetings."],
      ["Location: region", "Stockholm"],
      ["Location: city", "Stockholm"],
      ["Main institution", "Region Stockholm"],
      ["Detailed description", "Twice a year, 30 companies meet 30 clinics for 10 minutes each."],
      ["Resources needed", "One coordinator, a venue, EUR 15 000 a year."],
      ["Timescale", "Since 2022"],
      ["Evidence of success", "Twelve pilot projects in two years."],
      ["Difficulties encountered", "Clinicians' time."],
      ["Potential for learning or transfer", "Any region with a hospital cluster."],
      ["Contact: name", "Anna Berg"],
      ["Contact: e-mail", "anna.berg@consortia.demo"],
      ["Themes", "medtech"],
    ];
    for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel("Location: country").selectOption({ label: "Sweden" });
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("heading", { level: 1, name: practiceTitle }).waitFor();
    const practiceUrl = page.url();
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await confirmDialog(page, "Submit for approval");
    await expect
      .poll(() => page.getByRole("button", { name: "Submit for approval" }).count())
      .toBe(0);
    await page.getByText("Submitted", { exact: true }).first().waitFor();
    await editor.context.close();

    // The lead coordinator approves it and records the programme's validation.
    const lead = await newPage(browser);
    await signIn(lead.page, "lead@consortia.demo");
    const before = await validatedOnHome(lead.page, projectId);
    expect(before).toBeGreaterThanOrEqual(0);
    await lead.page.goto(practiceUrl);
    await lead.page.getByRole("heading", { level: 1, name: practiceTitle }).waitFor();
    await lead.page.getByRole("button", { name: "Approve" }).click();
    await confirmDialog(lead.page, "Approve");
    await lead.page.getByRole("button", { name: "Record validation" }).click();
    await confirmDialog(lead.page, "Record validation");
    await lead.page.getByText("Validated", { exact: true }).first().waitFor();

    // The chart on the project home has moved by one.
    expect(await validatedOnHome(lead.page, projectId)).toBe(before + 1);
    const byPartner = lead.page.getByRole("table", { name: "By partner as a table" });
    await byPartner.getByRole("rowheader", { name: "Region Stockholm" }).waitFor();
    await lead.context.close();
  });
});
