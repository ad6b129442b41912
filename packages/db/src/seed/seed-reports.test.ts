import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { createTestDb } from "../testing";
import { demoPartners } from "./demo-partnership";
import { seedDemoPartnership } from "./seed-demo";

let h: DbHandle;
let projectId: string;
beforeAll(async () => {
  h = await createTestDb();
  projectId = (await seedDemoPartnership(h.db, "hash")).projectId ?? "";
});
afterAll(async () => h.close());

const contributions = (period: number) =>
  h.db
    .selectFrom("report_contributions")
    .select(["status", "submitted_at", "submitted_by", "activities"])
    .where("project_id", "=", projectId)
    .where("period_number", "=", period)
    .execute();

describe("demo progress reporting", () => {
  it("has every partner's contribution to period 2 submitted, by someone, with its text", async () => {
    const rows = await contributions(2);
    expect(rows).toHaveLength(demoPartners.length);
    for (const r of rows) {
      expect(r.status).toBe("submitted");
      expect(r.submitted_at).not.toBeNull();
      expect(r.submitted_by).not.toBeNull();
      expect(r.activities.length).toBeGreaterThan(50);
    }
  });

  it("is collecting period 3 and leaves period 1 untouched", async () => {
    const rows = await contributions(3);
    expect(rows.filter((r) => r.status === "submitted")).toHaveLength(6);
    expect(rows.filter((r) => r.status === "draft")).toHaveLength(2);
    expect(await contributions(1)).toHaveLength(0);
  });

  it("has the lead's draft consolidation of period 2 with every work package assessed", async () => {
    const report = await h.db
      .selectFrom("period_reports")
      .selectAll()
      .where("project_id", "=", projectId)
      .executeTakeFirstOrThrow();
    expect(report).toMatchObject({ period_number: 2, status: "draft", latest_version: 0 });
    expect(report.highlights).not.toBe("");
    const wps = await h.db
      .selectFrom("period_report_work_packages")
      .select(["achievement", "explanation"])
      .where("report_id", "=", report.id)
      .execute();
    expect(wps).toHaveLength(4);
    for (const wp of wps) {
      expect(wp.achievement).not.toBeNull();
      if (wp.achievement !== "fully") expect(wp.explanation).not.toBe("");
    }
  });
});
