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

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type MatrixRow = { partnerId: string; improvements: { achieved: number } };

describe("policy improvements and the learning chain", () => {
  it("monitors a final plan, records an improvement with evidence, and finds it on the matrix and the chain", async () => {
    const tag = `${process.pid}-${Date.now() % 100_000}`;
    const instrumentName = `Pomorskie MedTech S3 ${tag}`;
    const actionTitle = `Open hospital test beds to SMEs ${tag}`;
    const improvementTitle = `Test-bed call funded by the ERDF ${tag}`;
    const fileName = `call-decision-${tag}.txt`;
    const docTitle = fileName.replace(/\.txt$/, "");
    const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);

    // Pomorskie's editor writes an action plan with one action and two inspirations.
    const editor = await newPage(browser);
    const page = editor.page;
    await signIn(page, "kasia.nowak@consortia.demo");
    const projectId = await demoProjectId(page);
    const overview = await read<{ partners: { id: string; shortName: string }[] }>(
      page,
      "projects.overview",
      { projectId },
    );
    const partnerId = overview.partners.find((p) => p.shortName === "Pomorskie")?.id as string;
    const instrument = await write<{ id: string }>(page, "policyInstruments.create", {
      projectId,
      partnerId,
      name: instrumentName,
      instrumentType: "smart_specialisation_strategy",
      territorialLevel: "regional",
      isMain: false,
      baseline: "No instrument funds MedTech pilots in hospitals",
    });
    const plan = await write<{ id: string }>(page, "actionPlans.create", {
      projectId,
      policyInstrumentId: instrument.id,
      title: `Action plan for ${instrumentName}`,
      language: "pl",
    });
    const options = await read<{
      goodPractices: { id: string; title: string }[];
      learningEvents: { id: string; title: string }[];
    }>(page, "planActions.inspirationOptions", { projectId, q: "" });
    const practice = options.goodPractices[0];
    const event = options.learningEvents[0];
    if (!practice || !event) throw new Error("The demo has no practice or event to link");
    const action = await write<{ id: string }>(page, "planActions.create", {
      projectId,
      actionPlanId: plan.id,
      title: actionTitle,
    });
    for (const [kind, targetId] of [
      ["good_practice", practice.id],
      ["learning_event", event.id],
    ])
      await write(page, "planActions.addInspiration", {
        projectId,
        actionId: action.id,
        kind,
        targetId,
      });
    const draft = await read<{ version: number }>(page, "actionPlans.get", {
      projectId,
      actionPlanId: plan.id,
    });
    await write(page, "actionPlans.submit", {
      projectId,
      actionPlanId: plan.id,
      version: draft.version,
    });

    // Monitoring waits for the final plan.
    await page.goto(`/projects/${projectId}/action-plans/${plan.id}/monitoring`);
    await page.getByText("Monitoring follows the final action plan").waitFor();

    // The lead coordinator finalises it.
    const lead = await newPage(browser);
    await signIn(lead.page, "lead@consortia.demo");
    const inReview = await read<{ version: number }>(lead.page, "actionPlans.get", {
      projectId,
      actionPlanId: plan.id,
    });
    await write(lead.page, "actionPlans.finalise", {
      projectId,
      actionPlanId: plan.id,
      version: inReview.version,
      // The plan is written only as far as this test needs it.
      overrideReason: "Only the action matters for this improvement",
    });
    const before = await read<{ rows: MatrixRow[] }>(lead.page, "policyViews.matrix", {
      projectId,
    });
    const achievedBefore =
      before.rows.find((r) => r.partnerId === partnerId)?.improvements.achieved ?? 0;

    // The editor records period 1; a progress that contradicts the percentage is refused.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: /^Monitoring:/ }).waitFor();
    // Client components answer clicks once hydrated; a cold server is slow to serve them.
    await page.waitForLoadState("networkidle");
    expect(await page.getByText("Monitoring follows the final action plan").count()).toBe(0);
    await page
      .getByRole("button", { name: new RegExp(`^Record progress of ${actionTitle} in period 1:`) })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Progress", { exact: true }).selectOption({ label: "On track" });
    await dialog.getByLabel("Percentage complete").fill("100");
    await dialog.getByRole("button", { name: "Save progress" }).click();
    await dialog.getByText("An action at 100% is completed").waitFor();
    await dialog.getByLabel("Percentage complete").fill("40");
    await dialog.getByLabel("Comment").fill("Two hospitals signed up");
    await dialog.getByRole("button", { name: "Save progress" }).click();
    // The dialog stays open for the entry's evidence; closed, the grid shows the entry.
    await dialog.getByText("Progress saved. Attach its evidence below, or close.").waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    const cell = page.getByRole("button", {
      name: new RegExp(`^Change progress of ${actionTitle} in period 1:`),
    });
    await cell.getByText("On track").waitFor();
    await cell.getByText("40%").waitFor();

    // A decision document goes into the library.
    await page.goto(`/projects/${projectId}/documents`);
    await page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Choose files to upload").setInputFiles([
      {
        name: fileName,
        mimeType: "text/plain",
        buffer: Buffer.from("Board decision: the regional programme funds a test-bed call.\n"),
      },
    ]);
    await page.getByLabel("Category").selectOption({ label: "Policy document" });
    await page.getByRole("radio", { name: "Whole partnership" }).check();
    await page.getByRole("button", { name: "Start upload" }).click();
    await page.getByText("Uploaded", { exact: true }).waitFor({ timeout: 60_000 });

    // She records the improvement; a malformed amount is refused next to its field.
    await page.goto(`/projects/${projectId}/improvements/new`);
    await page.getByRole("heading", { level: 1, name: "Record a policy improvement" }).waitFor();
    await page.getByLabel("Policy instrument").locator(`option:text("${instrumentName}")`).waitFor({
      state: "attached",
    });
    await page.getByLabel("Policy instrument").selectOption({ label: instrumentName });
    await page.getByLabel("Type of improvement").selectOption({ label: "New projects funded" });
    await page.getByLabel("Title").fill(improvementTitle);
    await page.getByLabel("Description").fill("The ERDF programme opened a call for test beds.");
    await page.getByLabel("Date of the improvement").fill(day);
    await page.getByLabel("Funds mobilised (EUR)").fill("250,000.50");
    await page.getByRole("checkbox", { name: actionTitle }).check();
    await page.getByRole("checkbox", { name: practice.title }).check();
    await page.getByRole("button", { name: "Record improvement" }).click();
    await page.getByText("Give euros with at most two decimals and no separators").waitFor();
    await page.getByLabel("Funds mobilised (EUR)").fill("250000.50");
    await page.getByRole("button", { name: "Record improvement" }).click();
    await page.getByRole("heading", { level: 1, name: improvementTitle }).waitFor();
    await page.waitForLoadState("networkidle");
    const improvementUrl = new URL(page.url()).pathname;

    // Marking it achieved too early lists what is missing, each next to its field.
    await page.getByRole("button", { name: "Mark achieved" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Mark achieved" }).click();
    await page.getByText("Explain why it is a direct result of the project").waitFor();
    await page.getByText("Attach at least one evidence document").waitFor();

    // Evidence from the library, then the justification.
    await page.getByRole("button", { name: "Attach from the library" }).click();
    await page.getByRole("checkbox", { name: docTitle }).check();
    await page.getByRole("button", { name: "Attach 1 chosen" }).click();
    await page
      .getByRole("list", { name: "Evidence documents" })
      .getByRole("link", { name: docTitle })
      .waitFor();
    await page.getByRole("link", { name: "Edit improvement" }).click();
    await page
      .getByLabel("Why it is a direct result of the project")
      .fill("The call copies the test-bed model of the peer review hosted by Stockholm.");
    await page.getByRole("button", { name: "Save improvement" }).click();
    await page.getByRole("heading", { level: 1, name: improvementTitle }).waitFor();
    await page.getByRole("button", { name: "Mark achieved" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Mark achieved" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await expect.poll(() => page.getByRole("button", { name: "Mark achieved" }).count()).toBe(0);
    await page.getByText("Achieved", { exact: true }).first().waitFor();

    // The matrix row of Pomorskie counts it, and its figure lists it.
    await page.goto(`/projects/${projectId}/policy`);
    await page.getByRole("heading", { level: 1, name: "Policy overview" }).waitFor();
    const row = page.getByRole("row", { name: /Pomorskie/ }).first();
    const achieved = row.getByRole("link", {
      name: `${achievedBefore + 1} achieved for Pomorskie`,
    });
    await achieved.waitFor();
    await achieved.click();
    await page.getByRole("heading", { level: 1, name: "Policy improvements" }).waitFor();
    await page.getByRole("link", { name: improvementTitle }).waitFor();

    // In the learning chain, following the action leads to the improvement.
    await page.goto(`/projects/${projectId}/policy/chain?partner=${partnerId}`);
    await page.getByRole("heading", { level: 1, name: "Learning chain" }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: `${actionTitle}: follow its chain` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe(action.id);
    await page.getByText(/Following the chain of action/).waitFor();
    await page.getByRole("button", { name: `${practice.title}: follow its chain` }).waitFor();
    await page.getByRole("button", { name: `${event.title}: follow its chain` }).waitFor();
    await page.getByRole("link", { name: `Open ${improvementTitle}` }).click();
    await page.waitForURL((url) => url.pathname === improvementUrl);
    await page.getByRole("heading", { level: 1, name: improvementTitle }).waitFor();

    // The pages that need a record's id, at desktop and phone widths.
    const pages = [
      `/projects/${projectId}/policy/regions/${partnerId}`,
      improvementUrl,
      `/projects/${projectId}/action-plans/${plan.id}/monitoring`,
      `/projects/${projectId}/policy/chain?node=${action.id}`,
    ];
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of pages) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        expect.soft(await seriousViolations(page), `axe on ${path} at ${width}px`).toEqual([]);
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth > window.innerWidth + 1,
        );
        expect.soft(wide, `${path} scrolls sideways at ${width}px`).toBe(false);
      }
    }
    await editor.context.close();
    await lead.context.close();
  });
});
