import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DESKTOP,
  demoProjectId,
  launchBrowser,
  newPage,
  open,
  PHONE,
  read,
  seriousViolations,
  signIn,
  write,
} from "./support";

/**
 * Following the learning chain from where it starts: a practice's, an event's and an action's
 * page. The records are made here, for Berlin (no other browser test writes for it), so the
 * file depends on no other file's data.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A chain for Berlin: practice → event → action → improvement, and a final plan to monitor. */
type Chain = {
  projectId: string;
  practice: { id: string; title: string };
  event: { id: string; title: string };
  plan: { id: string };
  byPractice: { id: string; title: string };
  byEvent: { id: string; title: string };
  improvement: { id: string; title: string };
};

async function makeChain(page: Page): Promise<Chain> {
  const tag = `${process.pid}-${Date.now() % 100_000}`;
  const projectId = await demoProjectId(page);
  const overview = await read<{ partners: { id: string; shortName: string }[] }>(
    page,
    "projects.overview",
    { projectId },
  );
  const partnerId = overview.partners.find((p) => p.shortName === "Berlin")?.id as string;
  const practice = await write<{ id: string }>(page, "goodPractices.create", {
    projectId,
    ownerPartnerId: partnerId,
    title: `Berlin MedTech sandbox ${tag}`,
  });
  const event = await write<{ id: string }>(page, "learningEvents.create", {
    projectId,
    kind: "study_visit",
    title: `Study visit to Berlin ${tag}`,
    hostPartnerId: partnerId,
    startDate: "2026-05-12",
    endDate: "2026-05-13",
    city: "Berlin",
    country: "DE",
  });
  await write(page, "goodPractices.linkEvent", {
    projectId,
    goodPracticeId: practice.id,
    eventId: event.id,
  });
  const instrument = await write<{ id: string }>(page, "policyInstruments.create", {
    projectId,
    partnerId,
    name: `Berlin innovation strategy ${tag}`,
    instrumentType: "smart_specialisation_strategy",
    territorialLevel: "regional",
    isMain: false,
    baseline: "No sandbox for MedTech start-ups",
  });
  const plan = await write<{ id: string }>(page, "actionPlans.create", {
    projectId,
    policyInstrumentId: instrument.id,
    title: `Action plan for Berlin ${tag}`,
    language: "de",
  });
  const byPractice = { title: `Open a regulatory sandbox ${tag}`, id: "" };
  const byEvent = { title: `Hospital test-bed vouchers ${tag}`, id: "" };
  for (const [a, kind, targetId] of [
    [byPractice, "good_practice", practice.id],
    [byEvent, "learning_event", event.id],
  ] as const) {
    a.id = (
      await write<{ id: string }>(page, "planActions.create", {
        projectId,
        actionPlanId: plan.id,
        title: a.title,
      })
    ).id;
    await write(page, "planActions.addInspiration", { projectId, actionId: a.id, kind, targetId });
  }
  for (const step of ["submit", "finalise"]) {
    const { version } = await read<{ version: number }>(page, "actionPlans.get", {
      projectId,
      actionPlanId: plan.id,
    });
    // The plan is only the frame these pages need: the lead finalises it as it is.
    await write(page, `actionPlans.${step}`, {
      projectId,
      actionPlanId: plan.id,
      version,
      ...(step === "finalise" ? { overrideReason: "Only the frame the page test needs" } : {}),
    });
  }
  const improvementTitle = `Sandbox written into the strategy ${tag}`;
  const improvement = await write<{ id: string }>(page, "improvements.create", {
    projectId,
    partnerId,
    policyInstrumentId: instrument.id,
    improvementType: "structural_change",
    title: improvementTitle,
    fundsMobilisedEur: "",
    actionIds: [byEvent.id],
  });
  return {
    projectId,
    practice: { id: practice.id, title: `Berlin MedTech sandbox ${tag}` },
    event: { id: event.id, title: `Study visit to Berlin ${tag}` },
    plan,
    byPractice,
    byEvent,
    improvement: { id: improvement.id, title: improvementTitle },
  };
}

