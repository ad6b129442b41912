import type { Db, ParticipantRole } from "@consortia/db";
import { sql } from "kysely";
import { forbidden, invalid, notFound, staleVersion } from "../errors";
import { isUniqueViolation } from "../shared/db-errors";
import { assertProjectPartner } from "../shared/project-partners";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { canManageParticipant } from "./access";
import { loadEvent } from "./event-queries";

type Details = {
  partnerId: string | null;
  country: string | null;
  role: ParticipantRole;
  increasedCapacity: boolean | null;
};

export type NewParticipantInput = Omit<Details, "partnerId"> & {
  eventId: string;
  userId: string | null;
  guestName: string | null;
  guestOrganisation: string | null;
  /** A guest's e-mail address, where given (lower case). */
  guestEmail?: string | null | undefined;
  /** Left out: a platform user comes with the partner they work for. */
  partnerId?: string | null | undefined;
};

export type ParticipantUpdate = Details & {
  participantId: string;
  version: number;
  guestName?: string | null | undefined;
  guestOrganisation?: string | null | undefined;
  /** A guest's e-mail address; left out: unchanged, null: none. */
  guestEmail?: string | null | undefined;
};

const notYours = () =>
  forbidden(
    "The host partner's editors and lead coordinators manage participants; other editors log the people their own partner sent",
  );

async function assertNotListed(db: Db, eventId: string, who: Who, exceptId?: string) {
  let q = db.selectFrom("learning_event_participants").select("id").where("event_id", "=", eventId);
  q = who.userId
    ? q.where("user_id", "=", who.userId)
    : q
        .where("user_id", "is", null)
        .where(sql`lower(guest_name)`, "=", (who.guestName ?? "").toLowerCase())
        .where(sql`lower(guest_organisation)`, "=", (who.guestOrganisation ?? "").toLowerCase());
  if (exceptId) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) throw alreadyListed(who);
}

type Who = { userId: string | null; guestName: string | null; guestOrganisation: string | null };

const alreadyListed = (who: Who) =>
  who.userId
    ? invalid("Already a participant", { userId: ["This person is already a participant"] })
    : invalid("Already a participant", {
        guestName: [`${who.guestName} of ${who.guestOrganisation} is already a participant`],
      });

/** Two people adding the same participant at once: the unique index decides, same message. */

/** Refuses, as a field error, a partner outside the project or a country that is not needed. */
async function checkPartner(ctx: ProjectCtx, db: Db, partnerId: string | null) {
  if (partnerId) await assertProjectPartner(db, ctx.access.projectId, "partnerId", partnerId);
}

const audit = (ctx: ProjectCtx, db: Db, id: string, action: string, summary: string) =>
  auditChange(db, ctx, {
    entity: "learning_event_participant",
    entityId: id,
    action,
    summary,
  });

export async function addParticipant(ctx: ProjectCtx, input: NewParticipantInput) {
  const projectId = ctx.access.projectId;
  const event = await loadEvent(ctx, input.eventId);
  return ctx.db.transaction().execute(async (trx) => {
    let partnerId = input.partnerId ?? null;
    let name = input.guestName ?? "";
    if (input.userId) {
      const member = await trx
        .selectFrom("memberships")
        .innerJoin("users", "users.id", "memberships.user_id")
        .select(["memberships.partner_id", "users.name"])
        .where("memberships.project_id", "=", projectId)
        .where("memberships.user_id", "=", input.userId)
        .where("memberships.is_active", "=", true)
        .executeTakeFirst();
      if (!member)
        throw invalid("Unknown person", { userId: ["This person is not a member of the project"] });
      if (input.partnerId === undefined) partnerId = member.partner_id;
      else checkPersonPartner(ctx, event.host_partner_id, member.partner_id, input.partnerId);
      name = member.name;
    }
    if (partnerId && input.country)
      throw invalid("Country not needed", {
        country: ["Someone who came with a partner counts for the partner's country"],
      });
    await checkPartner(ctx, trx, partnerId);
    if (!canManageParticipant(ctx.access, event.host_partner_id, partnerId)) throw notYours();
    await assertNotListed(trx, event.id, input);
    const row = await trx
      .insertInto("learning_event_participants")
      .values({
        project_id: projectId,
        event_id: event.id,
        user_id: input.userId,
        guest_name: input.userId ? null : input.guestName,
        guest_organisation: input.userId ? null : input.guestOrganisation,
        guest_email: input.userId ? null : (input.guestEmail ?? null),
        partner_id: partnerId,
        country: partnerId ? null : input.country,
        role: input.role,
        increased_capacity: input.increasedCapacity,
        created_by: ctx.actor.userId,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow()
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? alreadyListed(input) : err;
      });
    await audit(ctx, trx, row.id, "create", `${name} added to ${event.title} as ${input.role}`);
    return row;
  });
}

