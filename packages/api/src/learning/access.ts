import type { Database, GoodPracticeStatus } from "@consortia/db";
import type { ExpressionBuilder } from "kysely";
import { forbidden } from "../errors";
import { actsForPartner, isEditor } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import type { ProjectAccess } from "../trpc";

export function canManageParticipant(
  access: ProjectAccess,
  hostPartnerId: string,
  participantPartnerId: string | null,
): boolean {
  if (actsForPartner(access, hostPartnerId)) return true;
  return actsForPartner(access, participantPartnerId);
}

export const assertCanEditEvent = (access: ProjectAccess, hostPartnerId: string) => {
  if (!actsForPartner(access, hostPartnerId))
    throw forbidden("Only the host partner's editors and lead coordinators can change this event");
};

/**
 * What the caller may do with an event, for the pages: the host's editors and the lead
 * coordinators change it (details, recommendations, documents, every participant); any other
 * editor logs the people their own partner sent.
 */
export function eventCan(access: ProjectAccess, hostPartnerId: string) {
  const host = actsForPartner(access, hostPartnerId);
  return { edit: host, delete: host, addParticipant: isEditor(access) };
}

/** A participant: the host's side, or the editors of the partner the person came with. */
export function participantCan(
  access: ProjectAccess,
  hostPartnerId: string,
  participantPartnerId: string | null,
) {
  const manage = canManageParticipant(access, hostPartnerId, participantPartnerId);
  return { edit: manage, remove: manage };
}

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
