import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import { DEFAULT_CHECKLIST } from "./checklist-default";
import { controlVersion, finishTestControl, testControl } from "./test-control";

// The file's database is made in a hook, whose time limit is longer than a test's.
test.beforeAll(({ h }) => {
  expect(h.f.projectA.id).toBeTruthy();
});

const period = { id: "period", kind: "question" as const, text: "Costs within the period?" };
const section = {
  heading: "Eligibility",
  items: [
    period,
    { id: "vat", kind: "question" as const, text: "VAT not recoverable?" },
    { id: "notes", kind: "text" as const, text: "Notes" },
  ],
};
const sections = [section];

const controllerOf = (h: Harness) => h.callerFor(h.f.users.controller.id);
const controlRow = (h: Harness, id: string) =>
  h.db.selectFrom("controls").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("a control's checklist", () => {
  it("is completed only with every question answered and each “no” explained", async ({
    h,
    projectId,
  }) => {
    const c = await testControl(h, h.f.partnersA.se, 1);
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    const t = await lead.controlChecklists.createTemplate({ projectId, name: "Short", sections });
    const ctl = await controllerOf(h);
    let v = (
      await ctl.controlChecklists.choose({
        projectId,
        controlId: c.id,
        version: c.version,
        templateId: t.id,
      })
    ).version;
    // The template changes later; the control keeps the copy it chose.
    await lead.controlChecklists.updateTemplate({
      projectId,
      templateId: t.id,
      version: t.version,
      name: "Short",
      sections: [{ heading: "Other", items: [{ id: "z", kind: "text", text: "Z" }] }],
    });
    v = (
      await ctl.controlChecklists.saveAnswers({
        projectId,
        controlId: c.id,
        version: v,
        answers: { period: { answer: "yes" }, vat: { answer: "no" } },
      })
    ).version;
    const refused = await trpcError(
      ctl.controlChecklists.complete({ projectId, controlId: c.id, version: v }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain(
      "Explain the “no” in a comment — Eligibility: “VAT not recoverable?”",
    );
    const stale = await trpcError(
      ctl.controlChecklists.saveAnswers({
        projectId,
        controlId: c.id,
        version: v - 1,
        answers: { vat: { answer: "yes" } },
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    v = (
      await ctl.controlChecklists.saveAnswers({
        projectId,
        controlId: c.id,
        version: v,
        answers: {
          vat: { answer: "no", comment: "Recoverable for the partner: deducted" },
          notes: { text: "Fine otherwise" },
        },
      })
    ).version;
    const done = await ctl.controlChecklists.complete({ projectId, controlId: c.id, version: v });
    expect(done.completedAt).toBeInstanceOf(Date);
    const locked = await trpcError(
      ctl.controlChecklists.saveAnswers({
        projectId,
        controlId: c.id,
        version: done.version,
        answers: { notes: { text: "More" } },
      }),
    );
    expect(locked.code).toBe("CONFLICT");
    const row = await controlRow(h, c.id);
    expect(row.checklist).toEqual({
      template: { name: "Short", sections },
      answers: {
        period: { answer: "yes" },
        vat: { answer: "no", comment: "Recoverable for the partner: deducted" },
        notes: { text: "Fine otherwise" },
      },
    });
    expect(row.checklist_template_id).toBe(t.id);
    const open = await ctl.controlChecklists.uncomplete({
      projectId,
      controlId: c.id,
      version: done.version,
    });
    expect(open.completedAt).toBeNull();
    const cleared = await ctl.controlChecklists.saveAnswers({
      projectId,
      controlId: c.id,
      version: open.version,
      answers: { period: {} },
    });
    const unanswered = await trpcError(
      ctl.controlChecklists.complete({ projectId, controlId: c.id, version: cleared.version }),
    );
    expect(unanswered.message).toContain(
      "Answer this question — Eligibility: “Costs within the period?”",
    );
    expect((await controlRow(h, c.id)).checklist_completed_at).toBeNull();
  });

  it("is read-only once the control is finished, and readable by the partner, the lead and observers", async ({
    h,
    projectId,
  }) => {
    const c = await testControl(h, h.f.partnersA.se, 2);
    const ctl = await controllerOf(h);
    const chosen = await ctl.controlChecklists.choose({
      projectId,
      controlId: c.id,
      version: c.version,
      templateId: null,
    });
    await finishTestControl(h.db, c.id);
    const version = await controlVersion(h.db, c.id);
    const before = await h.auditCount();
    for (const call of [
      () =>
        ctl.controlChecklists.saveAnswers({
          projectId,
          controlId: c.id,
          version,
          answers: { "gen-agreement": { answer: "yes" } },
        }),
      () => ctl.controlChecklists.choose({ projectId, controlId: c.id, version, templateId: null }),
      () => ctl.controlChecklists.complete({ projectId, controlId: c.id, version }),
    ])
      expect((await trpcError(call())).code).toBe("FORBIDDEN");
    expect(await h.auditCount()).toBe(before);
    for (const who of [h.f.users.partner_editor, h.f.users.lead_coordinator, h.f.users.observer]) {
      const got = await (await h.callerFor(who.id)).controlChecklists.get({
        projectId,
        controlId: c.id,
      });
      expect(got.checklist?.template.name).toBe(DEFAULT_CHECKLIST.name);
      expect(got.can).toEqual({ choose: false, answer: false, complete: false, uncomplete: false });
    }
    expect(chosen.version).toBeLessThan(version);
    const viewer = await h.callerFor(h.f.users.partner_viewer.id);
    expect(
      (await trpcError(viewer.controlChecklists.get({ projectId, controlId: c.id }))).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses another partner's controller, changing nothing", async ({ h, projectId }) => {
    const c = await testControl(h, h.f.partnersA.se, 3);
    const other = await h.f.newMember({ role: "controller" });
    await h.db
      .insertInto("controller_assignments")
      .values({ project_id: projectId, user_id: other.id, partner_id: h.f.partnersA.it })
      .execute();
    const ctl = await h.callerFor(other.id);
    const before = await h.auditCount();
    const err = await trpcError(
      ctl.controlChecklists.choose({
        projectId,
        controlId: c.id,
        version: c.version,
        templateId: null,
      }),
    );
    expect(err.code).toBe("NOT_FOUND");
    expect((await trpcError(ctl.controlChecklists.get({ projectId, controlId: c.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await h.auditCount()).toBe(before);
    expect((await controlRow(h, c.id)).checklist).toBeNull();
  });
});
