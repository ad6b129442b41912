import type { Db } from "@consortia/db";
import { describe, expect } from "vitest";
import { scheduleOf } from "../shared/calendar";
import { it } from "../testing/fixture";
import { clientShape, trpcError } from "../testing/harness";
import { upsertProgress } from "./monitoring";

/**
 * Monitoring follows the project calendar: a period that has not begun takes no progress,
 * and the action's own status follows the progress of its latest monitored period.
 */
const entry = (projectId: string, actionId: string, o: Record<string, unknown> = {}) => ({
  projectId,
  actionId,
  periodNumber: 2,
  progress: "on_track" as const,
  percent: 30,
  comment: "",
  ...o,
});

const actionRow = (db: Db, id: string) =>
  db
    .selectFrom("actions")
    .select(["status", "version"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();

const progressRows = (db: Db, actionId: string) =>
  db.selectFrom("action_progress").selectAll().where("action_id", "=", actionId).execute();

describe("monitoring and the calendar", () => {
  it("refuses progress for a period that has not begun, and changes nothing", async ({
    h,
    db,
    improvements: fx,
    editor: anna, // partner editor, Region Stockholm
    projectId,
  }) => {
    const { action } = await fx.planWithAction();
    const project = await db
      .selectFrom("projects")
      .select(["start_date", "end_date", "core_phase_end"])
      .where("id", "=", projectId)
      .executeTakeFirstOrThrow();
    const today = new Date().toISOString().slice(0, 10);
    const { periods } = scheduleOf(
      {
        startDate: project.start_date,
        endDate: project.end_date,
        corePhaseEnd: project.core_phase_end,
      },
      today,
    );
    const ahead = periods.find((p) => p.start > today);
    expect(ahead, "the project has a period ahead of today").toBeDefined();
    if (!ahead) return;
    const before = await h.auditCount();
    const err = await trpcError(
      anna.monitoring.upsert(
        entry(projectId, action.id, {
          periodNumber: ahead.number,
          progress: "completed",
          percent: 100,
        }),
      ),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(clientShape(err).data.fieldErrors).toEqual({
      periodNumber: [`Period ${ahead.number} begins on ${ahead.start}`],
    });
    expect(await progressRows(db, action.id)).toEqual([]);
    expect(await actionRow(db, action.id)).toMatchObject({ status: "in_progress", version: 1 });
    expect(await h.auditCount()).toBe(before);

    // The grid says which periods take progress, so the page offers only those.
    const grid = await anna.monitoring.byPlan({
      projectId,
      actionPlanId: (await fx.newPlan()).id,
    });
    expect(grid.periods.map((p) => p.started)).toEqual(periods.map((p) => p.start <= today));
  });

  it("takes a period from its first day, core and follow-up phase alike", async ({
    improvements: fx,
  }) => {
    const { action } = await fx.planWithAction();
    const lead = await fx.asLead();
    // The project: period 3 runs from 1 March 2026, period 8 (follow-up) from 1 September 2028.
    const save = (periodNumber: number, now: string) =>
      upsertProgress(
        lead,
        { actionId: action.id, periodNumber, progress: "on_track", percent: 10, comment: "" },
        new Date(now),
      );
    await expect(save(3, "2026-02-28T23:00:00Z")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { periodNumber: ["Period 3 begins on 2026-03-01"] },
    });
    await expect(save(3, "2026-03-01T08:00:00Z")).resolves.toMatchObject({ periodNumber: 3 });
    await expect(save(8, "2028-08-31T12:00:00Z")).rejects.toMatchObject({
      fieldErrors: { periodNumber: ["Period 8 begins on 2028-09-01"] },
    });
    await expect(save(8, "2028-09-01T12:00:00Z")).resolves.toMatchObject({ periodNumber: 8 });
    await expect(save(9, "2029-01-01T12:00:00Z")).rejects.toMatchObject({
      fieldErrors: { periodNumber: ["The project's reporting periods are 1 to 8"] },
    });
  });

  it("moves the action's status with its latest monitored period", async ({
    db,
    improvements: fx,
    editor: anna,
    projectId,
  }) => {
    const { action } = await fx.planWithAction();
    await db
      .updateTable("actions")
      .set({ status: "planned" })
      .where("id", "=", action.id)
      .execute();

    const first = await anna.monitoring.upsert(entry(projectId, action.id, { periodNumber: 1 }));
    expect(first).toMatchObject({ actionStatus: "in_progress" });
    expect(await actionRow(db, action.id)).toMatchObject({ status: "in_progress", version: 2 });
    const audit = await db
      .selectFrom("audit_log")
      .select(["summary", "data"])
      .where("entity_id", "=", first.id)
      .executeTakeFirstOrThrow();
    expect(audit.summary).toContain("the action is now in progress");

    // Completed in period 2: the action is completed.
    await anna.monitoring.upsert(
      entry(projectId, action.id, { periodNumber: 2, progress: "completed", percent: 100 }),
    );
    expect((await actionRow(db, action.id)).status).toBe("completed");
    // Correcting an earlier period does not undo what the latest period says.
    await anna.monitoring.upsert(
      entry(projectId, action.id, {
        periodNumber: 1,
        progress: "delayed",
        percent: 20,
        version: 1,
      }),
    );
    expect(await actionRow(db, action.id)).toMatchObject({ status: "completed", version: 3 });
    // Correcting the latest period does.
    await anna.monitoring.upsert(
      entry(projectId, action.id, {
        periodNumber: 2,
        progress: "delayed",
        percent: 60,
        version: 1,
      }),
    );
    expect((await actionRow(db, action.id)).status).toBe("in_progress");

    // What the grid shows: the action's status and its monitoring tell one story.
    const grid = await anna.monitoring.byPlan({
      projectId,
      actionPlanId: (
        await db
          .selectFrom("actions")
          .select("action_plan_id")
          .where("id", "=", action.id)
          .executeTakeFirstOrThrow()
      ).action_plan_id,
    });
    expect(grid.actions[0]?.status).toBe("in_progress");
  });

  it("sets a not-started action back to planned and leaves a cancelled one cancelled", async ({
    db,
    improvements: fx,
    editor: anna,
    projectId,
  }) => {
    const plan = await fx.newPlan();
    const waiting = await fx.newAction(plan.id);
    const dropped = await fx.newAction(plan.id, { status: "cancelled" });
    await anna.monitoring.upsert(
      entry(projectId, waiting.id, { periodNumber: 1, progress: "not_started", percent: 0 }),
    );
    expect((await actionRow(db, waiting.id)).status).toBe("planned");
    const r = await anna.monitoring.upsert(
      entry(projectId, dropped.id, { periodNumber: 1, progress: "delayed", percent: 10 }),
    );
    expect(r.actionStatus).toBe("cancelled");
    expect(await actionRow(db, dropped.id)).toMatchObject({ status: "cancelled", version: 1 });
  });
});
