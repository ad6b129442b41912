import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { seedDemoPartnership } from "./seed/seed-demo";
import { createTestDb } from "./testing";

let h: DbHandle;
let projectId: string;
let partnerId: string;
beforeAll(async () => {
  h = await createTestDb();
  await seedDemoPartnership(h.db, "hash");
  const p = await h.db
    .selectFrom("partners")
    .select(["id", "project_id"])
    .where("role", "=", "partner")
    .executeTakeFirstOrThrow();
  projectId = p.project_id;
  partnerId = p.id;
});
afterAll(async () => h.close());

const instrument = (name: string, isMain: boolean) => ({
  project_id: projectId,
  partner_id: partnerId,
  name,
  instrument_type: "regional_strategy" as const,
  territorial_level: "regional" as const,
  is_main: isMain,
});

describe("policy tables", () => {
  it("allow one main instrument per partner, any number of others", async () => {
    const main = await h.db
      .insertInto("policy_instruments")
      .values(instrument("Main strategy", true))
      .returning("id")
      .executeTakeFirstOrThrow();
    await h.db
      .insertInto("policy_instruments")
      .values(instrument("Side programme", false))
      .execute();
    await expect(
      h.db.insertInto("policy_instruments").values(instrument("Second main", true)).execute(),
    ).rejects.toThrow();
    const plan = await h.db
      .insertInto("action_plans")
      .values({
        project_id: projectId,
        policy_instrument_id: main.id,
        partner_id: partnerId,
        title: "Plan",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(
      h.db
        .insertInto("action_plans")
        .values({
          project_id: projectId,
          policy_instrument_id: main.id,
          partner_id: partnerId,
          title: "Second plan",
        })
        .execute(),
    ).rejects.toThrow();

    // Snapshots are written once and never changed.
    await h.db
      .insertInto("action_plan_snapshots")
      .values({
        project_id: projectId,
        action_plan_id: plan.id,
        number: 1,
        transition: "submit",
        content: JSON.stringify({ title: "Plan" }),
      })
      .execute();
    await expect(
      h.db.updateTable("action_plan_snapshots").set({ note: "changed" }).execute(),
    ).rejects.toThrow(/cannot be changed/);

    // An inspiration names exactly the target its kind says.
    const action = await h.db
      .insertInto("actions")
      .values({ project_id: projectId, action_plan_id: plan.id, position: 1, title: "Act" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(
      h.db
        .insertInto("action_inspirations")
        .values({ project_id: projectId, action_id: action.id, kind: "good_practice" })
        .execute(),
    ).rejects.toThrow();

    // A validated improvement carries the programme's date, and only then.
    await expect(
      h.db
        .insertInto("policy_improvements")
        .values({
          project_id: projectId,
          partner_id: partnerId,
          policy_instrument_id: main.id,
          improvement_type: "structural_change",
          title: "Validated without a date",
          status: "validated",
        })
        .execute(),
    ).rejects.toThrow();
    const row = await h.db
      .insertInto("policy_improvements")
      .values({
        project_id: projectId,
        partner_id: partnerId,
        policy_instrument_id: main.id,
        improvement_type: "new_projects_funded",
        title: "Funds",
        funds_mobilised_eur: "1250000.50",
      })
      .returning(["funds_mobilised_eur", "status"])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ funds_mobilised_eur: "1250000.50", status: "expected" });
  });
});
