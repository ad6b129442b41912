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

/**
 * The signed-in person behind a session id, checked against the database on every request:
 * a revoked session, a deactivated account or a bumped session version (password change,
 * deactivation) yields null at once, whatever the JWT still says.
 */
export async function resolveActor(
  db: Db,
  sessionId: string | null | undefined,
): Promise<Actor | null> {
  if (!sessionId || !UUID.test(sessionId)) return null;
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .where("sessions.id", "=", sessionId)
    .where("sessions.revoked_at", "is", null)
    .where("users.is_active", "=", true)
    .whereRef("sessions.session_version", "=", "users.session_version")
    .select(["users.id", "users.email", "users.name", "users.is_admin", "sessions.last_seen_at"])
    .executeTakeFirst();
  if (!row) return null;
  if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: new Date() })
      .where("id", "=", sessionId)
      .execute();
  }
  return { userId: row.id, email: row.email, name: row.name, isAdmin: row.is_admin, sessionId };
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  if (!UUID.test(sessionId)) return;
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
