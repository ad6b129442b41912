import type { Browser, Dialog } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  demoProjectId,
  launchBrowser,
  newPage,
  read,
  seriousViolations,
  signIn,
  write,
} from "./support";

// Issue 16, items 7, 11 and 13: workflows that must not surprise. Each test makes or picks its
// own records through the API and checks in the browser what only a browser shows.

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

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const tag = () => `${process.pid}-${Date.now() % 100_000}`;

type Overview = { myPartnerId: string; partners: { id: string; shortName: string }[] };

describe("workflows that ask first and take evidence in one go", () => {
  it("asks before a period report is submitted, listing what locks and what is incomplete", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    const projectId = await demoProjectId(page);
    // A begun period of its own: not period 1 (reports.e2e) nor the demo's period 2.
    const periods = await read<Array<{ number: number; begun: boolean; status: string }>>(
      page,
      "periodReports.list",
      { projectId },
    );
    const period = periods
      .filter((p) => p.begun && p.status !== "submitted" && p.number > 2)
      .at(-1);
    if (!period) throw new Error(`No open begun period after 2: ${JSON.stringify(periods)}`);
    const n = period.number;
    const contributions = await read<{
      partners: { partnerName: string; status: string | null }[];
    }>(page, "periodReports.contributions.list", { projectId, periodNumber: n });
    const missing = contributions.partners.filter((p) => p.status !== "submitted");

    await page.goto(`/projects/${projectId}/reports/${n}`);
    await page.getByRole("heading", { name: `Progress report, period ${n}` }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Highlights of the period").fill(`Peer reviews in two regions ${tag()}.`);
    const selects = page.getByLabel(/^Objectives of WP\d+$/);
    const count = await selects.count();
    expect(count).toBeGreaterThan(1);
    await selects.nth(0).selectOption("partly");
    await page.getByLabel("Explanation for WP1").fill("One workshop moved to the next period.");
    for (let i = 1; i < count; i++) await selects.nth(i).selectOption("fully");

    // One click saves and asks; it does not lock.
    await page.getByRole("button", { name: "Submit the report" }).click();
    const dialog = page.getByRole("dialog", { name: `Submit the report of period ${n}?` });
    await dialog.waitFor();
    await dialog.getByRole("heading", { name: "What will lock" }).waitFor();
    await dialog.getByText(`The indicator values of period ${n}.`).waitFor();
    await dialog.getByText(/^Partners’ contributions for period \d+/).waitFor();
    const incomplete = dialog.getByRole("heading", { name: "What is incomplete" });
    await incomplete.waitFor();
    // Every work package but WP1 is fully achieved without an explanation.
    await expect
      .poll(() => dialog.getByText(/: Fully achieved, no explanation$/).count())
      .toBe(count - 1);
    expect(await dialog.getByText(/^WP1 .*no explanation$/).count()).toBe(0);
    for (const p of missing)
      await dialog.getByText(new RegExp(`^${literal(p.partnerName)}: contribution `)).waitFor();
    expect(await seriousViolations(page), "axe with the confirmation open").toEqual([]);

    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Submit the report" }).waitFor();
    const after = await read<{ meta: { status: string } }>(page, "periodReports.get", {
      projectId,
      periodNumber: n,
    });
    expect(after.meta.status).toBe("draft");
    await context.close();
  });

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

  it("records monitoring progress and uploads its evidence without leaving the dialog", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    const projectId = await demoProjectId(page);
    const t = tag();
    const { myPartnerId } = await read<Overview>(page, "projects.overview", { projectId });
    const instrument = await write<{ id: string }>(page, "policyInstruments.create", {
      projectId,
      partnerId: myPartnerId,
      name: `Capital Region growth plan ${t}`,
      instrumentType: "regional_strategy",
      territorialLevel: "regional",
      isMain: false,
    });
    const plan = await write<{ id: string }>(page, "actionPlans.create", {
      projectId,
      policyInstrumentId: instrument.id,
      title: `Action plan ${t}`,
      language: "en",
      generalInformation: "The Capital Region opens hospital test beds.",
      policyContext: "The growth plan lacks a path for SMEs into care.",
      actionsSummaryEn: "One action: test beds.",
    });
    const actionTitle = `Hospital test beds ${t}`;
    await write(page, "planActions.create", {
      projectId,
      actionPlanId: plan.id,
      title: actionTitle,
      background: "Inspired by the Stockholm peer review.",
      activities: "Three hospitals open their wards to pilots.",
      players: "Capital Region, Rigshospitalet",
      startDate: "2025-03-01",
      endDate: "2027-12-31",
      estimatedCostEur: "50000.00",
      fundingSources: "ERDF",
    });
    for (const step of ["submit", "finalise"]) {
      const { version } = await read<{ version: number }>(page, "actionPlans.get", {
        projectId,
        actionPlanId: plan.id,
      });
      await write(page, `actionPlans.${step}`, {
        projectId,
        actionPlanId: plan.id,
        version,
        note: "",
      });
    }

    await page.goto(`/projects/${projectId}/action-plans/${plan.id}/monitoring`);
    await page.getByRole("heading", { level: 1, name: /^Monitoring:/ }).waitFor();
    await page.waitForLoadState("networkidle");
    await page
      .getByRole("button", {
        name: new RegExp(`^Record progress of ${literal(actionTitle)} in period 1:`),
      })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Progress", { exact: true }).selectOption({ label: "On track" });
    await dialog.getByLabel("Percentage complete").fill("30");
    await dialog.getByRole("button", { name: "Save progress" }).click();
    // Saved, the dialog stays open for the evidence.
    await dialog.getByText("Progress saved. Attach its evidence below, or close.").waitFor();
    const fileName = `test-bed-agreement-${t}.txt`;
    const docTitle = fileName.replace(/\.txt$/, "");
    await dialog.getByRole("button", { name: "Upload a new file" }).click();
    await dialog.getByLabel("File to upload").setInputFiles([
      {
        name: fileName,
        mimeType: "text/plain",
        buffer: Buffer.from("Agreement between three hospitals on test beds.\n"),
      },
    ]);
    expect(await dialog.getByLabel("Title in the library").inputValue()).toBe(docTitle);
    expect(await dialog.getByLabel("Category").inputValue()).toBe("policy_document");
    await dialog.getByLabel("Who may see it").selectOption({ label: "Own partner only" });
    expect(await seriousViolations(page), "axe with the upload open").toEqual([]);
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    const link = dialog
      .getByRole("list", { name: "Evidence documents" })
      .getByRole("link", { name: docTitle });
    await link.waitFor({ timeout: 60_000 });
    const documentId = (await link.getAttribute("href"))?.split("/").at(-1) as string;
    const doc = await read<{ category: string; visibility: string; ownerPartnerId: string }>(
      page,
      "documents.get",
      { projectId, documentId },
    );
    expect(doc).toMatchObject({
      category: "policy_document",
      visibility: "partner",
      ownerPartnerId: myPartnerId,
    });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await page
      .getByRole("button", {
        name: new RegExp(`^Change progress of ${literal(actionTitle)} in period 1:`),
      })
      .getByText("30%")
      .waitFor();
    await context.close();
  });

  it("submits a deliverable with a file uploaded in its submission dialog", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, LEAD);
    const projectId = await demoProjectId(page);
    const t = tag();
    const { myPartnerId } = await read<Overview>(page, "projects.overview", { projectId });
    const [wp] = await read<Array<{ id: string }>>(page, "workPackages.list", { projectId });
    if (!wp) throw new Error("The demo has no work package");
    const code = `U${(process.pid % 89) + 10}.${Date.now() % 1000}`;
    const created = await write<{ id: string }>(page, "deliverables.create", {
      projectId,
      code,
      title: `Test-bed guide ${t}`,
      description: "",
      kind: "deliverable",
      workPackageId: wp.id,
      responsiblePartnerId: myPartnerId,
      contributingPartnerIds: [],
      dueDate: "2027-06-30",
    });
    const { version } = await read<{ version: number }>(page, "deliverables.get", {
      projectId,
      deliverableId: created.id,
    });
    await write(page, "deliverables.start", {
      projectId,
      deliverableId: created.id,
      version,
      note: "",
    });

    await page.goto(`/projects/${projectId}/deliverables/${created.id}`);
    await page.getByRole("heading", { level: 1, name: new RegExp(literal(code)) }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Submit for review" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Upload a new file" }).click();
    const fileName = `test-bed-guide-${t}.txt`;
    const docTitle = fileName.replace(/\.txt$/, "");
    await dialog
      .getByLabel("File to upload")
      .setInputFiles([
        { name: fileName, mimeType: "text/plain", buffer: Buffer.from("The guide.\n") },
      ]);
    expect(await dialog.getByLabel("Category").inputValue()).toBe("deliverable");
    expect(await dialog.getByLabel("Who may see it").inputValue()).toBe("partnership");
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    // Uploaded into the library and chosen as evidence, in the same dialog.
    await dialog
      .getByRole("list", { name: "Chosen documents" })
      .getByText(docTitle)
      .waitFor({ timeout: 60_000 });
    await dialog.getByLabel("Note for the lead partner").fill("The guide, uploaded just now.");
    await dialog.getByRole("button", { name: "Submit for review" }).click();
    await dialog.waitFor({ state: "detached" });
    const after = await read<{ status: string; documents: { title: string; category: string }[] }>(
      page,
      "deliverables.get",
      { projectId, deliverableId: created.id },
    );
    expect(after.status).toBe("submitted");
    expect(after.documents).toEqual([
      expect.objectContaining({ title: docTitle, category: "deliverable" }),
    ]);
    await context.close();
  });
});
