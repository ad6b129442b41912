import type { IndicatorUnit } from "@consortia/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createHarness, type Harness, trpcError } from "../testing/harness";

let h: Harness;
let lead: Caller;
let projectId: string;

beforeAll(async () => {
  h = await createHarness();
  lead = await h.callerFor(h.f.users.lead_coordinator.id);
  projectId = h.f.projectA.id;
});
afterAll(async () => h?.close());

const byCode = async (code: string, caller = lead, id = projectId) => {
  const found = (await caller.indicators.list({ projectId: id })).indicators.find(
    (i) => i.code === code,
  );
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};
const project = () =>
  h.db
    .selectFrom("projects")
    .select(["good_practice_target", "learning_event_target", "peer_review_target", "version"])
    .where("id", "=", projectId)
    .executeTakeFirstOrThrow();
type Listed = { id: string; version: number; code: string; name: string; unit: IndicatorUnit };
/** An update of a listed indicator that changes nothing yet. */
const fields = (i: Listed) => ({
  projectId,
  indicatorId: i.id,
  version: i.version,
  code: i.code,
  name: i.name,
  unit: i.unit,
});

describe("the standard catalogue", () => {
  it("is created on a project's first read, once, even when read concurrently", async () => {
    const b = h.f.projectB.id;
    const memberB = await h.callerFor(h.f.users.memberB.id);
    const count = () =>
      h.db
        .selectFrom("indicators")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("project_id", "=", b)
        .executeTakeFirstOrThrow();
    expect((await count()).n).toBe(0);
    const lists = await Promise.all([1, 2, 3].map(() => memberB.indicators.list({ projectId: b })));
    expect((await count()).n).toBe(10);
    expect(lists.map((l) => l.indicators.length)).toEqual([10, 10, 10]);
    const [first] = lists;
    // The good-practice target is the project's (20 by default); nothing else was set.
    expect(first?.indicators.map((i) => [i.code, i.target])).toEqual([
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

describe("targets kept on the project", () => {
  it("follow the catalogue, in the same transaction, with a new project version", async () => {
    const gp = await byCode("GP");
    const before = await project();
    await lead.indicators.update({ ...fields(gp), target: "25" });
    const after = await project();
    expect(after.good_practice_target).toBe(25);
    expect(after.version).toBe(before.version + 1);
    expect((await lead.goodPractices.progress({ projectId })).target).toBe(25);

    const le = await byCode("LE");
    await lead.indicators.update({ ...fields(le), target: "" });
    expect((await project()).learning_event_target).toBeNull();
    expect((await lead.desk.learning({ projectId })).targets.events).toBeNull();
    // Changing the name only leaves the project alone.
    const pr = await byCode("PR");
    const v = (await project()).version;
    await lead.indicators.update({ ...fields(pr), name: "Peer reviews hosted", target: "10" });
    expect((await project()).version).toBe(v);
  });

  it("follow a change made on the desk or the good-practice target card", async () => {
    const gpBefore = await byCode("GP");
    const p = await project();
    await lead.goodPractices.setTarget({ projectId, target: 30, version: p.version });
    const gp = await byCode("GP");
    expect(gp.target).toBe("30");
    expect(gp.version).toBe(gpBefore.version + 1);
    await lead.desk.setLearningTargets({
      projectId,
      events: 40,
      peerReviews: null,
      version: (await project()).version,
    });
    expect((await byCode("LE")).target).toBe("40");
    expect((await byCode("PR")).target).toBeNull();
    // The catalogue form opened before the desk change is now stale.
    const stale = await trpcError(lead.indicators.update({ ...fields(gpBefore), target: "31" }));
    expect(stale.code).toBe("CONFLICT");
    expect((await project()).good_practice_target).toBe(30);
  });

  it("refuse what the project cannot hold", async () => {
    const gp = await byCode("GP");
    const none = await trpcError(lead.indicators.update({ ...fields(gp), target: "" }));
    expect(none.cause).toMatchObject({
      fieldErrors: { target: ["Good practices always have a target (0 or more)"] },
    });
    const big = await trpcError(lead.indicators.update({ ...fields(gp), target: "1001" }));
    expect(big.cause).toMatchObject({ fieldErrors: { target: ["At most 1000"] } });
    expect((await project()).good_practice_target).toBe(30);
  });
});

describe("catalogue entries", () => {
  it("are added with a unique code and computation, in the right unit", async () => {
    const made = await lead.indicators.create(manual("media"));
    expect(made.code).toBe("MEDIA");
    const media = await byCode("MEDIA");
    expect(media).toMatchObject({ position: 11, target: "40", source: "manual" });

    const dup = await trpcError(lead.indicators.create(manual("Media")));
    expect(dup.code).toBe("CONFLICT");
    expect(dup.cause).toMatchObject({
      fieldErrors: { code: ["MEDIA already exists in this catalogue"] },
    });
    const twice = await trpcError(
      lead.indicators.create({
        ...manual("GP2"),
        source: "computed",
        computedKey: "good_practices",
      }),
    );
    expect(twice.cause).toMatchObject({
      fieldErrors: { computedKey: ["GP already counts this in the catalogue"] },
    });
    const unit = await trpcError(
      lead.indicators.create({
        ...manual("FM2"),
        source: "computed",
        computedKey: "funds_mobilised",
      }),
    );
    expect(unit.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(unit.cause)).toContain("This computation counts in EUR");
    const renamed = await trpcError(
      lead.indicators.update({ ...fields(media), code: "GP", target: "40" }),
    );
    expect(renamed.cause).toMatchObject({
      fieldErrors: { code: ["GP already exists in this catalogue"] },
    });
  });

  it("change with their version and leave the catalogue when deleted, freeing the code", async () => {
    const made = await lead.indicators.create(manual("EVENTS-LOCAL"));
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
    await expect(lead.indicators.create(manual("EVENTS-LOCAL"))).resolves.toMatchObject({
      version: 1,
    });
  });
});

describe("who may do what", () => {
  it("lets observers and partners read, and only lead coordinators change", async () => {
    const gp = await byCode("GP");
    for (const who of ["observer", "partner_viewer", "partner_editor"] as const) {
      const caller = await h.callerFor(h.f.users[who].id);
      expect((await byCode("GP", caller)).target).toBe(gp.target);
      const auditBefore = await h.auditCount();
      // Thunks, so no refused call is left unawaited while another is checked.
      const calls = [
        () => caller.indicators.update({ ...fields(gp), target: "5" }),
        () =>
          caller.indicators.setValue({
            projectId,
            indicatorId: gp.id,
            periodNumber: 1,
            value: "9",
            justification: "Because",
          }),
        () => caller.indicators.create(manual("X")),
      ];
      for (const call of calls) expect((await trpcError(call())).code).toBe("FORBIDDEN");
      expect(await h.auditCount()).toBe(auditBefore);
    }
    expect((await byCode("GP")).version).toBe(gp.version);
  });

  it("answers NOT_FOUND for another project's indicator", async () => {
    const memberB = await h.callerFor(h.f.users.memberB.id);
    const other = await byCode("GP", memberB, h.f.projectB.id);
    const err = await trpcError(lead.indicators.update({ ...fields(other), target: "5" }));
    expect(err.code).toBe("NOT_FOUND");
  });
});

function manual(code: string) {
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
