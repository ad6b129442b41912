import type { Browser } from "playwright-core";
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

// Workflows that must not surprise: a submission that asks first, evidence in one go. Each test makes or picks its
// own records through the API and checks in the browser what only a browser shows.

const LEAD = "lead@consortia.demo";

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
