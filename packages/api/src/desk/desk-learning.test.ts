import { describe, expect } from "vitest";
import type { ProjectCtx } from "../shared/service-context";
import { it, test } from "../testing/fixture";
import { deskLearning } from "./desk-learning";

let ctx: ProjectCtx;
test.beforeAll(async ({ h }) => {
  ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
});

const today = new Date("2026-11-23T10:00:00Z");

describe("learning on the desk", () => {
  it("counts events held, peer reviews and counted practices, and each figure's list shows exactly them", async ({
    h,
    learning: lf,
  }) => {
    const { it: italy, se } = h.f.partnersA;
    const before = await deskLearning(ctx, today);
    await lf.newPeerReview({
      hostPartnerId: italy,
      startDate: "2026-10-05",
      endDate: "2026-10-06",
    });
    await lf.newEvent({ hostPartnerId: italy, startDate: "2026-11-23", endDate: "2026-11-24" });
    // Not held yet on the day: starts tomorrow.
    await lf.newEvent({ hostPartnerId: italy, startDate: "2026-11-24", endDate: "2026-11-25" });
    await lf.newPractice({ ownerPartnerId: se, status: "validated" });
    await lf.newPractice({ ownerPartnerId: se, status: "published" });
    await lf.newPractice({ ownerPartnerId: se, status: "approved" });

    const after = await deskLearning(ctx, today);
    expect(after.events.count - before.events.count).toBe(2);
    expect(after.peerReviews.count - before.peerReviews.count).toBe(1);
    expect(after.practices.count - before.practices.count).toBe(2);
    const italyRow = (d: typeof after) => d.byPartner.find((p) => p.partnerId === italy);
    expect(
      (italyRow(after)?.eventsHosted.count ?? 0) - (italyRow(before)?.eventsHosted.count ?? 0),
    ).toBe(2);
    expect(after.byKind.find((k) => k.kind === "peer_review")?.count).toBe(after.peerReviews.count);

    const caller = await h.callerFor(h.f.users.lead_coordinator.id);
    const projectId = h.f.projectA.id;
    const hosted = italyRow(after)?.eventsHosted.filter;
    const events = await caller.learningEvents.list({
      projectId,
      hostPartnerId: hosted?.host,
      to: hosted?.to,
      pageSize: 200,
    });
    expect(events.total).toBe(italyRow(after)?.eventsHosted.count);
    const seRow = after.byPartner.find((p) => p.partnerId === se);
    const practices = await caller.goodPractices.list({
      projectId,
      counted: true,
      ownerPartnerId: seRow?.practicesCounted.filter.owner,
      pageSize: 200,
    });
    expect(practices.total).toBe(seRow?.practicesCounted.count);
    expect(practices.practices.every((p) => ["validated", "published"].includes(p.status))).toBe(
      true,
    );
  });

  it("lets a lead coordinator set the targets, refuses a stale copy, and audits the change", async ({
    h,
  }) => {
    const caller = await h.callerFor(h.f.users.lead_coordinator.id);
    const projectId = h.f.projectA.id;
    const { targetsVersion, targets } = await caller.desk.learning({ projectId });
    const practices = targets.practices ?? 0;
    const set = await caller.desk.setLearningTargets({
      projectId,
      events: 24,
      peerReviews: 8,
      practices,
      version: targetsVersion,
    });
    expect(set).toMatchObject({ events: 24, peerReviews: 8 });
    await expect(
      caller.desk.setLearningTargets({
        projectId,
        events: 1,
        peerReviews: 1,
        practices,
        version: targetsVersion,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.desk.setLearningTargets({
        projectId,
        events: -1,
        peerReviews: 1,
        practices,
        version: set.version,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const desk = await caller.desk.learning({ projectId });
    expect(desk.targets).toMatchObject({ events: 24, peerReviews: 8 });
    const audit = await h.db
      .selectFrom("audit_log")
      .select("summary")
      .where("action", "=", "set_targets")
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([`Targets: GP ${practices}, LE 24, PR 8`]);
  });
});
