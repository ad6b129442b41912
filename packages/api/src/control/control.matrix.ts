import { CONTROLLER_ROLES, EDITOR_ROLES, LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { Fixtures, Harness, Who } from "../testing/harness";
import { finishControl } from "./control-finish";
import { setItemOutcome } from "./control-items";
import { sampleControl } from "./control-start";
import { controlledPartner, controlOf, submittedReport } from "./test-kit";

type Entry = {
  roles: Role[];
  input: (f: Fixtures) => unknown;
  refuse?: Partial<Record<Who, string>>;
};

/**
 * Permission-matrix rows of first-level control. Control work is the controller's alone: its
 * inputs are fresh partners assigned to the matrix's controller (`users.controller`), so every
 * other caller is refused by role. Reads of a control of Lombardy (`it`, controlled by someone
 * else) show the controller of another partner — and Stockholm's editor — learning nothing of
 * it (NOT_FOUND). Parked items of Stockholm (`se`, period 1) are carried into its period 2.
 */
export function controlEntries(h: () => Harness): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const items = [
    { category: "staff" as const, declaredCents: 300_000 },
    { category: "equipment" as const, declaredCents: 80_000 },
  ];
  const fresh = () => controlOf(h(), items);
  const ctx = (userId: string) => h().projectCtxFor(userId);
  const finished = async () => {
    const c = await fresh();
    const c1 = await ctx(c.controllerId);
    const s = await sampleControl(
      c1,
      { controlId: c.controlId, version: 1, sample: { method: "all" } },
      new Date(),
    );
    for (const i of c.items)
      await setItemOutcome(
        c1,
        {
          controlId: c.controlId,
          itemId: i.item_id,
          version: i.version,
          decision: { outcome: "verified" },
        },
        new Date(),
      );
    return finishControl(
      c1,
      { controlId: c.controlId, version: s.version, conclusion: "Eligible." },
      new Date(),
    );
  };
  // A control of Lombardy by another controller, made once (reads change nothing).
  let theirs: Promise<string> | undefined;
  const lombardy = (f: Fixtures) => {
    theirs ??= (async () => {
      const other = await f.newMember({ role: "controller" });
      await h()
        .db.insertInto("controller_assignments")
        .values({ project_id: f.projectA.id, user_id: other.id, partner_id: f.partnersA.it })
        .execute();
      return (await controlOf(h(), items, { partnerId: f.partnersA.it, controllerId: other.id }))
        .controlId;
    })();
    return theirs;
  };
  const unseen = { partner_editor: "NOT_FOUND", controller: "NOT_FOUND" };
  // Stockholm's period 1, every item parked in a finished control: one item per carry.
  let parked: Promise<string[]> | undefined;
  const nextParked = async (f: Fixtures) => {
    parked ??= (async () => {
      const many = Array.from({ length: 15 }, (_, n) => ({
        category: "external" as const,
        declaredCents: 1_000 + n,
      }));
      const c = await controlOf(h(), many, { partnerId: f.partnersA.se });
      const c1 = await ctx(c.controllerId);
      const s = await sampleControl(
        c1,
        { controlId: c.controlId, version: 1, sample: { method: "all" } },
        new Date(),
      );
      for (const i of c.items)
        await setItemOutcome(
          c1,
          {
            controlId: c.controlId,
            itemId: i.item_id,
            version: i.version,
            decision: { outcome: "parked" },
          },
          new Date(),
        );
      await finishControl(
        c1,
        { controlId: c.controlId, version: s.version, conclusion: "Parked." },
        new Date(),
      );
      return c.items.map((i) => i.item_id);
    })();
    const pool = await parked;
    const id = pool.shift();
    if (!id) throw new Error("no parked item left for the matrix");
    return id;
  };
  let code = 0;
  return {
    "control.assignments": { roles: [...READ_ROLES], input: (f) => p(f) },
    "control.assign": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        ...p(f),
        userId: (await f.newMember({ role: "controller" })).id,
        partnerId: f.partnersA.se,
        duty: "controller",
      }),
    },
    "control.unassign": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const userId = (await f.newMember({ role: "controller" })).id;
        return { ...p(f), userId, partnerId: await controlledPartner(h(), userId) };
      },
    },
    "control.errorTypes": { roles: [...READ_ROLES], input: (f) => p(f) },
    "control.saveErrorType": {
      roles: [...LEAD_ROLES],
      input: (f) => ({ ...p(f), code: `matrix_${++code}`, label: "Matrix error type" }),
    },
    "control.archiveErrorType": {
      roles: [...LEAD_ROLES],
      input: (f) => ({ ...p(f), code: "other", archived: true }),
    },
    "control.list": { roles: [...READ_ROLES], input: (f) => p(f) },
    "control.get": {
      roles: ["admin", "lead_coordinator", "partner_viewer", "observer"],
      refuse: unseen,
      input: async (f) => ({ ...p(f), controlId: await lombardy(f) }),
    },
    "control.certificates": {
      roles: ["admin", "lead_coordinator", "partner_viewer", "observer"],
      refuse: unseen,
      input: async (f) => ({ ...p(f), controlId: await lombardy(f) }),
    },
    "control.start": {
      roles: [...CONTROLLER_ROLES],
      input: async (f) => ({
        ...p(f),
        reportId: await submittedReport(h(), await controlledPartner(h()), 1, items),
      }),
    },
    "control.sample": {
      roles: [...CONTROLLER_ROLES],
      input: async (f) => ({
        ...p(f),
        controlId: (await fresh()).controlId,
        version: 1,
        sample: { method: "random_count", count: 1, seed: "matrix" },
      }),
    },
    "control.setItem": {
      roles: [...CONTROLLER_ROLES],
      input: async (f) => {
        const c = await fresh();
        const i = c.items[0];
        return {
          ...p(f),
          controlId: c.controlId,
          itemId: i?.item_id,
          version: i?.version,
          decision: { outcome: "verified" },
        };
      },
    },
    "control.verifyRest": {
      roles: [...CONTROLLER_ROLES],
      input: async (f) => ({ ...p(f), controlId: (await fresh()).controlId }),
    },
    "control.finish": {
      roles: [...CONTROLLER_ROLES],
      input: async (f) => {
        const c = await fresh();
        // A sample of no item: everything is certified as declared when the control finishes.
        await h()
          .db.updateTable("controls")
          .set({ sample_method: "manual" })
          .where("id", "=", c.controlId)
          .execute();
        return { ...p(f), controlId: c.controlId, version: 1, conclusion: "Eligible." };
      },
    },
    "control.reopen": {
      roles: [...CONTROLLER_ROLES],
      input: async (f) => {
        const done = await finished();
        return { ...p(f), controlId: done.id, version: done.version, reason: "New evidence" };
      },
    },
    "control.parkedItems": {
      roles: ["admin", "lead_coordinator", "partner_editor", "observer", "controller"],
      input: (f) => ({ ...p(f), partnerId: f.partnersA.se }),
    },
    "control.carry": {
      roles: [...EDITOR_ROLES],
      input: async (f) => ({ ...p(f), itemId: await nextParked(f), periodNumber: 2 }),
    },
  };
}
