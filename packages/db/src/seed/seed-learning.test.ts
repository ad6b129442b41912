import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { GOOD_PRACTICE_STATUSES } from "../learning-schema";
import { createTestDb } from "../testing";
import { demoEvents } from "./demo-learning";
import { demoPractices } from "./demo-practices";
import { seedDemoPartnership } from "./seed-demo";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
  await seedDemoPartnership(h.db, "hash");
});
afterAll(async () => h.close());

const count = async (table: "learning_events" | "good_practices") =>
  (
    await h.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
  ).n;

describe("demo learning events and good practices", () => {
  it("hold a peer review with peers from three other countries and its recommendations", async () => {
    const review = await h.db
      .selectFrom("learning_events as e")
      .innerJoin("partners as host", "host.id", "e.host_partner_id")
      .select(["e.id", "host.country"])
      .where("e.kind", "=", "peer_review")
      .where("host.nuts_code", "=", "SE11")
      .executeTakeFirstOrThrow();
    const peers = await h.db
      .selectFrom("learning_event_participants as p")
      .innerJoin("partners", "partners.id", "p.partner_id")
      .select("partners.country")
      .distinct()
      .where("p.event_id", "=", review.id)
      .where("p.role", "=", "peer")
      .execute();
    expect(peers.map((p) => p.country).sort()).toEqual(["FI", "IT", "NL"]);
    const recs = await h.db
      .selectFrom("peer_review_recommendations")
      .select(["position", "status"])
      .where("event_id", "=", review.id)
      .orderBy("position")
      .execute();
    expect(recs.map((r) => r.position)).toEqual([1, 2, 3, 4]);
  });

  it("holds good practices in every status, within the programme's title limit", async () => {
    const rows = await h.db.selectFrom("good_practices").select(["title", "status"]).execute();
    expect(rows).toHaveLength(demoPractices.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(GOOD_PRACTICE_STATUSES));
    for (const r of rows) expect(r.title.length).toBeLessThanOrEqual(100);
  });

  it("is loaded only with the partnership, so a second seed adds nothing", async () => {
    await seedDemoPartnership(h.db, "hash");
    expect(await count("learning_events")).toBe(demoEvents.length);
    expect(await count("good_practices")).toBe(demoPractices.length);
  });

  it("refuses reversed dates, a participant twice and a validated practice without a date", async () => {
    const e = await h.db.selectFrom("learning_events").selectAll().executeTakeFirstOrThrow();
    await expect(
      sql`update learning_events set end_date = start_date - 1 where id = ${e.id}`.execute(h.db),
    ).rejects.toThrow();
    const p = await h.db
      .selectFrom("learning_event_participants")
      .selectAll()
      .where("guest_name", "is not", null)
      .executeTakeFirstOrThrow();
    await expect(
      h.db
        .insertInto("learning_event_participants")
        .values({
          project_id: p.project_id,
          event_id: p.event_id,
          guest_name: p.guest_name?.toUpperCase() ?? "",
          guest_organisation: p.guest_organisation,
          partner_id: p.partner_id,
          role: "participant",
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      sql`update good_practices set validated_on = null where status = 'validated'`.execute(h.db),
    ).rejects.toThrow();
  });
});
