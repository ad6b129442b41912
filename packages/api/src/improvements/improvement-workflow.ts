import type { PolicyImprovementStatus, PolicyImprovementTable } from "@consortia/db";
import type { Updateable } from "kysely";
import { attachDocuments, detachDocument, evidenceCounts } from "../documents";
import { conflict, forbidden, invalid, staleVersion } from "../errors";
import { assertCanEditPartnerRecord } from "../policy";
import { addDays, isoDay } from "../shared/calendar";
import { actsForPartner, isValidator } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { asLoaded, loadImprovement } from "./queries";
import { IMPROVEMENT_LABELS, missingForAchievement } from "./schemas";

/**
 * A policy improvement goes expected → achieved (the partner shows the evidence) →
 * validated (the programme's decision, recorded with its date by a lead coordinator or an
 * observer, as for good practices). A lead coordinator can take it back one step, with a
 * reason. Every step is audited.
 */
export type ImprovementTransition = "achieve" | "validate" | "revert";

/** Lead coordinators and observers (the programme's officers) record the validation. */
export const mayValidate = (ctx: ProjectCtx) => isValidator(ctx.access);

const illegal = (t: ImprovementTransition, status: PolicyImprovementStatus) => {
  const when = {
    achieve: "when it is expected",
    validate: "when it is achieved",
    revert: "when it is achieved or validated",
  }[t];
  const done = { achieve: "marked achieved", validate: "validated", revert: "reverted" }[t];
  return conflict(
    `This improvement is ${IMPROVEMENT_LABELS[status]}; it can be ${done} only ${when}.`,
  );
};

const PREVIOUS: Partial<Record<PolicyImprovementStatus, PolicyImprovementStatus>> = {
  achieved: "expected",
  validated: "achieved",
};

/**
 * What the caller may do with an improvement now, for the pages: the owning partner's editors
 * and the lead coordinators change it (content, evidence, achieving it) until the programme
 * validated it; validators validate an achieved one; lead coordinators take it back a step.
 */
export function improvementCan(
  ctx: ProjectCtx,
  i: { partnerId: string; status: PolicyImprovementStatus },
) {
  const own = actsForPartner(ctx.access, i.partnerId);
  const open = i.status !== "validated";
  return {
    edit: own && open,
    delete: own && open,
    achieve: own && i.status === "expected",
    validate: mayValidate(ctx) && i.status === "achieved",
    revert: ctx.access.isLead && PREVIOUS[i.status] !== undefined,
  };
}

type Ref = { improvementId: string; version: number };

async function step(
  ctx: ProjectCtx,
  i: Awaited<ReturnType<typeof loadImprovement>>,
  input: Ref,
  change: {
    action: ImprovementTransition;
    to: PolicyImprovementStatus;
    set: Updateable<PolicyImprovementTable>;
    summary: string;
    data: Record<string, unknown>;
  },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "policy_improvements",
      asLoaded(i, input.version),
      { ...change.set, status: change.to, updated_at: new Date() },
      ["id", "status", "version"],
    );
    await auditChange(trx, ctx, {
      entity: "policy_improvement",
      entityId: i.id,
      action: change.action,
      summary: change.summary,
      data: { from: i.status, to: change.to, ...change.data },
    });
    return row;
  });
}

/** Expected → achieved: needs a description, the date, the justification and evidence. */
export async function achieveImprovement(ctx: ProjectCtx, input: Ref) {
  const i = await loadImprovement(ctx, input.improvementId);
  assertCanEditPartnerRecord(ctx, i.partner_id, "this partner's policy improvements");
  if (i.version !== input.version) throw staleVersion("This policy improvement");
  if (i.status !== "expected") throw illegal("achieve", i.status);
  const evidence = await evidenceCounts(ctx, "policy_improvement", [i.id]);
  const missing = missingForAchievement({
    description: i.description,
    improvementDate: i.improvement_date,
    justification: i.justification,
    evidenceCount: evidence.get(i.id) ?? 0,
  });
  // A day's slack for time zones east of UTC, as for the programme's validation date.
  if (i.improvement_date && i.improvement_date > addDays(isoDay(new Date()), 1))
    missing.improvementDate = ["An achieved improvement cannot be dated in the future"];
  if (Object.keys(missing).length)
    throw invalid("Complete the improvement before marking it achieved", missing);
  return step(ctx, i, input, {
    action: "achieve",
    to: "achieved",
    set: { achieved_at: new Date(), achieved_by: ctx.actor.userId },
    summary: `Policy improvement ${i.title} achieved`,
    data: {},
  });
}

