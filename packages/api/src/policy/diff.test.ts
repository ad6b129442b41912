import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { clientShape, trpcError } from "../testing/harness";
import { learningFixtures } from "../testing/learning-fixtures";
import { type DiffPart, diffText } from "./plan-diff";

const older = (parts: DiffPart[]) =>
  parts
    .filter((p) => !p.added)
    .map((p) => p.value)
    .join("");
const newer = (parts: DiffPart[]) =>
  parts
    .filter((p) => !p.removed)
    .map((p) => p.value)
    .join("");

describe("differences between snapshots", () => {
  it("shows the changed word of a section and the added, removed and changed actions", async ({
    editor: anna,
    policy: fx,
    h,
    lead,
    projectId,
  }) => {
    const context = "RUFS 2050 lacks a path for small companies into healthcare.";
    const p = await fx.newPlan({ policyContext: context, actions: 2 });
    const [kept, dropped] = p.actionIds as [string, string];
    const submitted = await anna.actionPlans.submit({
      projectId,
      actionPlanId: p.id,
      version: p.version,
      note: "",
    });
    const reopened = await lead.actionPlans.reopen({
      projectId,
      actionPlanId: p.id,
      version: submitted.version,
      reason: "Lombardy's comments",
    });
    const edited = await anna.actionPlans.update({
      projectId,
      actionPlanId: p.id,
      version: reopened.version,
      ...fx.planInput({ policyContext: context.replace("small", "young") }),
    });
    const current = await anna.actionPlans.get({ projectId, actionPlanId: p.id });
    const keptAction = current.actions.find((a) => a.id === kept);
    await anna.planActions.update({
      projectId,
      actionId: kept,
      version: keptAction?.version ?? 1,
      ...fx.actionInput({ title: keptAction?.title ?? "", activities: "Four times a year." }),
    });
    const event = await learningFixtures(h).newEvent({ title: "Study visit to Milan hospitals" });
    await anna.planActions.addInspiration({
      projectId,
      actionId: kept,
      kind: "learning_event",
      targetId: event.id,
      note: "",
    });
    await anna.planActions.delete({ projectId, actionId: dropped, version: 1 });
    const added = await anna.planActions.create({
      projectId,
      actionPlanId: p.id,
      ...fx.actionInput({ title: "Pilot fund for hospital-SME projects" }),
    });
    await anna.actionPlans.submit({
      projectId,
      actionPlanId: p.id,
      version: edited.version,
      note: "",
    });

    const diff = await lead.actionPlans.diff({ projectId, actionPlanId: p.id, from: 1, to: 2 });
    expect(diff.from).toMatchObject({ number: 1, transition: "submit" });
    expect(diff.to).toMatchObject({ number: 2, transition: "submit" });
    const section = diff.sections.find((s) => s.key === "policyContext");
    expect(section?.changed).toBe(true);
    expect(section?.parts.filter((x) => x.removed).map((x) => x.value.trim())).toEqual(["small"]);
    expect(section?.parts.filter((x) => x.added).map((x) => x.value.trim())).toEqual(["young"]);
    expect(older(section?.parts ?? [])).toBe(context);
    expect(newer(section?.parts ?? [])).toBe(context.replace("small", "young"));
    expect(diff.sections.find((s) => s.key === "generalInformation")?.changed).toBe(false);

    const byId = new Map(diff.actions.map((a) => [a.actionId, a]));
    expect(byId.get(added.id)).toMatchObject({
      change: "added",
      title: "Pilot fund for hospital-SME projects",
      from: null,
      to: 2,
    });
    expect(byId.get(dropped)).toMatchObject({ change: "removed", from: 2, to: null });
    const changed = byId.get(kept);
    expect(changed?.change).toBe("changed");
    expect(changed?.fields.filter((f) => f.changed).map((f) => f.key)).toEqual(["activities"]);
    expect(changed?.inspirations).toEqual({
      added: [{ kind: "learning_event", id: event.id, title: "Study visit to Milan hospitals" }],
      removed: [],
    });
    expect(diff.actions).toHaveLength(3);
  });

  it("compares a snapshot with the plan as it is now", async ({
    editor: anna,
    policy: fx,
    projectId,
  }) => {
    const p = await fx.newPlan({ status: "in_review", actions: 1 });
    const same = await anna.actionPlans.diff({ projectId, actionPlanId: p.id, from: 1, to: null });
    expect(same.to.number).toBeNull();
    expect(same.sections.every((s) => !s.changed)).toBe(true);
    expect(same.actions.map((a) => a.change)).toEqual(["unchanged"]);
    await anna.actionPlans.update({
      projectId,
      actionPlanId: p.id,
      version: p.version,
      ...fx.planInput({ title: "Handlingsplan för RUFS 2050" }),
    });
    const now = await anna.actionPlans.diff({ projectId, actionPlanId: p.id, from: 1 });
    expect(now.sections.find((s) => s.key === "title")?.parts.at(-1)).toMatchObject({
      value: "Handlingsplan för RUFS 2050",
      added: true,
    });
    const missing = await trpcError(
      anna.actionPlans.diff({ projectId, actionPlanId: p.id, from: 1, to: 7 }),
    );
    expect(missing.code).toBe("BAD_REQUEST");
    expect(clientShape(missing).data.fieldErrors).toEqual({
      to: ["This action plan has no snapshot 7"],
    });
  });

  it("returns text as plain parts, never as markup", () => {
    const parts = diffText("Use <b>bold</b> claims", "Use <i>careful</i> claims");
    expect(newer(parts)).toBe("Use <i>careful</i> claims");
    expect(parts.every((p) => Object.keys(p).sort().join() === "added,removed,value")).toBe(true);
    expect(diffText("", "")).toEqual([]);
  });
});