async function loadParticipant(ctx: ProjectCtx, participantId: string) {
  const p = await ctx.db
    .selectFrom("learning_event_participants as p")
    .innerJoin("learning_events as e", "e.id", "p.event_id")
    .leftJoin("users", "users.id", "p.user_id")
    .select([
      "p.id",
      "p.event_id",
      "p.user_id",
      "p.partner_id",
      "p.version",
      "e.host_partner_id",
      "e.title as event_title",
      sql<string>`coalesce(users.name, p.guest_name)`.as("name"),
    ])
    .where("p.id", "=", participantId)
    .where("p.project_id", "=", ctx.access.projectId)
    .where("e.deleted_at", "is", null)
    .executeTakeFirst();
  if (!p) throw notFound("Participant");
  if (!canManageParticipant(ctx.access, p.host_partner_id, p.partner_id)) throw notYours();
  return p;
}

/**
 * Only the host's editors and lead coordinators may say a project member came with a partner
 * other than the one they are recorded with; anyone else would count people for another region.
 */
function checkPersonPartner(
  ctx: ProjectCtx,
  hostPartnerId: string,
  current: string | null,
  requested: string | null,
) {
  if (requested !== current && !actsForPartner(ctx.access, hostPartnerId))
    throw invalid("Wrong partner", {
      partnerId: ["Only the host can change the partner a project member came with"],
    });
}

export async function updateParticipant(ctx: ProjectCtx, input: ParticipantUpdate) {
  const p = await loadParticipant(ctx, input.participantId);
  if (p.user_id && (input.guestName || input.guestOrganisation))
    throw invalid("Not a guest", { guestName: ["This participant is a person on the platform"] });
  return ctx.db.transaction().execute(async (trx) => {
    await checkPartner(ctx, trx, input.partnerId);
    // Both the row as it is and as it would be must be the caller's to manage.
    if (
      !canManageParticipant(ctx.access, p.host_partner_id, p.partner_id) ||
      !canManageParticipant(ctx.access, p.host_partner_id, input.partnerId)
    )
      throw notYours();
    if (p.user_id) checkPersonPartner(ctx, p.host_partner_id, p.partner_id, input.partnerId);
    if (p.user_id && input.guestEmail)
      throw invalid("Not a guest", {
        guestEmail: ["This participant is a person on the platform"],
      });
    const guest =
      !p.user_id && input.guestName && input.guestOrganisation
        ? { guest_name: input.guestName, guest_organisation: input.guestOrganisation }
        : {};
    const email =
      !p.user_id && input.guestEmail !== undefined ? { guest_email: input.guestEmail } : {};
    if (guest.guest_name) {
      await assertNotListed(
        trx,
        p.event_id,
        {
          userId: null,
          guestName: input.guestName ?? null,
          guestOrganisation: input.guestOrganisation ?? null,
        },
        p.id,
      );
    }
    const row = await updateVersioned(
      trx,
      "learning_event_participants",
      { id: p.id, version: input.version, label: "This participant" },
      {
        ...guest,
        ...email,
        partner_id: input.partnerId,
        country: input.partnerId ? null : input.country,
        role: input.role,
        increased_capacity: input.increasedCapacity,
        updated_at: new Date(),
      },
      ["id", "version"],
    );
    await audit(
      ctx,
      trx,
      p.id,
      "update",
      `${guest.guest_name ?? p.name} at ${p.event_title} updated`,
    );
    return row;
  });
}

export async function removeParticipant(
  ctx: ProjectCtx,
  input: { participantId: string; version: number },
) {
  const p = await loadParticipant(ctx, input.participantId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom("learning_event_participants")
      .where("id", "=", p.id)
      .where("version", "=", input.version)
      .returning("id")
      .executeTakeFirst();
    if (!row) throw staleVersion("This participant");
    await audit(ctx, trx, p.id, "delete", `${p.name} removed from ${p.event_title}`);
    return { id: p.id };
  });
}
