import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  demoProjectId,
  launchBrowser,
  newPage,
  seriousViolations,
  signIn,
  trpcFromPage,
} from "./support";

type Period = {
  number: number;
  value: string | null;
  computed: string | null;
  cumulative: string;
  overridden: boolean;
  entered: { value: string; justification: string } | null;
};
type Indicator = {
  id: string;
  code: string;
  source: "computed" | "manual";
  unit: string;
  cumulative: string;
  periods: Period[];
};
type List = { periods: { number: number; begun: boolean }[]; indicators: Indicator[] };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function list(page: Page, projectId: string): Promise<List> {
  const q = encodeURIComponent(JSON.stringify({ json: { projectId } }));
  const res = await trpcFromPage<List>(page, `indicators.list?input=${q}`);
  if (res.status !== 200 || !res.data) throw new Error(`indicators.list: ${res.status}`);
  return res.data;
}

describe("indicators", () => {
  it("the lead overrides a computed value with a justification; a partner editor only reads", async () => {
    const lead = await newPage(browser);
    const page = lead.page;
    await signIn(page, "lead@consortia.demo");
    const projectId = await demoProjectId(page);

    // A computed count indicator and a begun period without an entered value.
    const before = await list(page, projectId);
    const begun = before.periods.filter((p) => p.begun).map((p) => p.number);
    const ind = before.indicators.find(
      (i) => i.source === "computed" && i.unit !== "eur" && i.periods.some((p) => !p.entered),
    );
    const period = ind?.periods.find((p) => begun.includes(p.number) && !p.entered);
    if (!ind || !period) throw new Error("The demo has no computed indicator to override");
    const newValue = Number(period.computed ?? 0) + 7;
    const expectedCumulative = Number(ind.cumulative) + 7;
    const justification = `Counted from the attendance sheets ${process.pid}`;

    await page.goto(`/projects/${projectId}`);
    await page
      .getByRole("navigation", { name: "Project" })
      .getByRole("link", { name: "Indicators" })
      .click();
    await page.waitForURL(`**/projects/${projectId}/indicators`);
    await page.getByRole("heading", { name: "Indicators", level: 1 }).waitFor();

    await page
      .getByRole("button", { name: `Override ${ind.code}, period ${period.number}` })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Value").fill(String(newValue));
    await dialog.getByRole("button", { name: "Save override" }).click();
    await expect
      .poll(() => dialog.getByText("Give a justification").first().isVisible())
      .toBe(true);
    await expect
      .poll(async () => await dialog.getByLabel("Justification").getAttribute("aria-invalid"))
      .toBe("true");
    const unchanged = await list(page, projectId);
    const still = unchanged.indicators
      .find((i) => i.id === ind.id)
      ?.periods.find((p) => p.number === period.number);
    expect(still?.entered, "nothing saved without a justification").toBeNull();

    await dialog.getByLabel("Justification").fill(justification);
    await dialog.getByRole("button", { name: "Save override" }).click();
    await dialog.waitFor({ state: "hidden" });

    const values = page.getByRole("table", { name: "Values per reporting period" });
    await values.getByText(justification).waitFor();
    await expect(values.getByText("Overridden").first().isVisible()).resolves.toBe(true);
    const catalogueRow = page
      .getByRole("table", { name: "Indicator catalogue" })
      .getByRole("row")
      .filter({ hasText: ind.code });
    await expect
      .poll(() => catalogueRow.first().textContent())
      .toContain(new Intl.NumberFormat("en-GB").format(expectedCumulative));
    const after = await list(page, projectId);
    const saved = after.indicators.find((i) => i.id === ind.id);
    expect(Number(saved?.cumulative)).toBe(expectedCumulative);
    expect(saved?.periods.find((p) => p.number === period.number)).toMatchObject({
      overridden: true,
      entered: { justification },
    });
    expect(await seriousViolations(page)).toEqual([]);
    await lead.context.close();

    // A partner editor reads the same values, with no way to change them.
    const editor = await newPage(browser);
    await signIn(editor.page, "anna.berg@consortia.demo");
    await editor.page.goto(`/projects/${projectId}/indicators`);
    const table = editor.page.getByRole("table", { name: "Values per reporting period" });
    await table.getByText(justification).waitFor();
    expect(await editor.page.getByRole("button", { name: /^Override / }).count()).toBe(0);
    expect(
      await editor.page.getByRole("button", { name: /^(Set value|Clear|Edit|Delete)/ }).count(),
    ).toBe(0);
    expect(await editor.page.getByRole("button", { name: "Add an indicator" }).count()).toBe(0);
    await editor.context.close();
  });
});