describe("the learning chain from where it starts", () => {
  let chain: Chain;
  let lead: Page;

  beforeAll(async () => {
    lead = (await newPage(browser, DESKTOP)).page;
    await signIn(lead, "lead@consortia.demo");
    chain = await makeChain(lead);
  });

  it.each([
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const)(
    "a practice's page shows the actions and improvements it led to (%s)",
    async (_, viewport) => {
      const { page } = await newPage(browser, viewport);
      await signIn(page, "lead@consortia.demo");
      const { projectId, practice } = chain;
      await open(page, `/projects/${projectId}/practices/${practice.id}`);
      await page.getByRole("heading", { name: "In the learning chain" }).waitFor();
      const card = page.locator("main");
      const inspired = card.getByRole("region", { name: "Actions it inspired" });
      // Directly inspired, and through the event where it was presented.
      expect(await inspired.getByRole("link", { name: chain.byPractice.title }).count()).toBe(1);
      expect(await inspired.getByRole("link", { name: chain.byEvent.title }).count()).toBe(1);
      const improvements = card.getByRole("region", { name: "Improvements it led to" });
      expect(await improvements.getByRole("link", { name: chain.improvement.title }).count()).toBe(
        1,
      );
      expect(await seriousViolations(page)).toEqual([]);

      // Into the chain view, at this practice.
      await card.getByRole("link", { name: "Follow it in the learning chain" }).click();
      await page.waitForURL((u) => u.pathname.endsWith("/policy/chain"));
      expect(new URL(page.url()).searchParams.get("node")).toBe(practice.id);
      await page.getByText(`Following the chain of good practice ${practice.title}`).waitFor();
      await page.context().close();
    },
  );

  it("an event's page and an action's card lead on to the improvements and into the chain", async () => {
    const { projectId, event } = chain;
    await open(lead, `/projects/${projectId}/learning/${event.id}`);
    await lead.getByRole("heading", { name: "In the learning chain" }).waitFor();
    const eventCard = lead.locator("main");
    const after = eventCard.getByRole("region", { name: "Actions it inspired" });
    expect(await after.getByRole("link", { name: chain.byEvent.title }).count()).toBe(1);
    expect(
      await eventCard
        .getByRole("region", { name: "Improvements it led to" })
        .getByRole("link", { name: chain.improvement.title })
        .count(),
    ).toBe(1);
    expect(await seriousViolations(lead)).toEqual([]);

    await open(lead, `/projects/${projectId}/action-plans/${chain.plan.id}`);
    const card = lead.locator(`#action-${chain.byEvent.id}`);
    await card.waitFor();
    expect(await card.getByRole("link", { name: chain.improvement.title }).count()).toBe(1);
    expect(await seriousViolations(lead)).toEqual([]);
    await card.getByRole("link", { name: /^Follow it in the learning chain/ }).click();
    await lead.waitForURL((u) => u.pathname.endsWith("/policy/chain"));
    expect(new URL(lead.url()).searchParams.get("node")).toBe(chain.byEvent.id);
    await lead.getByText(`Following the chain of action ${chain.byEvent.title}`).waitFor();
  });

  it.each([
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const)(
    "the monitoring page: begun periods only, a reachable grid, no serious axe violation (%s)",
    async (_, viewport) => {
      const { projectId, plan, byEvent } = chain;
      const url = `/projects/${projectId}/action-plans/${plan.id}/monitoring`;
      // The lead records progress; a partner viewer reads a grid without a button in it.
      for (const email of ["lead@consortia.demo", "viewer@consortia.demo"]) {
        const { page, context } = await newPage(browser, viewport);
        await signIn(page, email);
        await open(page, url);
        await page.getByRole("heading", { level: 1, name: /^Monitoring:/ }).waitFor();
        const grid = page.getByRole("region", { name: "Monitoring by action and period" });
        expect(await grid.getAttribute("tabindex")).toBe("0");
        if (email.startsWith("lead")) {
          const record = (n: number) =>
            page.getByRole("button", {
              name: new RegExp(`^Record progress of ${byEvent.title} in period ${n}:`),
            });
          expect(await record(1).count()).toBe(1);
          // Period 8 (from September 2028) has not begun: nothing to record there yet.
          expect(await record(8).count()).toBe(0);
          expect(await page.getByText("Not begun").count()).toBeGreaterThan(0);
        }
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      }
    },
  );
});
