import { CONTROLLER_ROLES, LEAD_ROLES, READ_ROLES } from "../shared/roles";
import type { Fixtures, Harness } from "../testing/harness";
import type { MatrixEntry } from "../testing/matrix";
import { DEFAULT_CHECKLIST } from "./checklist-default";
import { controlVersion, testControl } from "./test-control";

type Entry = MatrixEntry;

/** The period of Stockholm's report these rows control (other rooms' rows use earlier ones). */
const PERIOD = 8;
const controls = new WeakMap<Harness, Promise<{ id: string }>>();

const TINY = {
  template: {
    name: "Short check",
    sections: [
      {
        heading: "General",
        items: [{ id: "q1", kind: "question", text: "Is the report complete?" }],
      },
    ],
  },
};

/**
 * Permission-matrix rows of control checklists and clarification rounds. Control-bound rows
 * work on one control of Stockholm (`se`, the partner the matrix's controller controls and the
 * partner editor works for), reset to the state each step needs before each call. The partner
 * viewer works for Lombardy: Stockholm's control is not its to see (NOT_FOUND).
 */
export function checklistEntries(h: () => Harness): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const control = () => {
    let c = controls.get(h());
    if (!c) {
      c = testControl(h(), h().f.partnersA.se, PERIOD);
      controls.set(h(), c);
    }
    return c;
  };
  /** The control with its checklist in a given state, and its version. */
  const step = async (f: Fixtures, checklist: unknown, completed: boolean) => {
    const { id } = await control();
    await h()
      .db.updateTable("controls")
      .set({
        checklist: checklist === null ? null : JSON.stringify(checklist),
        checklist_completed_at: completed ? new Date() : null,
      })
      .where("id", "=", id)
      .execute();
    return { ...p(f), controlId: id, version: await controlVersion(h().db, id) };
  };
  const template = async (f: Fixtures) =>
    h()
      .db.insertInto("checklist_templates")
      .values({
        project_id: f.projectA.id,
        name: f.unique("Checklist "),
        content: JSON.stringify({ sections: TINY.template.sections }),
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
  const round = async (f: Fixtures) => {
    const { id } = await control();
    const r = await h()
      .db.insertInto("control_clarifications")
      .values({ control_id: id, project_id: f.projectA.id, question: "Where is the invoice?" })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    return { ...p(f), clarificationId: r.id, version: r.version };
  };
  const sections = [{ heading: "General", items: [{ id: "a", kind: "question", text: "Ok?" }] }];
  const templateReaders = [...LEAD_ROLES, ...CONTROLLER_ROLES];
  const controller = [...CONTROLLER_ROLES];
  // The matrix's partner viewer (Lombardy) may read controls, but not this one of Stockholm.
  const refuse = { partner_viewer: "NOT_FOUND" };
  return {
    "controlChecklists.templates": { roles: templateReaders, input: p },
    "controlChecklists.template": {
      roles: templateReaders,
      input: async (f) => ({ ...p(f), templateId: (await template(f)).id }),
    },
    "controlChecklists.createTemplate": {
      roles: [...LEAD_ROLES],
      input: (f) => ({ ...p(f), name: f.unique("Checklist "), sections }),
    },
    "controlChecklists.updateTemplate": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const t = await template(f);
        return { ...p(f), templateId: t.id, version: t.version, name: "Renamed", sections };
      },
    },
    "controlChecklists.archiveTemplate": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const t = await template(f);
        return { ...p(f), templateId: t.id, version: t.version, archived: true };
      },
    },
    "controlChecklists.get": {
      roles: [...READ_ROLES],
      refuse,
      input: async (f) => ({ ...p(f), controlId: (await control()).id }),
    },
    "controlChecklists.choose": {
      roles: controller,
      input: async (f) => ({ ...(await step(f, null, false)), templateId: null }),
    },
    "controlChecklists.saveAnswers": {
      roles: controller,
      input: async (f) => ({
        ...(await step(f, { template: DEFAULT_CHECKLIST, answers: {} }, false)),
        answers: { "gen-agreement": { answer: "yes" } },
      }),
    },
    "controlChecklists.complete": {
      roles: controller,
      input: (f) => step(f, { ...TINY, answers: { q1: { answer: "yes" } } }, false),
    },
    "controlChecklists.uncomplete": {
      roles: controller,
      input: (f) => step(f, { ...TINY, answers: { q1: { answer: "yes" } } }, true),
    },
    "controlClarifications.list": {
      roles: [...READ_ROLES],
      refuse,
      input: async (f) => ({ ...p(f), controlId: (await control()).id }),
    },
    "controlClarifications.ask": {
      roles: controller,
      input: async (f) => ({
        ...p(f),
        controlId: (await control()).id,
        question: "Please send the timesheets of March",
      }),
    },
    "controlClarifications.answer": {
      roles: ["partner_editor"],
      input: async (f) => ({ ...(await round(f)), answer: "Attached to the report as item 3" }),
    },
    "controlClarifications.close": { roles: controller, input: round },
  };
}
