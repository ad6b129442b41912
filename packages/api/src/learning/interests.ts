import type { Db } from "@consortia/db";
import { forbidden, invalid, notFound } from "../errors";
import { isUniqueViolation } from "../shared/db-errors";
import { assertProjectPartner } from "../shared/project-partners";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { loadPractice } from "./practice-queries";

/** The partners interested in transferring a practice, with their notes. */
export function interestsOf(db: Db, goodPracticeId: string) {
  return db
    .selectFrom("good_practice_interests as i")
    .innerJoin("partners", "partners.id", "i.partner_id")
    .leftJoin("users", "users.id", "i.created_by")
    .select([
      "i.id",
      "i.partner_id as partnerId",
      "partners.short_name as partnerName",
      "partners.country",
      "i.note",
      "users.name as createdByName",
      "i.created_at as createdAt",
    ])
    .where("i.good_practice_id", "=", goodPracticeId)
    .orderBy("i.created_at")
    .execute();
}

/**
 * Whether the caller may record an interest now: lead coordinators for any partner; an editor
 * for their own partner, once, and never in their own partner's practice.
 */
export function mayRecordInterest(
  ctx: ProjectCtx,
  ownerPartnerId: string,
  interested: readonly { partnerId: string }[],
): boolean {
  if (ctx.access.isLead) return true;
  const own = ctx.access.partnerId;
  return (
    own !== null &&
    actsForPartner(ctx.access, own) &&
    own !== ownerPartnerId &&
    !interested.some((i) => i.partnerId === own)
  );
}

/** An interest is withdrawn by whoever may speak for its partner. */
export const interestCan = (ctx: ProjectCtx, partnerId: string) => ({
  withdraw: actsForPartner(ctx.access, partnerId),
});

/** Editors speak for their own partner; lead coordinators record it for any partner. */
function assertSpeaksFor(ctx: ProjectCtx, partnerId: string) {
  if (actsForPartner(ctx.access, partnerId)) return;
  throw forbidden("Editors record interest for their own partner only");
}

export async function addInterest(
  ctx: ProjectCtx,
  input: { goodPracticeId: string; partnerId?: string | undefined; note: string },
) {
  const projectId = ctx.access.projectId;
  const partnerId = input.partnerId ?? ctx.access.partnerId;
  if (!partnerId)
    throw invalid("Choose a partner", { partnerId: ["Choose the partner that is interested"] });
  const p = await loadPractice(ctx, input.goodPracticeId);
  return ctx.db.transaction().execute(async (trx) => {
    await assertProjectPartner(trx, projectId, "partnerId", partnerId);
    assertSpeaksFor(ctx, partnerId);
    if (partnerId === p.owner_partner_id)
      throw invalid("Own practice", {
        partnerId: ["This is the partner's own practice; interest comes from other regions"],
      });
    const existing = await trx
      .selectFrom("good_practice_interests")
      .select("id")
      .where("good_practice_id", "=", p.id)
      .where("partner_id", "=", partnerId)
      .executeTakeFirst();
    const already = () =>
      invalid("Already interested", { partnerId: ["This partner's interest is already recorded"] });
    if (existing) throw already();
    const row = await trx
      .insertInto("good_practice_interests")
      .values({
        project_id: projectId,
        good_practice_id: p.id,
        partner_id: partnerId,
        note: input.note,
        created_by: ctx.actor.userId,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow()
      .catch((err: unknown) => {
        // Two people recording the same interest at once: the second hears the same answer.
        throw isUniqueViolation(err) ? already() : err;
      });
    await auditChange(trx, ctx, {
      entity: "good_practice",
      entityId: p.id,
      action: "add_interest",
      summary: `Interest in transferring ${p.title} recorded`,
      data: { partnerId, interestId: row.id },
    });
    return row;
  });
}

export async function removeInterest(ctx: ProjectCtx, input: { interestId: string }) {
  const interest = await ctx.db
    .selectFrom("good_practice_interests")
    .select(["id", "good_practice_id", "partner_id"])
    .where("id", "=", input.interestId)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!interest) throw notFound("Interest");
  const p = await loadPractice(ctx, interest.good_practice_id);
  assertSpeaksFor(ctx, interest.partner_id);
  return ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("good_practice_interests").where("id", "=", interest.id).execute();
    await auditChange(trx, ctx, {
      entity: "good_practice",
      entityId: p.id,
      action: "remove_interest",
      summary: `Interest in transferring ${p.title} withdrawn`,
      data: { partnerId: interest.partner_id },
    });
    return { id: interest.id };
  });
}
