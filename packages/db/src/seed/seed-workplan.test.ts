import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { createTestDb } from "../testing";
import { DELIVERABLE_STATUSES } from "../workplan-schema";
import { demoDeliverables } from "./demo-deliverables";
import { seedDemoPartnership } from "./seed-demo";

let h: DbHandle;
let projectId: string;
beforeAll(async () => {
  h = await createTestDb();
  projectId = (await seedDemoPartnership(h.db, "hash")).projectId ?? "";
});
afterAll(async () => h.close());

describe("demo work plan", () => {
  it("holds four work packages and deliverables in every status", async () => {
    const wps = await h.db.selectFrom("work_packages").select("number").orderBy("number").execute();
    expect(wps.map((w) => w.number)).toEqual([1, 2, 3, 4]);
    const rows = await h.db.selectFrom("deliverables").select(["code", "status"]).execute();
    expect(rows).toHaveLength(demoDeliverables.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(DELIVERABLE_STATUSES));
  });

  it("gives each deliverable a history that ends in its status", async () => {
    const rows = await h.db
      .selectFrom("deliverables")
      .select(["id", "status"])
      .where("project_id", "=", projectId)
      .execute();
    for (const d of rows) {
      const events = await h.db
        .selectFrom("deliverable_events")
        .select(["from_status", "to_status", "at"])
        .where("deliverable_id", "=", d.id)
        .orderBy("at")
        .execute();
      expect(events[0]?.from_status).toBeNull();
      expect(events.at(-1)?.to_status).toBe(d.status);
      for (let i = 1; i < events.length; i++)
        expect(events[i]?.from_status).toBe(events[i - 1]?.to_status);
    }
  });

  it("is loaded only with the partnership, so a second seed adds nothing", async () => {
    await seedDemoPartnership(h.db, "hash");
    const n = await h.db
      .selectFrom("deliverables")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(n.n).toBe(demoDeliverables.length);
  });

  it("refuses a change to the history and a code used twice in a project", async () => {
    await expect(
      sql`update deliverable_events set note = 'rewritten'`.execute(h.db),
    ).rejects.toThrow(/cannot be changed/);
    const d = await h.db
      .selectFrom("deliverables")
      .selectAll()
      .where("code", "=", "D1.1")
      .executeTakeFirstOrThrow();
    const { id: _id, version: _v, created_at: _c, ...copy } = d;
    await expect(
      h.db
        .insertInto("deliverables")
        .values({ ...copy, code: "d1.1" })
        .execute(),
    ).rejects.toThrow();
  });
});
