import type { Db, LearningEventKind, ParticipantRole } from "@consortia/db";
import { sql } from "kysely";
import { COUNTRIES } from "../partners";

export type ParticipantView = {
  id: string;
  eventId: string;
  userId: string | null;
  name: string;
  organisation: string | null;
  guestName: string | null;
  guestOrganisation: string | null;
  /** A guest's e-mail address, where given. */
  guestEmail: string | null;
  partnerId: string | null;
  partnerName: string | null;
  /** The partner's country, or the one given for someone who came with no partner. */
  country: string | null;
  role: ParticipantRole;
  increasedCapacity: boolean | null;
  version: number;
};

export type EventWarning = { code: "peer_countries"; message: string };

/** The participants of these events, people from the platform and guests alike. */
export async function participantsOf(db: Db, eventIds: string[]): Promise<ParticipantView[]> {
  if (!eventIds.length) return [];
  return db
    .selectFrom("learning_event_participants as p")
    .leftJoin("users", "users.id", "p.user_id")
    .leftJoin("partners", "partners.id", "p.partner_id")
    .where("p.event_id", "in", eventIds)
    .select([
      "p.id",
      "p.event_id as eventId",
      "p.user_id as userId",
      sql<string>`coalesce(users.name, p.guest_name)`.as("name"),
      sql<string | null>`coalesce(p.guest_organisation, partners.name)`.as("organisation"),
      "p.guest_name as guestName",
      "p.guest_organisation as guestOrganisation",
      "p.guest_email as guestEmail",
      "p.partner_id as partnerId",
      "partners.short_name as partnerName",
      sql<string | null>`coalesce(partners.country, p.country)`.as("country"),
      "p.role",
      "p.increased_capacity as increasedCapacity",
      "p.version",
    ])
    .orderBy(sql`coalesce(users.name, p.guest_name)`)
    .orderBy("p.id")
    .execute();
}

function countBy<K extends string>(items: ParticipantView[], key: (p: ParticipantView) => K) {
  const counts = new Map<K, number>();
  for (const p of items) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  return counts;
}

/**
 * Counts by partner and by country (a participant without a known country counts in
 * `countryNotGiven`, not as a country), and the peer-review warning, for one event.
 */
export function summariseEvent(
  event: { kind: LearningEventKind; hostCountry: string },
  participants: ParticipantView[],
) {
  const byPartner = [...countBy(participants, (p) => p.partnerId ?? "").entries()].map(
    ([partnerId, count]) => ({
      partnerId: partnerId || null,
      partnerName: participants.find((p) => (p.partnerId ?? "") === partnerId)?.partnerName ?? null,
      count,
    }),
  );
  // A country is one that was given: a guest with none is counted apart, never as a country.
  const withCountry = participants.filter((p) => p.country !== null && p.country !== "");
  const byCountry = [...countBy(withCountry, (p) => p.country ?? "").entries()].map(
    ([country, count]) => ({ country, count }),
  );
  const warnings: EventWarning[] = [];
  if (event.kind === "peer_review") {
    const peerCountries = [
      ...new Set(
        participants
          .filter((p) => p.role === "peer" && p.country && p.country !== event.hostCountry)
          .map((p) => p.country as string),
      ),
    ].sort();
    if (peerCountries.length < 2) {
      const from = peerCountries.length
        ? `only from ${peerCountries.map((c) => COUNTRIES[c] ?? c).join(" and ")}`
        : "from no other country yet";
      warnings.push({
        code: "peer_countries",
        message: `The peers come ${from}; a peer review needs peers from at least two other countries.`,
      });
    }
  }
  const sortByCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    counts: {
      total: participants.length,
      increasedCapacity: participants.filter((p) => p.increasedCapacity === true).length,
      byPartner: byPartner.sort(sortByCount),
      /** The countries the participants came from (known ones only). */
      countries: byCountry.length,
      byCountry: byCountry.sort(sortByCount),
      /** Participants whose country is not known (guests who came with no partner and gave none). */
      countryNotGiven: participants.length - withCountry.length,
    },
    warnings,
  };
}
