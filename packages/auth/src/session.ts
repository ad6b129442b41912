import type { Db } from "@consortia/db";

export type Actor = {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  sessionId: string;
};

export async function createSession(
  db: Db,
  userId: string,
  userAgent: string | null,
): Promise<string> {
  const user = await db
    .selectFrom("users")
    .select("session_version")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto("sessions")
    .values({
      user_id: userId,
      session_version: user.session_version,
      last_seen_at: new Date(),
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOUCH_AFTER_MS = 5 * 60 * 1000;

/** Whether a string can be a session id at all (anything else never reaches the database). */
export function isSessionId(sessionId: string | null | undefined): sessionId is string {
  return !!sessionId && UUID.test(sessionId);
}

/**
 * The one rule for a live session, as a query: not revoked, its account active, its session
 * version current (a password change or deactivation bumps it). Callers may join more onto it
 * (the project access check does, to read the membership in the same statement).
 */
export function activeSessionQuery(db: Db, sessionId: string) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .where("sessions.id", "=", sessionId)
    .where("sessions.revoked_at", "is", null)
    .where("users.is_active", "=", true)
    .whereRef("sessions.session_version", "=", "users.session_version")
    .select(["users.id", "users.email", "users.name", "users.is_admin", "sessions.last_seen_at"]);
}

type ActiveSessionRow = {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  last_seen_at: Date;
};

/** The actor of a row of `activeSessionQuery`; notes the session as seen every few minutes. */
export async function actorFromSession(
  db: Db,
  sessionId: string,
  row: ActiveSessionRow,
): Promise<Actor> {
  if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: new Date() })
      .where("id", "=", sessionId)
      .execute();
  }
  return { userId: row.id, email: row.email, name: row.name, isAdmin: row.is_admin, sessionId };
}

/**
 * The signed-in person behind a session id, checked against the database on every request:
 * a revoked session, a deactivated account or a bumped session version (password change,
 * deactivation) yields null at once, whatever the JWT still says.
 */
export async function resolveActor(
  db: Db,
  sessionId: string | null | undefined,
): Promise<Actor | null> {
  if (!isSessionId(sessionId)) return null;
  const row = await activeSessionQuery(db, sessionId).executeTakeFirst();
  return row ? actorFromSession(db, sessionId, row) : null;
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  if (!isSessionId(sessionId)) return;
  await db
    .updateTable("sessions")
    .set({ revoked_at: new Date() })
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .execute();
}

/** Ends every session of a person (password change, deactivation). Run inside the caller's transaction. */
export async function revokeAllSessions(db: Db, userId: string): Promise<void> {
  await db
    .updateTable("users")
    .set((eb) => ({ session_version: eb("session_version", "+", 1), updated_at: new Date() }))
    .where("id", "=", userId)
    .execute();
}
