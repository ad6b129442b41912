import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { migrateToLatest } from "./migrate";
import { seedDemoPartnership } from "./seed/seed-demo";
import { createTestDb } from "./testing";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h.close());

describe("migrations and demo seed", () => {
  it("are idempotent: a second run applies nothing", async () => {
    const again = await migrateToLatest(h.db);
    expect(again.results).toEqual([]);
  });

  it("seeds the partnership once, with one lead partner and ten countries", async () => {
    const first = await seedDemoPartnership(h.db, "hash");
    expect(first.seeded).toBe(true);
    const second = await seedDemoPartnership(h.db, "hash");
    expect(second.seeded).toBe(false);
    const partners = await h.db.selectFrom("partners").selectAll().execute();
    expect(partners.filter((p) => p.role === "lead").map((p) => p.nuts_code)).toEqual(["DK01"]);
    expect(new Set(partners.map((p) => p.country)).size).toBe(10);
    expect(partners.some((p) => p.region_name === "Stockholm" && p.role === "partner")).toBe(true);
    const roles = await h.db.selectFrom("memberships").select("role").distinct().execute();
    expect(roles.map((r) => r.role).sort()).toEqual([
      "controller",
      "lead_coordinator",
      "observer",
      "partner_editor",
      "partner_viewer",
    ]);
  });

  it("returns dates as strings and counts as numbers on every driver", async () => {
    const p = await h.db
      .selectFrom("projects")
      .select(["start_date", "created_at"])
      .executeTakeFirstOrThrow();
    expect(p.start_date).toBe("2025-03-01");
    expect(p.created_at).toBeInstanceOf(Date);
    const c = await h.db
      .selectFrom("partners")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(c.n).toBe(11);
  });

  it("refuses a second lead partner in one project", async () => {
    const project = await h.db.selectFrom("projects").select("id").executeTakeFirstOrThrow();
    await expect(
      h.db
        .insertInto("partners")
        .values({
          project_id: project.id,
          name: "Another lead",
          short_name: "X",
          country: "AT",
          nuts_code: "AT13",
          region_name: "Wien",
          city: "Vienna",
          type: "regional_authority",
          role: "lead",
        })
        .execute(),
    ).rejects.toThrow();
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from partners where role = 'lead'`.execute(h.db);
    expect(n.rows[0]?.n).toBe(1);
  });
});
