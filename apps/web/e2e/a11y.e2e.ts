import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGES, type Records, type Who } from "./a11y-pages";
import { demoProjectId, launchBrowser, newPage, signIn, trpcFromPage } from "./support";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

const DESKTOP = { name: "desktop", width: 1280, height: 800 };
const VIEWPORTS = [DESKTOP, { name: "phone", width: 375, height: 812 }];

function describeViolations(results: AxeResults): string {
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    - ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
        )
        .join("\n");
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n");
}

/**
 * What causes a horizontal scroll: elements past the right edge that are wider than their
 * parent, or that have no overflowing child (the innermost culprits).
 */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = window.innerWidth + 1;
    const over = (el: Element) => el.getBoundingClientRect().right > limit;
    const describe = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cls = typeof el.className === "string" ? el.className.slice(0, 100) : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `<${el.tagName.toLowerCase()} class="${cls}"> width=${Math.round(r.width)} right=${Math.round(r.right)} "${text}"`;
    };
    return [...document.querySelectorAll("body *")]
      .filter((el) => {
        if (!over(el) || el.closest("svg")) return false;
        const parent = el.parentElement;
        const widerThanParent =
          parent !== null &&
          el.getBoundingClientRect().width > parent.getBoundingClientRect().width + 1;
        return widerThanParent || ![...el.children].some((c) => !c.closest("svg") && over(c));
      })
      .slice(0, 8)
      .map(describe);
  });
}

let browser: Browser;

async function call<T>(page: Page, path: string, input: unknown, query = false): Promise<T> {
  const res = query
    ? await trpcFromPage<T>(
        page,
        `${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
      )
    : await trpcFromPage<T>(page, path, input);
  if (res.status !== 200 || res.data === undefined)
    throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.data;
}

/** A demo practice and event, and a final action plan with one action (made once). */
let made: Promise<Records> | undefined;
function records(page: Page, projectId: string): Promise<Records> {
  made ??= (async () => {
    const { practices } = await call<{ practices: { id: string }[] }>(
      page,
      "goodPractices.list",
      { projectId },
      true,
    );
    const { events } = await call<{ events: { id: string }[] }>(
      page,
      "learningEvents.list",
      { projectId },
      true,
    );
    const overview = await call<{ partners: { id: string; shortName: string }[] }>(
      page,
      "projects.overview",
      { projectId },
      true,
    );
    const partnerId = overview.partners.find((p) => p.shortName === "EMRA")?.id;
    if (!partnerId) throw new Error("The demo has no EMRA partner");
    const tag = `${process.pid}-${Date.now() % 100_000}`;
    const instrument = await call<{ id: string }>(page, "policyInstruments.create", {
      projectId,
      partnerId,
      name: `EMRA regional strategy ${tag}`,
      instrumentType: "regional_strategy",
      territorialLevel: "regional",
      isMain: false,
      baseline: "",
    });
    const plan = await call<{ id: string }>(page, "actionPlans.create", {
      projectId,
      policyInstrumentId: instrument.id,
      title: `Action plan of EMRA ${tag}`,
      language: "en",
    });
    await call(page, "planActions.create", {
      projectId,
      actionPlanId: plan.id,
      title: `Regional MedTech test beds ${tag}`,
    });
    for (const step of ["submit", "finalise"]) {
      const { version } = await call<{ version: number }>(
        page,
        "actionPlans.get",
        { projectId, actionPlanId: plan.id },
        true,
      );
      // The plan is only the frame these pages need: the lead finalises it as it is.
      await call(page, `actionPlans.${step}`, {
        projectId,
        actionPlanId: plan.id,
        version,
        ...(step === "finalise" ? { overrideReason: "Only the frame the page test needs" } : {}),
      });
    }
    const [practice, event] = [practices[0]?.id, events[0]?.id];
    if (!practice || !event) throw new Error("The demo has no practice or event");
    const { reports } = await call<{
      reports: { control: { id: string; status: string } | null }[];
    }>(page, "control.list", { projectId }, true);
    const control = reports.find((r) => r.control?.status === "finished")?.control?.id;
    if (!control) throw new Error("The demo has no finished control");
    return { practice, event, plan: plan.id, partner: partnerId, control };
  })();
  return made;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Each page is loaded once and checked at every viewport in turn (resizing the same page: the
 * server renders the same HTML for both, the layout follows the CSS), which halves the visits.
 */
describe("accessibility on a laptop and a phone", () => {
  const pages = new Map<Who, Page>();
  const contexts: BrowserContext[] = [];
  let projectId = "";
  let ids: Records;

  beforeAll(async () => {
    for (const who of ["anonymous", "lead", "admin"] as const) {
      const { context, page } = await newPage(browser, DESKTOP);
      contexts.push(context);
      if (who === "lead") await signIn(page, "lead@consortia.demo");
      if (who === "admin") await signIn(page, "admin@consortia.demo");
      pages.set(who, page);
    }
    projectId = await demoProjectId(pages.get("lead") as Page);
    ids = await records(pages.get("lead") as Page, projectId);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
  });

  it.each(PAGES)(
    "$name: no serious or critical axe violations, no sideways scroll on phones",
    async ({ who, path }) => {
      const page = pages.get(who) as Page;
      const target = path(projectId, ids);
      await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
      const res = await page.goto(target);
      await page.waitForLoadState("networkidle");
      expect(res?.status(), `GET ${target}`).toBeLessThan(400);
      const landed = new URL(page.url());
      expect(landed.pathname + landed.search, "not redirected away").toBe(target);

      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        // Let the layout (and anything that measures it) settle at the new width.
        await page.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const results = await new AxeBuilder({ page }).analyze();
        const report = describeViolations(results);
        expect.soft(report, `axe on ${target} at ${viewport.width}px:\n${report}`).toBe("");
        if (viewport.width > 375) continue;
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        const culprits = scrollWidth > innerWidth + 1 ? await overflowingElements(page) : [];
        expect
          .soft(
            scrollWidth,
            `${target} scrolls sideways at ${innerWidth}px:\n${culprits.join("\n")}`,
          )
          .toBeLessThanOrEqual(innerWidth + 1);
      }
    },
  );
});