/** Achieved → validated, with the date of the programme's decision. */
export async function validateImprovement(ctx: ProjectCtx, input: Ref & { validatedOn: string }) {
  const i = await loadImprovement(ctx, input.improvementId);
  if (!mayValidate(ctx))
    throw forbidden("The programme's validation is recorded by a lead coordinator or an observer");
  if (i.version !== input.version) throw staleVersion("This policy improvement");
  if (i.status !== "achieved") throw illegal("validate", i.status);
  if (i.improvement_date && input.validatedOn < i.improvement_date)
    throw invalid("Check the validation date", {
      validatedOn: [
        `The improvement dates from ${i.improvement_date}; it was validated after that`,
      ],
    });
  return step(ctx, i, input, {
    action: "validate",
    to: "validated",
    set: {
      validated_on: input.validatedOn,
      validated_at: new Date(),
      validated_by: ctx.actor.userId,
    },
    summary: `Policy improvement ${i.title} validated by the programme on ${input.validatedOn}`,
    data: { validatedOn: input.validatedOn },
  });
}

/** One step back (validated → achieved, achieved → expected), by a lead coordinator. */
export async function revertImprovement(ctx: ProjectCtx, input: Ref & { reason: string }) {
  const i = await loadImprovement(ctx, input.improvementId);
  if (!ctx.access.isLead) throw forbidden("Only lead coordinators can revert an improvement");
  if (i.version !== input.version) throw staleVersion("This policy improvement");
  const to = PREVIOUS[i.status];
  if (!to) throw illegal("revert", i.status);
  const clear =
    to === "achieved"
      ? { validated_on: null, validated_at: null, validated_by: null }
      : { achieved_at: null, achieved_by: null };
  return step(ctx, i, input, {
    action: "revert",
    to,
    set: clear,
    summary: `Policy improvement ${i.title} back to ${to}: ${input.reason}`,
    data: { reason: input.reason },
  });
}

/**
 * Evidence: the partner's editors and lead coordinators, until the programme validated the
 * improvement. An achieved improvement keeps at least one evidence document.
 */
async function editableEvidence(ctx: ProjectCtx, improvementId: string) {
  const i = await loadImprovement(ctx, improvementId);
  assertCanEditPartnerRecord(ctx, i.partner_id, "this partner's policy improvements");
  if (i.status === "validated")
    throw conflict(
      "This improvement is validated by the programme; its evidence no longer changes",
    );
  return i;
}

export async function attachImprovementEvidence(
  ctx: ProjectCtx,
  input: { improvementId: string; documentIds: string[] },
) {
  const i = await editableEvidence(ctx, input.improvementId);
  return attachDocuments(ctx, {
    entity: "policy_improvement",
    entityId: i.id,
    documentIds: input.documentIds,
  });
}

export async function detachImprovementEvidence(
  ctx: ProjectCtx,
  input: { improvementId: string; documentId: string },
) {
  const i = await editableEvidence(ctx, input.improvementId);
  if (
    i.status === "achieved" &&
    ((await evidenceCounts(ctx, "policy_improvement", [i.id])).get(i.id) ?? 0) <= 1
  )
    throw invalid("An achieved improvement keeps its evidence", {
      evidence: ["Attach another evidence document before removing the last one"],
    });
  return detachDocument(ctx, {
    entity: "policy_improvement",
    entityId: i.id,
    documentId: input.documentId,
  });
}
