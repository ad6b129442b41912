import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProjectId, launchBrowser, newPage, open, read, signIn } from "./support";

// Region Stockholm's editor declares in SEK; the demo's only lead coordinator watches the
// money desk; Lombardy's viewer belongs to another partner. No other browser test touches
// the money.
const PARTNER_EMAIL = "anna.berg@consortia.demo";
const LEAD_EMAIL = "lead@consortia.demo";
const OTHER_VIEWER_EMAIL = "viewer@consortia.demo";

const HEADER = [
  "Cost category",
  "Internal reference",
  "Invoice number",
  "Invoice date",
  "Payment date",
  "Description",
  "Total invoice amount",
  "VAT",
  "Amount declared",
  "Currency",
  "Contract",
  "Staff: person",
  "Staff: role",
  "Staff: basis",
  "Staff: share of time %",
  "Staff: hours",
  "Staff: salary",
];

type Model = {
  report: { status: string };
  period: { number: number; start: string };
  eligibleCents: number;
  items: { description: string }[] | null;
};
type Desk = {
  partners: { partnerId: string; shortName: string; toDate: { reportedCents: number } }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** 30 rows for the import: 5 staff-cost lines (a person and a salary) and 25 invoices. */
function spreadsheet(tag: string, day: string, badRow: number | null): string {
  const rows = Array.from({ length: 30 }, (_, i) => {
    const staff = i < 5;
    const cells: Record<string, string> = {
      "Cost category": staff
        ? "Staff costs"
        : i % 2
          ? "Travel and accommodation"
          : "External expertise and services",
      "Internal reference": `E2E-${tag}-${i + 1}`,
      "Invoice number": staff ? "" : `INV-${tag}-${i + 1}`,
      "Invoice date": staff ? "" : day,
      "Payment date": day,
      Description: staff
        ? `Project manager month ${i + 1} ${tag}`
        : `Study visit cost ${i + 1} ${tag}`,
      "Amount declared": i + 1 === badRow ? "12,5x" : `${1000 + i * 10}.50`,
      Currency: "SEK",
      "Staff: person": staff ? `Astrid Nyström ${tag}` : "",
      "Staff: role": staff ? "Project manager" : "",
      "Staff: basis": staff ? "Part time, fixed share" : "",
      "Staff: share of time %": staff ? "50" : "",
      "Staff: salary": staff ? "987654.32" : "",
    };
    return HEADER.map((h) => cells[h] ?? "");
  });
  return [HEADER, ...rows].map((r) => r.map((c) => `"${c}"`).join(",")).join("\n");
}

async function importFile(page: Page, csv: string): Promise<void> {
  await page.getByLabel(/CSV or XLSX file/).setInputFiles({
    name: "expenditure.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await page.getByRole("button", { name: "Import the file" }).click();
}

describe("money: a partner's financial report", () => {
  it("a partner imports 30 items, fixes the refused row and submits; the desk moves; another partner's viewer sees no salary", async () => {
    const tag = `${process.pid % 10_000}`;

    const partner = await newPage(browser);
    const pp = partner.page;
    await signIn(pp, PARTNER_EMAIL);
    const projectId = await demoProjectId(pp);
    const overview = await read<{ myPartnerId: string }>(pp, "projects.overview", { projectId });
    const partnerId = overview.myPartnerId;
    const reports = await read<{ periods: { number: number }[] } | { number: number }[]>(
      pp,
      "financialReports.list",
      { projectId },
    );
    const periods = Array.isArray(reports) ? reports : reports.periods;
    const period = Math.max(...periods.map((p) => p.number));
    const before = await read<Model>(pp, "financialReports.get", {
      projectId,
      partnerId,
      periodNumber: period,
    });
    expect(["draft", "returned"]).toContain(before.report.status);
    const day = before.period.start;

    // The lead's desk before.
    const lead = await newPage(browser);
    const lp = lead.page;
    await signIn(lp, LEAD_EMAIL);
    const deskBefore = await read<Desk>(lp, "moneyDesk.overview", { projectId });
    const reportedBefore =
      deskBefore.partners.find((p) => p.partnerId === partnerId)?.toDate.reportedCents ?? -1;
    expect(reportedBefore).toBeGreaterThanOrEqual(0);

    // The import with one bad row is refused as a whole, naming the row.
    await open(
      pp,
      `/projects/${projectId}/finance/expenditure?partner=${partnerId}&period=${period}`,
    );
    await importFile(pp, spreadsheet(tag, day, 12));
    await pp.getByText(/Row 13, Amount declared/).waitFor();
    const none = await read<Model>(pp, "financialReports.get", {
      projectId,
      partnerId,
      periodNumber: period,
    });
    expect(none.items?.filter((i) => i.description.includes(tag)) ?? []).toHaveLength(0);

    // Fixed, all 30 go in.
    await importFile(pp, spreadsheet(tag, day, null));
    await pp.getByText("30 items imported").waitFor();
    await pp.getByText(`Astrid Nyström ${tag}`).first().waitFor();

    // Submitted from the report's page.
    await open(pp, `/projects/${projectId}/finance/reports/${period}/${partnerId}`);
    await pp.getByRole("button", { name: "Submit the report" }).click();
    await pp.getByRole("dialog").getByRole("button", { name: "Submit the report" }).click();
    await pp.getByRole("dialog").waitFor({ state: "detached" });
    const after = await read<Model>(pp, "financialReports.get", {
      projectId,
      partnerId,
      periodNumber: period,
    });
    expect(after.report.status).toBe("submitted");
    expect(after.items?.filter((i) => i.description.includes(tag))).toHaveLength(30);

    // The lead's desk moves by the report's eligible amount, in the table on the page too.
    const deskAfter = await read<Desk>(lp, "moneyDesk.overview", { projectId });
    const row = deskAfter.partners.find((p) => p.partnerId === partnerId);
    expect(row?.toDate.reportedCents).toBe(reportedBefore + after.eligibleCents);
    await open(lp, `/projects/${projectId}/finance/desk`);
    const euros = new Intl.NumberFormat("en-GB", {
      style: "currency",
      currency: "EUR",
    }).format((row?.toDate.reportedCents ?? 0) / 100);
    const lights = lp.getByRole("region", { name: "Spending against plan to date per partner" });
    const deskRow = lights.locator("tr", { hasText: row?.shortName ?? "?" }).first();
    expect(await deskRow.textContent()).toContain(euros.replace("€", "").trim());

    // Lombardy's viewer: no salary, no person, no staff line, anywhere it could look.
    const other = await newPage(browser);
    const op = other.page;
    await signIn(op, OTHER_VIEWER_EMAIL);
    for (const path of [
      `/projects/${projectId}/finance/expenditure?partner=${partnerId}&period=${period}`,
      `/projects/${projectId}/finance/reports/${period}/${partnerId}`,
    ]) {
      await op.goto(path);
      await op.waitForLoadState("networkidle");
      const text = (await op.locator("main").textContent()) ?? "";
      expect(text, path).not.toContain("Astrid Nyström");
      expect(text, path).not.toMatch(/987[,.\s]?654/);
    }
    const seen = await read<Model>(op, "financialReports.get", {
      projectId,
      partnerId,
      periodNumber: period,
    });
    expect(seen.items).toBeNull();
    const exported = await op.request.get(
      `/api/projects/${projectId}/finance/expenditure/export?partnerId=${partnerId}&period=${period}&format=csv`,
    );
    expect(exported.status()).toBe(403);

    await Promise.all([partner.context.close(), lead.context.close(), other.context.close()]);
  });
});
