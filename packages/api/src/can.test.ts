import { TRPCError } from "@trpc/server";
import { describe, expect } from "vitest";
import { it, test } from "./testing/fixture";
import type { Caller } from "./testing/harness";

/**
 * The `can` flags every record read returns, for the five kinds of caller the pages serve:
 * the lead coordinator, an editor of the partner that owns the record (Region Stockholm), an
 * editor of another partner (Lombardia), a viewer (of Lombardia) and an observer. The flags
 * must say what the services then allow; the services' own tests and the permission matrix
 * check the refusals.
 */
const WHO = ["lead", "owner", "other", "viewer", "observer"] as const;
type Who = (typeof WHO)[number];
type Flags = Record<string, boolean>;

type Case = {
  /** Reads the record's flags as this caller. */
  read: (c: Caller) => Promise<Flags>;
  /** For each flag, who holds it; flags left out are not checked. */
  flags: Record<string, Who[]>;
  /** Callers refused the read (NOT_FOUND or FORBIDDEN), who hold no flag. */
  refused?: Who[];
};
let callers: Record<Who, Caller>;
const cases: Record<string, Case> = {};

test.beforeAll(
  async ({
    h,
    docs,
    learning,
    policy,
    improvements,
    workplan,
    lead,
    editor,
    editorIt,
    viewer,
    observer,
  }) => {
    const projectId = h.f.projectA.id;
    const se = h.f.partnersA.se;
    callers = {
      lead,
      owner: editor,
      other: editorIt,
      viewer,
      observer,
    };
    // Region Stockholm's contribution to period 2, submitted by its editor.
    const contribution = { projectId, partnerId: se, periodNumber: 2 };
    const draft = await editor.periodReports.contributions.save({
      ...contribution,
      activities: "Hosted a study visit.",
      stakeholderInvolvement: "The regional stakeholder group met twice.",
      communication: "Press release on the study visit.",
      difficultiesDeviations: "",
    });
    await editor.periodReports.contributions.submit({ ...contribution, version: draft.version });

    const event = await learning.newEvent({ hostPartnerId: se });
    const guest = await learning.newGuest(event.id, { partnerId: h.f.partnersA.it });
    const practice = await learning.newPractice({ ownerPartnerId: se, status: "approved" });
    await learning.newInterest(practice.id, h.f.partnersA.it);
    const submitted = await learning.newPractice({ ownerPartnerId: se, status: "submitted" });
    const doc = await docs.newDocument({ ownerPartnerId: se, visibility: "partnership" });
    const folder = await docs.newFolder();
    const instrument = await policy.newInstrument({ partnerId: se });
    const plan = await policy.newPlan({ partnerId: se, status: "in_review" });
    const finalPlan = await policy.newPlan({ partnerId: se, status: "final" });
    const improvement = await improvements.newImprovement({ status: "achieved" });
    const workPackage = await workplan.newWorkPackage();
    const activity = await workplan.newActivity();
    const ref = { projectId };

    Object.assign(cases, {
      "learning event": {
        read: async (c) => (await c.learningEvents.get({ ...ref, eventId: event.id })).can,
        flags: {
          edit: ["lead", "owner"],
          delete: ["lead", "owner"],
          addParticipant: ["lead", "owner", "other"],
        },
      },
      "event participant (of another partner)": {
        read: async (c) =>
          (await c.learningEvents.get({ ...ref, eventId: event.id })).participants.find(
            (p) => p.id === guest.id,
          )?.can ?? {},
        flags: { edit: ["lead", "owner", "other"], remove: ["lead", "owner", "other"] },
      },
      "good practice (approved)": {
        read: async (c) => (await c.goodPractices.get({ ...ref, goodPracticeId: practice.id })).can,
        flags: {
          edit: ["lead"],
          delete: [],
          submit: [],
          approve: [],
          return: ["lead"],
          validate: ["lead", "observer"],
          publish: [],
          // Lombardia's interest is recorded already; the owner never records one in its own.
          recordInterest: ["lead"],
          linkEvents: ["lead", "owner", "other"],
        },
      },
      "good practice (submitted)": {
        read: async (c) =>
          (await c.goodPractices.get({ ...ref, goodPracticeId: submitted.id })).can,
        flags: {
          edit: ["lead"],
          submit: [],
          approve: ["lead"],
          return: ["lead"],
          validate: [],
          recordInterest: ["lead", "other"],
        },
      },
      "interest in a practice (of another partner)": {
        read: async (c) =>
          (await c.goodPractices.get({ ...ref, goodPracticeId: practice.id })).interests[0]?.can ??
          {},
        flags: { withdraw: ["lead", "other"] },
      },
      document: {
        read: async (c) => (await c.documents.get({ ...ref, documentId: doc.id })).can,
        flags: { edit: ["lead", "owner"] },
      },
      folder: {
        read: async (c) => {
          const list = await c.documents.list({ ...ref, folderId: null });
          return list.folders.find((f) => f.id === folder.id)?.can ?? {};
        },
        flags: { rename: ["lead", "owner", "other"], delete: ["lead"] },
      },
      "policy instrument": {
        read: async (c) =>
          (await c.policyInstruments.get({ ...ref, policyInstrumentId: instrument.id })).can,
        flags: {
          edit: ["lead", "owner"],
          delete: ["lead", "owner"],
          createActionPlan: ["lead", "owner"],
          changePartner: ["lead"],
        },
      },
      "action plan (in review)": {
        read: async (c) => (await c.actionPlans.get({ ...ref, actionPlanId: plan.id })).can,
        flags: {
          edit: ["lead", "owner"],
          submit: [],
          finalise: ["lead"],
          reopen: ["lead"],
          comment: ["lead", "owner", "other", "viewer"],
          resolveComments: ["lead", "owner"],
        },
      },
      "monitoring grid (final plan)": {
        read: async (c) => (await c.monitoring.byPlan({ ...ref, actionPlanId: finalPlan.id })).can,
        flags: { edit: ["lead", "owner"] },
      },
      "policy improvement (achieved)": {
        read: async (c) =>
          (await c.improvements.get({ ...ref, improvementId: improvement.id })).can,
        flags: {
          edit: ["lead", "owner"],
          achieve: [],
          validate: ["lead", "observer"],
          revert: ["lead"],
        },
      },
      "region's policy status": {
        read: async (c) => (await c.policyViews.instrumentStatus({ ...ref, partnerId: se })).can,
        flags: { edit: ["lead", "owner"] },
      },
      "work package": {
        read: async (c) =>
          (await c.workPackages.get({ ...ref, workPackageId: workPackage.id })).can,
        flags: { edit: ["lead"], delete: ["lead"], addActivity: ["lead"] },
      },
      activity: {
        read: async (c) =>
          (await c.activities.list(ref)).find((a) => a.id === activity.id)?.can ?? {},
        flags: { edit: ["lead"], delete: ["lead"] },
      },
      indicator: {
        read: async (c) => (await c.indicators.list(ref)).indicators[0]?.can ?? {},
        flags: { edit: ["lead"], delete: ["lead"], setValues: ["lead"] },
      },
      "period report (draft)": {
        read: async (c) => (await c.periodReports.get({ ...ref, periodNumber: 2 })).meta.can,
        flags: {
          edit: ["lead"],
          submit: ["lead"],
          reopen: [],
          returnContributions: ["lead"],
        },
        // Observers read a report once the lead coordinator has submitted it.
        refused: ["observer"],
      },
      "contribution (submitted)": {
        read: async (c) =>
          (await c.periodReports.contributions.get({ ...ref, partnerId: se, periodNumber: 2 })).can,
        flags: { edit: [], submit: [], return: ["lead"] },
      },
      partner: {
        read: async (c) => (await c.partners.list(ref)).find((p) => p.id === se)?.can ?? {},
        flags: { edit: ["lead"] },
      },
    } satisfies Record<string, Case>);
  },
);

/** For each flag, who holds it; refused callers are listed apart. */
async function holders(c: Case) {
  const seen: Record<string, Who[]> = Object.fromEntries(Object.keys(c.flags).map((k) => [k, []]));
  const refused: Who[] = [];
  for (const who of WHO) {
    const flags = await c.read(callers[who]).catch((err: unknown) => {
      if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "FORBIDDEN"))
        return null;
      throw err;
    });
    if (flags === null) {
      refused.push(who);
      continue;
    }
    for (const flag of Object.keys(c.flags)) {
      expect(flags, `${who} reads no "${flag}" flag`).toHaveProperty(flag);
      if (flags[flag]) seen[flag]?.push(who);
    }
  }
  return { flags: seen, refused };
}

describe("the can flags of record reads", () => {
  it("say what each kind of caller may do, record by record", async () => {
    const got: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const [name, c] of Object.entries(cases)) {
      got[name] = await holders(c);
      want[name] = { flags: c.flags, refused: c.refused ?? [] };
    }
    // One comparison, so a failure shows every record whose flags are off.
    expect(got).toEqual(want);
    expect(Object.keys(got)).toHaveLength(18);
  });
});
