import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, trpcError } from "../testing/harness";
import { type LearningFixtures, learningFixtures } from "../testing/learning-fixtures";

/**
 * A partner viewer is read-only: it proposes no learning event (events count in the
 * indicators at once), and the pages are not told to offer it.
 */
let h: Harness;
let fx: LearningFixtures;
let projectId: string;

beforeAll(async () => {
  h = await createHarness();
  fx = learningFixtures(h);
  projectId = h.f.projectA.id;
});
afterAll(async () => h?.close());

const eventCount = async () =>
  Number(
    (
      await h.db
        .selectFrom("learning_events")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("project_id", "=", projectId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("a partner viewer and learning events", () => {
  it("refuses the viewer's event and changes nothing", async () => {
    const viewer = await h.callerFor(h.f.users.partner_viewer.id);
    const [events, audit] = [await eventCount(), await h.auditCount()];
    const err = await trpcError(
      viewer.learningEvents.create({
        projectId,
        ...fx.eventInput({ hostPartnerId: h.f.partnersA.it, city: "Milan", country: "IT" }),
      }),
    );
    expect(err.code).toBe("FORBIDDEN");
    expect(await eventCount()).toBe(events);
    expect(await h.auditCount()).toBe(audit);
    // The page does not offer it either.
    const { can } = await viewer.projects.overview({ projectId });
    expect(can.createEvent).toBe(false);
    expect(can.contribute).toBe(false);
  });

  it("lets editors and lead coordinators propose one, and observers not", async () => {
    for (const who of ["partner_editor", "lead_coordinator"] as const) {
      const caller = await h.callerFor(h.f.users[who].id);
      expect((await caller.projects.overview({ projectId })).can.createEvent).toBe(true);
      await expect(
        caller.learningEvents.create({ projectId, ...fx.eventInput() }),
      ).resolves.toMatchObject({ version: 1 });
    }
    const observer = await h.callerFor(h.f.users.observer.id);
    expect((await observer.projects.overview({ projectId })).can.createEvent).toBe(false);
    const err = await trpcError(observer.learningEvents.create({ projectId, ...fx.eventInput() }));
    expect(err.code).toBe("FORBIDDEN");
  });
});
