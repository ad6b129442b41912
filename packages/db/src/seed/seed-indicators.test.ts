import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { migrateToLatest } from "../migrate";
import { migrations } from "../migrations";
import { createTestDb } from "../testing";
import { seedDemoPartnership } from "./seed-demo";
import { insertStandardCatalogue, STANDARD_INDICATORS } from "./seed-indicators";

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
      title: "A new project",
      programme: "Interreg Europe 2021-2027",
      description: "",
      start_date: "2026-01-01",
      end_date: "2029-12-31",
      core_phase_end: null,
      storage_quota_bytes: null,
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

  it("gives a new project the standard catalogue in its own transaction, audited", async () => {
    const p = await newProject("NEW-ONE");
    await h.db
      .transaction()
      .execute((trx) => insertStandardCatalogue(trx, p.id, { demoTargets: false, actorId: null }));
    const rows = await catalogue(p.id);
    expect(rows).toHaveLength(STANDARD_INDICATORS.length);
    // Only the good-practice target has a default; the rest await the application form's.
    expect(rows.filter((r) => r.target !== null).map((r) => [r.code, Number(r.target)])).toEqual([
      ["GP", 20],
    ]);
    const audit = await h.db
      .selectFrom("audit_log")
      .select("action")
      .where("project_id", "=", p.id)
      .execute();
    expect(audit).toEqual([{ action: "create_catalogue" }]);
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
    const up = await migrateToLatest(h.db);
    expect(up.results?.map((r) => r.migrationName)).toContain("0008-indicators");
    // Going up again gives every project its catalogue, with the targets it held.
    const rows = await catalogue(demoId);
    expect(rows.map((r) => [r.code, r.target === null ? null : Number(r.target)])).toContainEqual([
      "GP",
      20,
    ]);
    expect(rows).toHaveLength(STANDARD_INDICATORS.length);
  });
});

describe("migration 0013: targets stored once, in the catalogue", () => {
  it("gives projects without a catalogue one with their targets, folds the copies in, drops the columns", async () => {
    const db = await createTestDb();
    try {
      const migrator = new Migrator({
        db: db.db,
        provider: { getMigrations: async () => migrations },
      });
      expect((await migrator.migrateTo("0010-period-reports")).error).toBeUndefined();
      const project = (acronym: string, gp: number, le: number | null) =>
        sql<{ id: string }>`insert into projects
            (acronym, title, programme, description, start_date, end_date,
             good_practice_target, learning_event_target)
          values (${acronym}, 'T', 'P', '', '2026-01-01', '2028-12-31', ${gp}, ${le})
          returning id`
          .execute(db.db)
          .then((r) => r.rows[0]?.id ?? "");
      const bare = await project("BARE", 15, 12);
      const kept = await project("KEPT", 25, null);
      // A catalogue that exists already (its GP target differs from the column's copy).
      await sql`insert into indicators (project_id, code, name, unit, target, source, computed_key, position)
        values (${kept}, 'GP', 'Good practices', 'count', 24, 'computed', 'good_practices', 1)`.execute(
        db.db,
      );
      expect((await migrateToLatest(db.db)).error).toBeUndefined();
      const targets = async (id: string) =>
        (
          await db.db
            .selectFrom("indicators")
            .select(["code", "target"])
            .where("project_id", "=", id)
            .orderBy("position")
            .execute()
        ).map((r) => [r.code, r.target === null ? null : Number(r.target)]);
      expect(await targets(bare)).toEqual([
        ["GP", 15],
        ["LE", 12],
        ["PR", null],
        ["PC", null],
        ["PI", null],
        ["AP", null],
        ["PIM", null],
        ["OC", null],
        ["PA", null],
        ["FM", null],
      ]);
      expect(await targets(kept)).toEqual([["GP", 25]]);
      const columns = await sql<{ name: string }>`select column_name as name
          from information_schema.columns where table_name = 'projects'`.execute(db.db);
      expect(columns.rows.map((c) => c.name)).not.toContain("good_practice_target");
      const audit = await db.db
        .selectFrom("audit_log")
        .select("project_id")
        .where("action", "=", "create_catalogue")
        .execute();
      expect(audit.map((a) => a.project_id)).toEqual([bare]);
    } finally {
      await db.close();
    }
  });
});
