import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { migrateToLatest } from "../migrate";
import { migrations } from "../migrations";
import { createTestDb } from "../testing";
import { seedDemoPartnership } from "./seed-demo";
import { ensureIndicatorCatalogue, STANDARD_INDICATORS } from "./seed-indicators";

let h: DbHandle;
let demoId: string;
beforeAll(async () => {
  h = await createTestDb();
  const seeded = await seedDemoPartnership(h.db, "hash");
  demoId = seeded.projectId ?? "";
});
afterAll(async () => h.close());

const catalogue = (projectId: string) =>
  h.db
    .selectFrom("indicators")
    .select(["code", "target", "source", "computed_key", "version", "position"])
    .where("project_id", "=", projectId)
    .where("deleted_at", "is", null)
    .orderBy("position")
    .execute();

async function newProject(acronym: string) {
  return h.db
    .insertInto("projects")
    .values({
      acronym,
      title: "A project without a catalogue",
      programme: "Interreg Europe 2021-2027",
      description: "",
      start_date: "2026-01-01",
      end_date: "2029-12-31",
      core_phase_end: null,
      storage_quota_bytes: null,
      learning_event_target: 12,
      peer_review_target: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

describe("indicator catalogue seed", () => {
  it("gives the demo project the standard catalogue, its targets taken from the project", async () => {
    const rows = await catalogue(demoId);
    expect(rows.map((r) => r.code)).toEqual([
      "GP",
      "LE",
      "PR",
      "PC",
      "PI",
      "AP",
      "PIM",
      "OC",
      "PA",
      "FM",
    ]);
    const target = (code: string) => rows.find((r) => r.code === code)?.target;
    // Good practices, learning events and peer reviews: the project's columns (20, 30, 10).
    expect([target("GP"), target("LE"), target("PR")].map(Number)).toEqual([20, 30, 10]);
    expect(Number(target("OC"))).toBe(11);
    expect(target("FM")).toBe("20000000.00");
    expect(rows.find((r) => r.code === "PA")).toMatchObject({
      source: "manual",
      computed_key: null,
    });
    expect(rows.filter((r) => r.source === "computed")).toHaveLength(9);
  });

  it("creates the catalogue of a project once, even when asked concurrently", async () => {
    const p = await newProject("LAZY-ONE");
    const created = await Promise.all(
      [1, 2, 3].map(() => ensureIndicatorCatalogue(h.db, p.id, null)),
    );
    expect(created.filter(Boolean)).toHaveLength(1);
    const rows = await catalogue(p.id);
    expect(rows).toHaveLength(STANDARD_INDICATORS.length);
    // Only the targets the project holds are set; the rest await the application form's.
    expect(rows.filter((r) => r.target !== null).map((r) => [r.code, Number(r.target)])).toEqual([
      ["GP", 20],
      ["LE", 12],
    ]);
    const audit = await h.db
      .selectFrom("audit_log")
      .select("action")
      .where("project_id", "=", p.id)
      .execute();
    expect(audit).toEqual([{ action: "create_catalogue" }]);
    expect(await ensureIndicatorCatalogue(h.db, p.id, null)).toBe(false);
  });

  it("creates the catalogue inside a caller's transaction, and not when that rolls back", async () => {
    const p = await newProject("LAZY-TRX");
    await expect(
      h.db.transaction().execute(async (trx) => {
        expect(await ensureIndicatorCatalogue(trx, p.id, null)).toBe(true);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await catalogue(p.id)).toEqual([]);
    await h.db.transaction().execute((trx) => ensureIndicatorCatalogue(trx, p.id, null));
    expect(await catalogue(p.id)).toHaveLength(STANDARD_INDICATORS.length);
  });

  it("leaves a catalogue whose indicators were all deleted alone", async () => {
    const p = await newProject("LAZY-TWO");
    await ensureIndicatorCatalogue(h.db, p.id, null);
    await h.db
      .updateTable("indicators")
      .set({ deleted_at: new Date() })
      .where("project_id", "=", p.id)
      .execute();
    expect(await ensureIndicatorCatalogue(h.db, p.id, null)).toBe(false);
    expect(await catalogue(p.id)).toEqual([]);
  });

  it("copies a project target changed elsewhere into the catalogue, with a new version", async () => {
    const before = await catalogue(demoId);
    await h.db
      .updateTable("projects")
      .set({ good_practice_target: 24, peer_review_target: null })
      .where("id", "=", demoId)
      .execute();
    const after = await catalogue(demoId);
    const row = (rows: typeof before, code: string) => rows.find((r) => r.code === code);
    expect(Number(row(after, "GP")?.target)).toBe(24);
    expect(row(after, "PR")?.target).toBeNull();
    expect(row(after, "GP")?.version).toBe((row(before, "GP")?.version ?? 0) + 1);
    // Unchanged targets keep their version: the trigger touches only what differs.
    expect(row(after, "LE")?.version).toBe(row(before, "LE")?.version);
    expect(row(after, "PC")?.version).toBe(row(before, "PC")?.version);
  });

  it("refuses a second live indicator with the same code or computation", async () => {
    const base = {
      project_id: demoId,
      name: "Duplicate",
      unit: "count" as const,
      position: 99,
    };
    await expect(
      h.db
        .insertInto("indicators")
        .values({ ...base, code: "GP", source: "manual", computed_key: null })
        .execute(),
    ).rejects.toThrow();
    await expect(
      h.db
        .insertInto("indicators")
        .values({ ...base, code: "GP2", source: "computed", computed_key: "good_practices" })
        .execute(),
    ).rejects.toThrow();
    await expect(
      h.db
        .insertInto("indicators")
        .values({ ...base, code: "X1", source: "manual", computed_key: "good_practices" })
        .execute(),
    ).rejects.toThrow();
  });

  it("migrates down and up again (run last: it drops the catalogue)", async () => {
    const migrator = new Migrator({
      db: h.db,
      provider: { getMigrations: async () => migrations },
    });
    const down = await migrator.migrateTo("0007-desk");
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => [r.migrationName, r.direction])).toContainEqual([
      "0008-indicators",
      "Down",
    ]);
    // The trigger went with the tables: the project's targets change on their own.
    await h.db.updateTable("projects").set({ good_practice_target: 21 }).execute();
    const up = await migrateToLatest(h.db);
    expect(up.results?.map((r) => r.migrationName)).toContain("0008-indicators");
    expect(await catalogue(demoId)).toEqual([]);
  });
});
