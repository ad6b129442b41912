import type { Database, Db, GoodPracticeStatus } from "@consortia/db";
import type { ExpressionBuilder } from "kysely";
import { forbidden, invalid } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import type { ProjectAccess } from "../trpc";

/**
 * Who may do what with learning events and good practices (the procedures' roles are the
 * outer fence; these are the per-record rules inside it):
 * - events are visible to everyone in the project, observers included; any staff member
 *   (not observers, who are read-only) may propose one; the host partner's editors and the
 *   lead coordinators edit it, its participants and its recommendations;
 * - an editor of another partner logs the people their own partner sent to an event;
 * - a good practice in draft (or returned) is the owning partner's work in progress: only
 *   its people, its author and the lead coordinators see it. From submission on the whole
 *   partnership sees it, observers included.
 */
export function canEditEvent(access: ProjectAccess, hostPartnerId: string): boolean {
  if (access.isLead) return true;
  return access.role === "partner_editor" && access.partnerId === hostPartnerId;
}

export function canManageParticipant(
  access: ProjectAccess,
  hostPartnerId: string,
  participantPartnerId: string | null,
): boolean {
  if (canEditEvent(access, hostPartnerId)) return true;
  return (
    access.role === "partner_editor" &&
    participantPartnerId !== null &&
    access.partnerId === participantPartnerId
  );
}

export const assertCanEditEvent = (access: ProjectAccess, hostPartnerId: string) => {
  if (!canEditEvent(access, hostPartnerId))
    throw forbidden("Only the host partner's editors and lead coordinators can change this event");
};

/** Statuses the whole partnership sees; before that a practice is the owner's draft. */
export const SHARED_STATUSES: readonly GoodPracticeStatus[] = [
  "submitted",
  "approved",
  "validated",
  "published",
];
/** Validated practices count for the indicator (published ones were validated first). */
export const COUNTED_STATUSES: readonly GoodPracticeStatus[] = ["validated", "published"];

export function visibleGoodPractices(ctx: ProjectCtx) {
  const { access } = ctx;
  return (eb: ExpressionBuilder<Database, "good_practices">) => {
    const inProject = eb.and([
      eb("good_practices.project_id", "=", access.projectId),
      eb("good_practices.deleted_at", "is", null),
    ]);
    if (access.isLead) return inProject;
    const shared = eb("good_practices.status", "in", SHARED_STATUSES);
    const mine = eb("good_practices.created_by", "=", ctx.actor.userId);
    if (!access.partnerId) return eb.and([inProject, eb.or([shared, mine])]);
    const ownPartner = eb("good_practices.owner_partner_id", "=", access.partnerId);
    return eb.and([inProject, eb.or([shared, mine, ownPartner])]);
  };
}

type PracticeOwnership = {
  status: GoodPracticeStatus;
  owner_partner_id: string;
  created_by: string | null;
};

/** The author and the owning partner's editors (lead coordinators act for everyone). */
export function isPracticeEditor(ctx: ProjectCtx, p: PracticeOwnership): boolean {
  if (ctx.access.isLead) return true;
  if (ctx.access.role !== "partner_editor") return false;
  return ctx.access.partnerId === p.owner_partner_id || p.created_by === ctx.actor.userId;
}

/**
 * Content changes: the author and owner's editors while it is a draft or returned; once
 * submitted it is under review, and only lead coordinators correct it.
 */
export function canEditPractice(ctx: ProjectCtx, p: PracticeOwnership): boolean {
  if (ctx.access.isLead) return true;
  return (p.status === "draft" || p.status === "returned") && isPracticeEditor(ctx, p);
}

/** Refuses, as a field error, a partner that is not part of this project. */
export async function assertProjectPartner(
  db: Db,
  projectId: string,
  field: string,
  partnerId: string,
) {
  const p = await db
    .selectFrom("partners")
    .select(["id", "country"])
    .where("id", "=", partnerId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!p)
    throw invalid("Unknown partner", { [field]: ["This partner is not part of the project"] });
  return p;
}
