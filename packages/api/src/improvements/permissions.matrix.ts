import { attachProgressEvidence, upsertProgress } from "../monitoring/monitoring";
import { EDITOR_ROLES, LEAD_ROLES, READ_ROLES, type Role, VALIDATOR_ROLES } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";
import { type ImprovementFixtures, improvementFixtures } from "../testing/improvement-fixtures";
import { attachImprovementEvidence } from "./improvement-workflow";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for monitoring, policy improvements and the policy views. Fixture
 * plans, instruments and improvements belong to Region Stockholm, the partner editor's
 * partner; plans are final (monitoring follows the approved plan) and improvements that
 * everyone must read are achieved (observers see achieved and validated ones only).
 */
export function improvementEntries(docs: () => DocumentFixtures): Record<string, Entry> {
  let made: ImprovementFixtures | undefined;
  const fx = (f: Fixtures) => {
    made ??= improvementFixtures(f, docs());
    return made;
  };
  const read = [...READ_ROLES];
  const edit = [...EDITOR_ROLES];
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const progressRow = async (f: Fixtures) => {
    const { action } = await fx(f).planWithAction();
    return upsertProgress(
      await fx(f).asLead(),
      {
        actionId: action.id,
        periodNumber: 2,
        progress: "on_track",
        percent: 30,
        comment: "",
      },
      new Date(),
    );
  };
  const document = () => docs().newDocument();
  const improvement = async (f: Fixtures, status: "expected" | "achieved" = "expected") => {
    const i = await fx(f).newImprovement({ status });
    return { ...p(f), improvementId: i.id, version: i.version };
  };
  const withEvidence = async (f: Fixtures) => {
    const ref = await improvement(f);
    const doc = await document();
    await attachImprovementEvidence(await fx(f).asLead(), {
      improvementId: ref.improvementId,
      documentIds: [doc.id],
    });
    return { ...ref, documentId: doc.id };
  };
  return {
    "monitoring.byPlan": {
      roles: read,
      input: async (f) => ({ ...p(f), actionPlanId: (await fx(f).newPlan()).id }),
    },
    "monitoring.upsert": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        actionId: (await fx(f).planWithAction()).action.id,
        periodNumber: 3,
        progress: "delayed",
        percent: 20,
        comment: "Procurement rules took longer to change",
      }),
    },
    "monitoring.evidence": {
      roles: read,
      input: async (f) => ({ ...p(f), progressId: (await progressRow(f)).id }),
    },
    "monitoring.attachEvidence": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        progressId: (await progressRow(f)).id,
        documentIds: [(await document()).id],
      }),
    },
    "monitoring.detachEvidence": {
      roles: edit,
      input: async (f) => {
        const [row, doc] = [await progressRow(f), await document()];
        await attachProgressEvidence(await fx(f).asLead(), {
          progressId: row.id,
          documentIds: [doc.id],
        });
        return { ...p(f), progressId: row.id, documentId: doc.id };
      },
    },
    "improvements.list": { roles: read, input: (f) => ({ ...p(f), status: "achieved" }) },
    "improvements.get": {
      roles: read,
      input: async (f) => {
        const { version: _v, ...ref } = await improvement(f, "achieved");
        return ref;
      },
    },
    "improvements.create": {
      roles: edit,
      input: async (f) => ({ ...p(f), ...fx(f).improvementInput(await fx(f).newInstrument()) }),
    },
    "improvements.update": {
      roles: edit,
      input: async (f) => {
        const i = await fx(f).newImprovement();
        return {
          ...p(f),
          ...fx(f).improvementInput(i.instrument, { title: "Pilot call widened to SMEs" }),
          improvementId: i.id,
          version: i.version,
        };
      },
    },
    "improvements.delete": { roles: edit, input: (f) => improvement(f) },
    "improvements.achieve": {
      roles: edit,
      input: async (f) => {
        const { documentId: _d, ...ref } = await withEvidence(f);
        return ref;
      },
    },
    "improvements.validate": {
      roles: [...VALIDATOR_ROLES],
      input: async (f) => ({ ...(await improvement(f, "achieved")), validatedOn: "2026-02-01" }),
    },
    "improvements.revert": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...(await improvement(f, "achieved")), reason: "Evidence unclear" }),
    },
    "improvements.attachEvidence": {
      roles: edit,
      input: async (f) => {
        const { version: _v, ...ref } = await improvement(f);
        return { ...ref, documentIds: [(await document()).id] };
      },
    },
    "improvements.detachEvidence": {
      roles: edit,
      input: async (f) => {
        const { version: _v, ...ref } = await withEvidence(f);
        return ref;
      },
    },
    "policyViews.instrumentStatus": {
      roles: read,
      input: (f) => ({ ...p(f), partnerId: f.partnersA.se }),
    },
    "policyViews.matrix": { roles: read, input: (f) => p(f) },
    "policyViews.chain": { roles: read, input: (f) => ({ ...p(f), partnerId: f.partnersA.se }) },
    "policyViews.counts": { roles: read, input: (f) => p(f) },
    "policyViews.lineage": {
      roles: read,
      input: async (f) => ({
        ...p(f),
        kind: "action",
        id: (await fx(f).planWithAction()).action.id,
      }),
    },
  };
}
