import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import { DEFAULT_CHECKLIST } from "./checklist-default";
import { testControl } from "./test-control";

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

describe("checklist templates", () => {
  it("refuse a bad template with a clear error, and a stale save, changing nothing", async ({
    h,
    lead,
    projectId,
  }) => {
    const before = await h.auditCount();
    const bad = [
      { name: "", sections },
      { name: "x".repeat(201), sections },
      { name: "Empty", sections: [] },
      { name: "Too many", sections: Array.from({ length: 51 }, () => section) },
      {
        name: "Too long",
        sections: [
          {
            heading: "Many",
            items: Array.from({ length: 101 }, (_, n) => ({
              id: `q${n}`,
              kind: "question" as const,
              text: "?",
            })),
          },
        ],
      },
      {
        name: "Bad id",
        sections: [
          { heading: "H", items: [{ id: "Not ok!", kind: "question" as const, text: "?" }] },
        ],
      },
    ];
    for (const input of bad) {
      const err = await trpcError(lead.controlChecklists.createTemplate({ projectId, ...input }));
      expect(err.code).toBe("BAD_REQUEST");
    }
    const twice = await trpcError(
      lead.controlChecklists.createTemplate({
        projectId,
        name: "Twice",
        sections: [...sections, { heading: "Again", items: [period] }],
      }),
    );
    expect(twice.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(twice.cause)).toContain("“period” is used twice");
    expect(await h.auditCount()).toBe(before);

    const { templates, builtIn } = await lead.controlChecklists.templates({ projectId });
    expect(templates).toEqual([]);
    expect(builtIn.name).toBe(DEFAULT_CHECKLIST.name);
    expect(builtIn.questionCount).toBeGreaterThan(20);
    const made = await lead.controlChecklists.createTemplate({ projectId, name: "Ours", sections });
    const saved = await lead.controlChecklists.updateTemplate({
      projectId,
      templateId: made.id,
      version: made.version,
      name: "Ours, revised",
      sections,
    });
    const stale = await trpcError(
      lead.controlChecklists.updateTemplate({
        projectId,
        templateId: made.id,
        version: made.version,
        name: "Lost",
        sections,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    const got = await (await controllerOf(h)).controlChecklists.template({
      projectId,
      templateId: made.id,
    });
    expect(got).toMatchObject({ name: "Ours, revised", version: saved.version, sections });
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    expect((await trpcError(editor.controlChecklists.templates({ projectId }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("offers no archived template, and keeps the answers to the items a new choice shares", async ({
    h,
    lead,
    projectId,
  }) => {
    const c = await testControl(h, h.f.partnersA.se, 4);
    const ctl = await controllerOf(h);
    const t = await lead.controlChecklists.createTemplate({ projectId, name: "Kept", sections });
    await lead.controlChecklists.archiveTemplate({
      projectId,
      templateId: t.id,
      version: t.version,
      archived: true,
    });
    const offered = await ctl.controlChecklists.get({ projectId, controlId: c.id });
    expect(offered.choices.map((x) => x.id)).not.toContain(t.id);
    const archived = await trpcError(
      ctl.controlChecklists.choose({
        projectId,
        controlId: c.id,
        version: c.version,
        templateId: t.id,
      }),
    );
    expect(archived.code).toBe("BAD_REQUEST");
    const mine = await lead.controlChecklists.createTemplate({ projectId, name: "Mine", sections });
    let v = (
      await ctl.controlChecklists.choose({
        projectId,
        controlId: c.id,
        version: c.version,
        templateId: mine.id,
      })
    ).version;
    v = (
      await ctl.controlChecklists.saveAnswers({
        projectId,
        controlId: c.id,
        version: v,
        answers: { period: { answer: "na", comment: "Lump sum" }, notes: { text: "Seen" } },
      })
    ).version;
    const other = await lead.controlChecklists.createTemplate({
      projectId,
      name: "Other",
      sections: [
        { heading: "H", items: [period, { id: "notes", kind: "question", text: "Notes ok?" }] },
      ],
    });
    await ctl.controlChecklists.choose({
      projectId,
      controlId: c.id,
      version: v,
      templateId: other.id,
    });
    const got = await ctl.controlChecklists.get({ projectId, controlId: c.id });
    // "notes" changed from a text field to a question: its text is not carried over.
    expect(got.checklist?.answers).toEqual({ period: { answer: "na", comment: "Lump sum" } });
  });
});
