import type { Db } from "../client";
import { demoEvents } from "./demo-learning";
import { type DemoPractice, demoPractices } from "./demo-practices";

const at = (day: string) => new Date(`${day}T10:00:00Z`);

/** The workflow columns of a practice whose steps happened on these days. */
function workflowStamps(p: DemoPractice, authorId: string, leadId: string, observerId: string) {
  const s = p.steps;
  return {
    submitted_at: s.submitted ? at(s.submitted) : null,
    submitted_by: s.submitted ? authorId : null,
    approved_at: s.approved ? at(s.approved) : null,
    approved_by: s.approved ? leadId : null,
    returned_at: s.returned ? at(s.returned) : null,
    returned_by: s.returned ? leadId : null,
    return_comment: p.returnComment ?? null,
    validated_at: s.validated ? at(s.validated) : null,
    validated_by: s.validated ? observerId : null,
    validated_on: s.validated ?? null,
    published_at: s.published ? at(s.published) : null,
    published_by: s.published ? leadId : null,
  };
}

/**
 * Loads the demo learning events (one peer review with peers from three countries and its
 * recommendations) and good practices in every status, inside the demo seed's transaction.
 * Runs only when the demo partnership itself is loaded, so it is idempotent with it.
 */
export async function seedDemoLearning(
  trx: Db,
  projectId: string,
  partnerIds: Map<string, string>,
): Promise<void> {
  const partner = (key: string) => {
    const id = partnerIds.get(key);
    if (!id) throw new Error(`demo learning data names an unknown partner ${key}`);
    return id;
  };
  const people = await trx
    .selectFrom("users")
    .innerJoin("memberships", "memberships.user_id", "users.id")
    .where("memberships.project_id", "=", projectId)
    .select(["users.id", "users.email", "users.name", "memberships.partner_id"])
    .execute();
  const person = (email: string) => {
    const found = people.find((u) => u.email === email);
    if (!found) throw new Error(`demo learning data names an unknown person ${email}`);
    return found;
  };
  const leadId = person("lead@consortia.demo").id;
  const observerId = person("observer@consortia.demo").id;

  const eventIds = new Map<string, string>();
  for (const e of demoEvents) {
    const creator = person(e.createdBy).id;
    const event = await trx
      .insertInto("learning_events")
      .values({
        project_id: projectId,
        kind: e.kind,
        title: e.title,
        host_partner_id: partner(e.hostKey),
        start_date: e.start,
        end_date: e.end,
        online: e.place === "online",
        city: e.place === "online" ? null : e.place.city,
        country: e.place === "online" ? null : e.place.country,
        themes: e.themes,
        policy_instrument: e.policyInstrument ?? null,
        summary: e.summary,
        policy_challenge: e.policyChallenge ?? null,
        findings: e.findings ?? null,
        created_by: creator,
        created_at: at(e.start),
        updated_at: at(e.end),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    eventIds.set(e.key, event.id);
    for (const p of e.participants) {
      const who =
        "user" in p
          ? { user_id: person(p.user).id, partner_id: person(p.user).partner_id, country: null }
          : {
              guest_name: p.guest,
              guest_organisation: p.organisation,
              partner_id: p.partnerKey ? partner(p.partnerKey) : null,
              country: p.country ?? null,
            };
      await trx
        .insertInto("learning_event_participants")
        .values({
          ...who,
          project_id: projectId,
          event_id: event.id,
          role: p.role,
          increased_capacity: p.capacity ?? null,
          created_by: creator,
        })
        .execute();
    }
    for (const [i, r] of (e.recommendations ?? []).entries()) {
      await trx
        .insertInto("peer_review_recommendations")
        .values({
          project_id: projectId,
          event_id: event.id,
          text: r.text,
          status: r.status,
          position: i + 1,
          created_by: creator,
        })
        .execute();
    }
  }

  for (const p of demoPractices) {
    const author = person(p.author);
    const created = at(p.steps.submitted ?? "2026-11-02");
    created.setDate(created.getDate() - 14);
    const lastStep = Object.values(p.steps).sort().at(-1);
    const row = await trx
      .insertInto("good_practices")
      .values({
        ...p.fields,
        ...workflowStamps(p, author.id, leadId, observerId),
        project_id: projectId,
        owner_partner_id: partner(p.ownerKey),
        contact_name: author.name,
        contact_email: author.email,
        themes: p.themes,
        status: p.status,
        created_by: author.id,
        created_at: created,
        updated_at: lastStep ? at(lastStep) : created,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const key of p.presentedAt) {
      const eventId = eventIds.get(key);
      if (!eventId) throw new Error(`demo good practice names an unknown event ${key}`);
      await trx
        .insertInto("good_practice_events")
        .values({ good_practice_id: row.id, event_id: eventId, project_id: projectId })
        .execute();
    }
    for (const i of p.interests) {
      await trx
        .insertInto("good_practice_interests")
        .values({
          project_id: projectId,
          good_practice_id: row.id,
          partner_id: partner(i.partnerKey),
          note: i.note,
          created_by: person(i.by).id,
        })
        .execute();
    }
  }
}
