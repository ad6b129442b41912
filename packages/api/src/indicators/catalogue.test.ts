import type { IndicatorUnit } from "@consortia/db";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { type Caller, trpcError } from "../testing/harness";

const byCode = async (
  lead: Caller,
  projectId: string,
  code: string,
  caller = lead,
  id = projectId,
) => {
  const found = (await caller.indicators.list({ projectId: id })).indicators.find(
    (i) => i.code === code,
  );
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};
type Listed = { id: string; version: number; code: string; name: string; unit: IndicatorUnit };
/** An update of a listed indicator that changes nothing yet. */
const fields = (projectId: string, i: Listed) => ({
  projectId,
  indicatorId: i.id,
  version: i.version,
  code: i.code,
  name: i.name,
  unit: i.unit,
});

describe("the standard catalogue", () => {
  it("is created with the project, and reading it writes nothing", async ({ h }) => {
    const b = h.f.projectB.id;
    const memberB = await h.callerFor(h.f.users.memberB.id);
    const before = await h.auditCount();
    const lists = await Promise.all([1, 2].map(() => memberB.indicators.list({ projectId: b })));
    expect(lists.map((l) => l.indicators.length)).toEqual([10, 10]);
    expect(await h.auditCount()).toBe(before);
    // The good-practice target is 20 by default; nothing else was set.
    expect(lists[0]?.indicators.map((i) => [i.code, i.target])).toEqual([
      ["GP", "20"],
      ["LE", null],
      ["PR", null],
      ["PC", null],
      ["PI", null],
      ["AP", null],
      ["PIM", null],
      ["OC", null],
      ["PA", null],
      ["FM", null],
    ]);
    const audit = await h.db
      .selectFrom("audit_log")
      .select("action")
      .where("project_id", "=", b)
      .where("entity", "=", "indicator")
      .execute();
    expect(audit).toEqual([{ action: "create_catalogue" }]);
  });
});

