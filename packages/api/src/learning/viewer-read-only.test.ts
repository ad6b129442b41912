import type { Db } from "@consortia/db";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { trpcError } from "../testing/harness";

/**
 * A partner viewer is read-only: it proposes no learning event (events count in the
 * indicators at once), and the pages are not told to offer it.
 */
const eventCount = async (db: Db, projectId: string) =>
  Number(
    (
      await db
        .selectFrom("learning_events")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("project_id", "=", projectId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("a partner viewer and learning events", () => {
  it("refuses the viewer's event and changes nothing", async ({
    h,
    db,
    f,
    learning,
    viewer,
    projectId,
  }) => {
    const [events, audit] = [await eventCount(db, projectId), await h.auditCount()];
    const err = await trpcError(
      viewer.learningEvents.create({
        projectId,
        ...learning.eventInput({ hostPartnerId: f.partnersA.it, city: "Milan", country: "IT" }),
      }),
    );
    expect(err.code).toBe("FORBIDDEN");
    expect(await eventCount(db, projectId)).toBe(events);
    expect(await h.auditCount()).toBe(audit);
    // The page does not offer it either.
    const { can } = await viewer.projects.overview({ projectId });
    expect(can.createEvent).toBe(false);
    expect(can.contribute).toBe(false);
  });

  it("lets editors and lead coordinators propose one, and observers not", async ({
    learning,
    editor,
    lead,
    observer,
    projectId,
  }) => {
    for (const caller of [editor, lead]) {
      expect((await caller.projects.overview({ projectId })).can.createEvent).toBe(true);
      await expect(
        caller.learningEvents.create({ projectId, ...learning.eventInput() }),
      ).resolves.toMatchObject({ version: 1 });
    }
    expect((await observer.projects.overview({ projectId })).can.createEvent).toBe(false);
    const err = await trpcError(
      observer.learningEvents.create({ projectId, ...learning.eventInput() }),
    );
    expect(err.code).toBe("FORBIDDEN");
  });
});
