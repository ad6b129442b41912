import { unzip as zipEntries } from "@consortia/reports/testing";
import { describe, expect } from "vitest";
import type { Context } from "../context";
import { it, test } from "../testing/fixture";
import { handlePeriodReportExport, PERIOD_EXPORT_TYPES } from "./http";
import { buildReport } from "./test-report";

let b: Awaited<ReturnType<typeof buildReport>>;
let leadCtx: Context;

test.beforeAll(async ({ h }) => {
  b = await buildReport(h);
  leadCtx = await h.contextFor(await h.sessionFor(h.f.users.memberB.id));
});

const call = (ctx: Context, query: string, period = "1", projectId = b.projectId) =>
  handlePeriodReportExport(
    ctx,
    projectId,
    period,
    new Request(`http://test/api/projects/${projectId}/reports/${period}/export?${query}`),
  );

describe("GET /api/projects/:projectId/reports/:period/export", () => {
  it("streams each format with its type, a safe file name and the row count, audited", async ({
    h,
  }) => {
    for (const format of ["pdf", "xlsx", "json"] as const) {
      const res = await call(leadCtx, `format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toBe(PERIOD_EXPORT_TYPES[format]);
      expect(res.headers.get("Content-Disposition")).toMatch(
        new RegExp(
          `attachment; filename="BLUE-PORTS-progress-report-P1-draft-\\d{4}-\\d\\d-\\d\\d\\.${format}"`,
        ),
      );
      expect(Number(res.headers.get("X-Export-Rows"))).toBeGreaterThan(5);
      expect(res.body).toBeInstanceOf(ReadableStream);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBeGreaterThan(100);
    }
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["entity", "action", "actor_id", "data", "summary"])
      .where("project_id", "=", b.projectId)
      .where("action", "=", "export")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => (a.data as { format: string }).format)).toEqual([
      "pdf",
      "xlsx",
      "json",
    ]);
    expect(audit[0]).toMatchObject({
      entity: "period_report",
      actor_id: h.f.users.memberB.id,
      summary: "Progress report of period 1 (draft) exported as PDF",
      data: { format: "pdf", periodNumber: 1, version: null, table: null },
    });
  });

  it("answers one CSV table, and every table plus the JSON and its schema as a zip", async () => {
    const csv = await call(leadCtx, "format=csv&table=deliverables");
    expect(csv.headers.get("X-Export-Rows")).toBe("3");
    expect(csv.headers.get("Content-Disposition")).toContain("-deliverables-");
    expect((await csv.text()).split("\r\n")[0]).toMatch(/^\uFEFF?Code,Title,WP,/);
    const zip = await call(leadCtx, "format=zip");
    expect(zip.headers.get("Content-Type")).toBe("application/zip");
    const entries = zipEntries(Buffer.from(await zip.arrayBuffer()));
    expect([...entries.keys()]).toEqual([
      ...[
        "summary",
        "work_packages",
        "deliverables",
        "work_plan_outputs",
        "outputs",
        "indicators",
        "indicator_partners",
        "contributions",
        "claim",
        "claim_contributions",
        "claim_certificates",
        "annexes",
      ].map((t) => `BLUE-PORTS-period-1-${t}.csv`),
      "BLUE-PORTS-period-1.json",
      "period-report.schema.json",
    ]);
    const json = JSON.parse(entries.get("BLUE-PORTS-period-1.json")?.toString() ?? "{}");
    expect(json).toMatchObject({ format: "consortia.period-report", period: { number: 1 } });
    expect(entries.get("BLUE-PORTS-period-1-deliverables.csv")?.toString()).toContain("D1.5");
  });

  it("answers clear 400s for bad queries, and 404 for periods and projects it cannot give", async ({
    h,
  }) => {
    const bad = async (query: string, field: string, message: RegExp) => {
      const res = await call(leadCtx, query);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { fieldErrors: Record<string, string[]> } };
      expect(body.error.fieldErrors[field]?.[0], query).toMatch(message);
    };
    await bad("format=docx", "format", /Choose pdf, xlsx, csv, json or zip/);
    await bad("format=csv", "table", /Choose a table: summary, work_packages/);
    await bad("format=csv&table=secrets", "table", /Choose a table/);
    await bad("format=pdf&table=annexes", "table", /CSV only/);
    await bad("format=pdf&version=0", "version", /version's number/);
    expect((await call(leadCtx, "format=pdf&version=7")).status).toBe(404);
    expect((await call(leadCtx, "format=pdf", "abc")).status).toBe(404);
    expect((await call(leadCtx, "format=pdf", "0")).status).toBe(404);
    const outside = await call(leadCtx, "format=pdf", "99");
    expect(outside.status).toBe(400);
    expect(await outside.json()).toMatchObject({
      error: {
        fieldErrors: { periodNumber: [expect.stringMatching(/reporting periods are 1 to/)] },
      },
    });
    expect((await call(leadCtx, "format=pdf", "1", h.f.projectA.id)).status).toBe(404);
    const anonymous = await h.contextFor(null);
    expect((await call(anonymous, "format=pdf")).status).toBe(401);
    // An observer reads only a submitted report: nothing is submitted yet.
    const observer = await h.f.newMember({
      projectId: b.projectId,
      role: "observer",
      partnerId: null,
    });
    const res = await call(await h.contextFor(await h.sessionFor(observer.id)), "format=json");
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /once the lead coordinator has submitted it/,
    );
  });
});