describe("the targets the desk and the good-practice card show", () => {
  it("are the catalogue's own: a change there is what they show", async ({ lead, projectId }) => {
    const gp = await byCode(lead, projectId, "GP");
    await lead.indicators.update({ ...fields(projectId, gp), target: "25" });
    expect((await lead.goodPractices.progress({ projectId })).target).toBe(25);
    expect((await lead.desk.learning({ projectId })).targets.practices).toBe(25);

    const le = await byCode(lead, projectId, "LE");
    await lead.indicators.update({ ...fields(projectId, le), target: "" });
    expect((await lead.desk.learning({ projectId })).targets.events).toBeNull();
  });

  it("are set in the catalogue from the desk or the good-practice card, guarded by their version", async ({
    lead,
    projectId,
  }) => {
    const gpBefore = await byCode(lead, projectId, "GP");
    const progress = await lead.goodPractices.progress({ projectId });
    await lead.goodPractices.setTarget({ projectId, target: 30, version: progress.targetVersion });
    const gp = await byCode(lead, projectId, "GP");
    expect(gp.target).toBe("30");
    expect(gp.version).toBe(gpBefore.version + 1);
    const desk = await lead.desk.learning({ projectId });
    await lead.desk.setLearningTargets({
      projectId,
      events: 40,
      peerReviews: null,
      practices: 30,
      version: desk.targetsVersion,
    });
    expect((await byCode(lead, projectId, "LE")).target).toBe("40");
    expect((await byCode(lead, projectId, "PR")).target).toBeNull();
    // A desk form opened before that change is stale, and so is the catalogue form.
    const staleDesk = await trpcError(
      lead.desk.setLearningTargets({
        projectId,
        events: 1,
        peerReviews: 1,
        practices: 1,
        version: desk.targetsVersion,
      }),
    );
    expect(staleDesk.code).toBe("CONFLICT");
    const stale = await trpcError(
      lead.indicators.update({ ...fields(projectId, gpBefore), target: "31" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await byCode(lead, projectId, "LE")).target).toBe("40");
  });

  it("refuse what a count cannot be, in the catalogue and on the desk", async ({
    lead,
    projectId,
  }) => {
    const gp = await byCode(lead, projectId, "GP");
    const none = await trpcError(lead.indicators.update({ ...fields(projectId, gp), target: "" }));
    expect(none.cause).toMatchObject({
      fieldErrors: { target: ["Good practices always have a target (0 or more)"] },
    });
    const big = await trpcError(
      lead.indicators.update({ ...fields(projectId, gp), target: "1001" }),
    );
    expect(big.cause).toMatchObject({ fieldErrors: { target: ["At most 1000"] } });
    const desk = await lead.desk.learning({ projectId });
    const negative = await trpcError(
      lead.desk.setLearningTargets({
        projectId,
        events: 2000,
        peerReviews: null,
        practices: 30,
        version: desk.targetsVersion,
      }),
    );
    expect(negative.code).toBe("BAD_REQUEST");
    expect((await byCode(lead, projectId, "GP")).target).toBe("30");
  });
});

describe("catalogue entries", () => {
  it("are added with a unique code and computation, in the right unit", async ({
    lead,
    projectId,
  }) => {
    const made = await lead.indicators.create(manual(projectId, "media"));
    expect(made.code).toBe("MEDIA");
    const media = await byCode(lead, projectId, "MEDIA");
    expect(media).toMatchObject({ position: 11, target: "40", source: "manual" });

    const dup = await trpcError(lead.indicators.create(manual(projectId, "Media")));
    expect(dup.code).toBe("CONFLICT");
    expect(dup.cause).toMatchObject({
      fieldErrors: { code: ["MEDIA already exists in this catalogue"] },
    });
    const twice = await trpcError(
      lead.indicators.create({
        ...manual(projectId, "GP2"),
        source: "computed",
        computedKey: "good_practices",
      }),
    );
    expect(twice.cause).toMatchObject({
      fieldErrors: { computedKey: ["GP already counts this in the catalogue"] },
    });
    const unit = await trpcError(
      lead.indicators.create({
        ...manual(projectId, "FM2"),
        source: "computed",
        computedKey: "funds_mobilised",
      }),
    );
    expect(unit.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(unit.cause)).toContain("This computation counts in EUR");
    const renamed = await trpcError(
      lead.indicators.update({ ...fields(projectId, media), code: "GP", target: "40" }),
    );
    expect(renamed.cause).toMatchObject({
      fieldErrors: { code: ["GP already exists in this catalogue"] },
    });
  });

  it("change with their version and leave the catalogue when deleted, freeing the code", async ({
    lead,
    projectId,
  }) => {
    const made = await lead.indicators.create(manual(projectId, "EVENTS-LOCAL"));
    const ref = { projectId, indicatorId: made.id };
    const updated = await lead.indicators.update({
      ...ref,
      version: made.version,
      code: "EVENTS-LOCAL",
      name: "Local dissemination events",
      unit: "count",
      target: "12",
    });
    expect(updated.version).toBe(made.version + 1);
    const stale = await trpcError(lead.indicators.delete({ ...ref, version: made.version }));
    expect(stale.code).toBe("CONFLICT");
    await lead.indicators.delete({ ...ref, version: updated.version });
    const codes = (await lead.indicators.list({ projectId })).indicators.map((i) => i.code);
    expect(codes).not.toContain("EVENTS-LOCAL");
    const gone = await trpcError(lead.indicators.delete({ ...ref, version: updated.version + 1 }));
    expect(gone.code).toBe("NOT_FOUND");
    await expect(lead.indicators.create(manual(projectId, "EVENTS-LOCAL"))).resolves.toMatchObject({
      version: 1,
    });
  });
});

describe("who may do what", () => {
  it("lets observers and partners read, and only lead coordinators change", async ({
    h,
    lead,
    projectId,
  }) => {
    const gp = await byCode(lead, projectId, "GP");
    for (const who of ["observer", "partner_viewer", "partner_editor"] as const) {
      const caller = await h.callerFor(h.f.users[who].id);
      expect((await byCode(lead, projectId, "GP", caller)).target).toBe(gp.target);
      const auditBefore = await h.auditCount();
      // Thunks, so no refused call is left unawaited while another is checked.
      const calls = [
        () => caller.indicators.update({ ...fields(projectId, gp), target: "5" }),
        () =>
          caller.indicators.setValue({
            projectId,
            indicatorId: gp.id,
            periodNumber: 1,
            value: "9",
            justification: "Because",
          }),
        () => caller.indicators.create(manual(projectId, "X")),
      ];
      for (const call of calls) expect((await trpcError(call())).code).toBe("FORBIDDEN");
      expect(await h.auditCount()).toBe(auditBefore);
    }
    expect((await byCode(lead, projectId, "GP")).version).toBe(gp.version);
  });

  it("answers NOT_FOUND for another project's indicator", async ({ h, lead, projectId }) => {
    const memberB = await h.callerFor(h.f.users.memberB.id);
    const other = await byCode(lead, projectId, "GP", memberB, h.f.projectB.id);
    const err = await trpcError(
      lead.indicators.update({ ...fields(projectId, other), target: "5" }),
    );
    expect(err.code).toBe("NOT_FOUND");
  });
});

function manual(projectId: string, code: string) {
  return {
    projectId,
    code,
    name: "Articles in regional media",
    unit: "count" as const,
    target: "40",
    source: "manual" as const,
    computedKey: null,
  };
}
