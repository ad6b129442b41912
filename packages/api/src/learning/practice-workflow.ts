import { conflict, forbidden, invalid, staleVersion } from "../errors";
import { isValidator } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { canEditPractice, isPracticeEditor } from "./access";
import { notifyTransition } from "./notify";
import { loadPractice, practicesQuery, programmeColumns } from "./practice-queries";
import { missingForSubmission } from "./practice-schemas";
import { illegalTransition, TRANSITIONS, type Transition } from "./practice-transitions";

export type TransitionInput = {
  goodPracticeId: string;
  version: number;
  comment?: string | undefined;
  validatedOn?: string | undefined;
};

/** Who may take each step (the procedures' roles say the same; this guards the service too). */
function mayTake(ctx: ProjectCtx, t: Transition, p: Parameters<typeof isPracticeEditor>[1]) {
  if (t === "submit") return isPracticeEditor(ctx, p);
  if (t === "validate") return isValidator(ctx.access);
  return ctx.access.isLead;
}

/**
 * What the caller may do with a practice now, for the pages: the same rules as the change
 * services (who may take each step, and from which status). Interests come from `interestCan`.
 */
export function practiceCan(ctx: ProjectCtx, p: Parameters<typeof isPracticeEditor>[1]) {
  const step = (t: Transition) => mayTake(ctx, t, p) && TRANSITIONS[t].from.includes(p.status);
  return {
    edit: canEditPractice(ctx, p),
    delete: isPracticeEditor(ctx, p) && (p.status === "draft" || p.status === "returned"),
    submit: step("submit"),
    approve: step("approve"),
    return: step("return"),
    validate: step("validate"),
    publish: step("publish"),
  };
}

/** Who took the step and when, plus what the step records. */
function stamp(t: Transition, input: TransitionInput, by: string, at: Date) {
  switch (t) {
    case "submit":
      return { submitted_at: at, submitted_by: by };
    case "approve":
      return { approved_at: at, approved_by: by, return_comment: null };
    case "return":
      return { returned_at: at, returned_by: by, return_comment: input.comment ?? null };
    case "validate":
      return { validated_at: at, validated_by: by, validated_on: input.validatedOn ?? null };
    case "publish":
      return { published_at: at, published_by: by };
  }
}

/**
 * Moves a good practice one step along its workflow: checks the caller, the version and the
 * current status, stamps who and when, audits it, and (after commit) notifies the author.
 */
export async function transition(ctx: ProjectCtx, t: Transition, input: TransitionInput) {
  const p = await loadPractice(ctx, input.goodPracticeId);
  if (!mayTake(ctx, t, p))
    throw forbidden(
      t === "submit"
        ? "Only the author, the owning partner's editors and lead coordinators can submit this"
        : t === "validate"
          ? "The programme's validation is recorded by a lead coordinator or an observer"
          : "Only lead coordinators can do this",
    );
  if (p.version !== input.version) throw staleVersion("This good practice");
  const rule = TRANSITIONS[t];
  if (!rule.from.includes(p.status)) throw conflict(illegalTransition(t, p.status));
  if (t === "submit") {
    const fields = await practicesQuery(ctx)
      .select(programmeColumns)
      .where("good_practices.id", "=", p.id)
      .executeTakeFirstOrThrow();
    const missing = missingForSubmission(fields);
    if (Object.keys(missing).length)
      throw invalid("Complete the practice before submitting it", missing);
  }
  const now = new Date();
  const row = await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateVersioned(
      trx,
      "good_practices",
      { id: p.id, version: input.version, status: rule.from, label: "This good practice" },
      { status: rule.to, ...stamp(t, input, ctx.actor.userId, now), updated_at: now },
      ["id", "status", "version"],
    );
    await auditChange(trx, ctx, {
      entity: "good_practice",
      entityId: p.id,
      action: t,
      summary: `Good practice ${p.title} ${rule.done}${input.validatedOn ? ` (validated on ${input.validatedOn})` : ""}`,
      data: {
        from: p.status,
        to: rule.to,
        ...(input.comment ? { comment: input.comment } : {}),
        ...(input.validatedOn ? { validatedOn: input.validatedOn } : {}),
      },
    });
    return updated;
  });
  await notifyTransition(ctx, {
    projectId: ctx.access.projectId,
    goodPracticeId: p.id,
    practiceTitle: p.title,
    ownerName: p.owner_name,
    authorId: p.created_by,
    actor: { userId: ctx.actor.userId, name: ctx.actor.name },
    transition: t,
    comment: t === "return" ? (input.comment ?? null) : null,
    validatedOn: t === "validate" ? (input.validatedOn ?? null) : null,
  });
  return row;
}
