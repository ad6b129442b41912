import { readCsvRows, readXlsxRows } from "@consortia/reports";
import { describe, expect } from "vitest";
import type { Context } from "../context";
import { test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { handlePeriodReportExport } from "./http";
import { periodReportSchema } from "./json-schema";
import type { ReportClaim } from "./model";
import { PROJECT_TOTAL, TOTAL } from "./tables-claim";
import { certifiedReport } from "./test-certificates";
import { textBlocks } from "./text-blocks";

let claim: ReportClaim;
let leadCtx: Context;
let viewerCtx: Context;
let projectId: string;

test.beforeAll(async ({ h, lead }) => {
  projectId = h.f.projectA.id;
  const partners = [await h.f.newPartner({ shortName: "Ostrava" }), await h.f.newPartner()];
  const [a, b] = partners.map((p) => p.id) as [string, string];
  const made = [
    await certifiedReport(h, a, 1, [
      { category: "staff", declaredCents: 1_234_567, deductedCents: 34_567 },
      { category: "office_admin", declaredCents: 185_185, deductedCents: 5_185 },
      { category: "travel", declaredCents: 99_999, parkedCents: 9_999 },
    ]),
    await certifiedReport(h, b, 2, [{ category: "external", declaredCents: 500_001 }]),
  ];
  await h.db
    .insertInto("partner_contributions")
    .values([
      {
        project_id: projectId,
        partner_id: a,
        name: "=Regional budget",
        kind: "public",
        amount_cents: 2,
      },
      {
        project_id: projectId,
        partner_id: a,
        name: "Chamber",
        kind: "private",
        amount_cents: 1,
        position: 1,
      },
    ])
    .execute();
  for (const m of made)
    await lead.periodReports.setCertificateInclusion({
      projectId,
      periodNumber: 2,
      certificateId: m.certificateId,
      included: true,
    });
  const list = await lead.periodReports.certificates({ projectId, periodNumber: 2 });
  claim = list.claim;
  leadCtx = await ctxFor(h, h.f.users.lead_coordinator.id);
  viewerCtx = await ctxFor(h, h.f.users.partner_viewer.id);
});

const ctxFor = async (h: Harness, userId: string) => h.contextFor(await h.sessionFor(userId));

async function exported(ctx: Context, query: string) {
  const url = `http://test/api/projects/${projectId}/reports/2/export?${query}`;
  const res = await handlePeriodReportExport(ctx, projectId, "2", new Request(url));
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

/** The claim as the `claim` table's rows: partner, category and the four amounts. */
function expectedRows() {
  const row = (partner: string, category: string, f: ReportClaim["total"]) => [
    partner,
    category,
    ...[f.declaredEur, f.certifiedEur, f.fundEur, f.contributionEur].map((x) => x.toFixed(2)),
  ];
  const labels: Record<string, string> = {
    staff: "Staff costs",
    office_admin: "Office and administration",
    travel: "Travel and accommodation",
    external: "External expertise and services",
  };
  return [
    ...claim.partners.flatMap((p) => [
      ...p.categories.map((c) => row(p.partner, labels[c.category] ?? c.category, c)),
      row(p.partner, TOTAL, p.total),
    ]),
    ...claim.categories.map((c) => row(PROJECT_TOTAL, labels[c.category] ?? c.category, c)),
    row(PROJECT_TOTAL, TOTAL, claim.total),
  ];
}
const figures = (rows: string[][]) =>
  rows.slice(1).map((r) => [r[0], r[1], ...r.slice(3, 7).map((x) => Number(x).toFixed(2))]);

describe("the financial part in the exports", () => {
  test("CSV and XLSX hold the claim's figures per partner × category with the totals", async () => {
    expect(claim.certificateCount).toBe(2);
    // 12 000 + 1 800 + 900 + 5 000.01, exactly: the app keeps cents.
    expect(claim.total.certifiedEur).toBe(1_970_001 / 100);
    const csv = readCsvRows(await exported(leadCtx, "format=csv&table=claim"));
    expect(csv[0]).toEqual([
      "Partner",
      "Cost category",
      "Co-financing %",
      "Declared",
      "Certified",
      "Fund requested",
      "Contribution",
    ]);
    expect(figures(csv)).toEqual(expectedRows());
    const xlsx = await exported(leadCtx, "format=xlsx");
    expect(figures(await readXlsxRows(xlsx, "Financial part"))).toEqual(expectedRows());
    const sources = await readXlsxRows(xlsx, "Financial part – sources");
    // A formula-like source name is neutralised; the sources add up to the contribution.
    expect(sources.slice(1).map((r) => r[1])).toEqual(["'=Regional budget", "Chamber"]);
    const ostrava = claim.partners.find((p) => p.partner === "Ostrava");
    expect(
      sources
        .slice(1)
        .map((r) => Math.round(Number(r[3]) * 100))
        .reduce((s, x) => s + x, 0),
    ).toBe(Math.round((ostrava?.total.contributionEur ?? -1) * 100));
    const certificates = await readXlsxRows(xlsx, "Financial part – certificates");
    expect(certificates).toHaveLength(3);
  });

  test("JSON validates against the schema and holds the same claim; readers of totals get no certificates", async () => {
    const text = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString("utf8"));
    const lead = periodReportSchema.parse(text(await exported(leadCtx, "format=json")));
    expect(lead.formatVersion).toBe(2);
    expect(lead.claim).toEqual(claim);
    const viewer = periodReportSchema.parse(text(await exported(viewerCtx, "format=json")));
    expect(viewer.claim?.certificates).toBeUndefined();
    expect(viewer.claim?.partners).toEqual(claim.partners);
    const csv = readCsvRows(await exported(viewerCtx, "format=csv&table=claim_certificates"));
    expect(csv).toHaveLength(1);
    expect(figures(readCsvRows(await exported(viewerCtx, "format=csv&table=claim")))).toEqual(
      expectedRows(),
    );
  });

  test("the PDF renders the section and the text block sums it up", async () => {
    const pdf = await exported(leadCtx, "format=pdf");
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const lead = periodReportSchema.parse(
      JSON.parse(Buffer.from(await exported(leadCtx, "format=json")).toString("utf8")),
    );
    const block = textBlocks(lead).find((b) => b.key === "finance");
    expect(block?.text).toContain(
      `All partners (2 certificates): declared ${claim.total.declaredEur.toFixed(2)} EUR, certified ${claim.total.certifiedEur.toFixed(2)} EUR`,
    );
    expect(block?.over).toBe(false);
  });
});
