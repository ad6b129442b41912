import type { Db } from "@consortia/db";
import { type SqlBool, sql } from "kysely";

/**
 * Sliding-window limits over events kept in the database (table `login_attempts`, one row per
 * event and key), so every app server counts the same events. Sign-in failures and
 * password-reset requests are both counted here.
 */

export type Limit = {
  key: string;
  /** Events allowed in the window; the next one is refused. */
  max: number;
  windowSeconds: number;
  /**
   * Once `max` is reached, refuse only until this long after the latest event (a short lock
   * that lets the next event through), instead of until the window has room again.
   */
  lockSeconds?: number;
};

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Counted = { key: string; n: number; oldest: Date; latest: Date };

/**
 * Counts the events in each window ending `now`. A recording count (`exclude` = the events just
 * recorded) also counts events stamped after `now`: another server's clock may run ahead, and a
 * guess it recorded first must not be missed.
 */
async function count(db: Db, limits: Limit[], now: Date, exclude: number[]): Promise<Counted[]> {
  if (limits.length === 0) return [];
  const longest = Math.max(...limits.map((l) => l.windowSeconds));
  let query = db
    .selectFrom("login_attempts")
    .where("key", "in", [...new Set(limits.map((l) => l.key))])
    .where("at", ">", new Date(now.getTime() - longest * 1000));
  if (exclude.length) query = query.where("id", "not in", exclude);
  else query = query.where("at", "<=", now);
  const rows = await query.select(["key", "at"]).orderBy("at").execute();
  return limits.map((l) => {
    const since = now.getTime() - l.windowSeconds * 1000;
    const times = rows
      .filter((r) => r.key === l.key && new Date(r.at).getTime() > since)
      .map((r) => new Date(r.at));
    return { key: l.key, n: times.length, oldest: times[0] ?? now, latest: times.at(-1) ?? now };
  });
}

function judge(limits: Limit[], counted: Counted[], now: Date): ThrottleVerdict {
  let wait = 0;
  limits.forEach((l, i) => {
    const c = counted[i];
    if (!c || c.n < l.max) return;
    const until =
      l.lockSeconds === undefined
        ? c.oldest.getTime() + l.windowSeconds * 1000
        : c.latest.getTime() + l.lockSeconds * 1000;
    if (until > now.getTime()) wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000));
  });
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/** Would one more event be refused? Reads only. */
export async function peekLimits(
  db: Db,
  limits: Limit[],
  now: Date = new Date(),
): Promise<ThrottleVerdict> {
  return judge(limits, await count(db, limits, now, []), now);
}

/**
 * Records one event under every key first and only then counts the events before it, so
 * requests racing each other cannot all slip under a limit. A refused event is taken back:
 * refusals never prolong a lock. `ids` identify the recorded rows (see `forgetEvents`).
 */
export async function hitLimits(
  db: Db,
  limits: Limit[],
  now: Date = new Date(),
): Promise<ThrottleVerdict & { ids: number[] }> {
  const keys = [...new Set(limits.map((l) => l.key))];
  if (keys.length === 0) return { allowed: true, ids: [] };
  const inserted = await db
    .insertInto("login_attempts")
    .values(keys.map((key) => ({ key, at: now })))
    .returning("id")
    .execute();
  const ids = inserted.map((r) => Number(r.id));
  const verdict = judge(limits, await count(db, limits, now, ids), now);
  if (!verdict.allowed) await forgetEvents(db, ids);
  else await purgeOld(db, now);
  return { ...verdict, ids };
}

export async function forgetEvents(db: Db, ids: number[]): Promise<void> {
  if (ids.length) await db.deleteFrom("login_attempts").where("id", "in", ids).execute();
}

/** Forgets every event under these keys, and under any key starting with one of `prefixes`. */
export async function forgetKeys(db: Db, keys: string[], prefixes: string[] = []): Promise<void> {
  if (!keys.length && !prefixes.length) return;
  await db
    .deleteFrom("login_attempts")
    .where((eb) =>
      eb.or([
        ...(keys.length ? [eb("key", "in", keys)] : []),
        ...prefixes.map((p) => sql<SqlBool>`starts_with(${eb.ref("key")}, ${p})`),
      ]),
    )
    .execute();
}

// Keeps the table small: no limit looks back further than a day.
async function purgeOld(db: Db, now: Date): Promise<void> {
  await db
    .deleteFrom("login_attempts")
    .where("at", "<", sql<Date>`${now}::timestamptz - interval '1 day'`)
    .execute();
}
