import type { Db } from "@consortia/db";
import { sql } from "kysely";

export type ThrottleLimits = { windowSeconds: number; perAccount: number; perAddress: number };

export const DEFAULT_THROTTLE: ThrottleLimits = {
  windowSeconds: 15 * 60,
  perAccount: 5,
  perAddress: 30,
};

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Failed sign-ins are counted per account and per client address in a sliding window kept in
 * the database, so every app server sees the same counts.
 */
export async function checkLoginThrottle(
  db: Db,
  who: { email: string; address: string },
  limits: ThrottleLimits = DEFAULT_THROTTLE,
  now: Date = new Date(),
): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - limits.windowSeconds * 1000);
  const rows = await db
    .selectFrom("login_attempts")
    .where("key", "in", [accountKey(who.email), addressKey(who.address)])
    .where("at", ">", since)
    .select(["key", (eb) => eb.fn.countAll<number>().as("n"), (eb) => eb.fn.min("at").as("oldest")])
    .groupBy("key")
    .execute();
  let retryAfter = 0;
  for (const r of rows) {
    const limit = r.key.startsWith("account:") ? limits.perAccount : limits.perAddress;
    if (r.n >= limit) {
      const oldest = new Date(r.oldest as Date | string).getTime();
      const wait = Math.ceil((oldest + limits.windowSeconds * 1000 - now.getTime()) / 1000);
      retryAfter = Math.max(retryAfter, wait, 1);
    }
  }
  return retryAfter > 0 ? { allowed: false, retryAfterSeconds: retryAfter } : { allowed: true };
}

export async function recordLoginFailure(
  db: Db,
  who: { email: string; address: string },
  now: Date = new Date(),
): Promise<void> {
  await db
    .insertInto("login_attempts")
    .values([
      { key: accountKey(who.email), at: now },
      { key: addressKey(who.address), at: now },
    ])
    .execute();
  // Keep the table small: forget attempts older than a day.
  await db
    .deleteFrom("login_attempts")
    .where("at", "<", sql<Date>`${now}::timestamptz - interval '1 day'`)
    .execute();
}

export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom("login_attempts").where("key", "=", accountKey(email)).execute();
}
