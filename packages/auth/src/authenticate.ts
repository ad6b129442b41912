import type { Db } from "@consortia/db";
import {
  loginSucceeded,
  SIGN_IN_POLICY,
  type SignInPolicy,
  startLoginAttempt,
} from "./login-throttle";
import { verifyPassword } from "./password";
import { createSession } from "./session";

export type SignInAttempt = {
  email: string;
  password: string;
  address: string;
  userAgent: string | null;
};

export type SignInResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks credentials. A wrong password, an unknown e-mail and a deactivated account all give
 * the same "invalid" answer, in about the same time.
 */
export async function authenticate(
  db: Db,
  attempt: SignInAttempt,
  policy: SignInPolicy = SIGN_IN_POLICY,
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = attempt.email.trim().toLowerCase();
  const who = { email, address: attempt.address };
  const started = await startLoginAttempt(db, who, policy, now);
  if (!started.verdict.allowed)
    return { ok: false, reason: "throttled", retryAfterSeconds: started.verdict.retryAfterSeconds };

  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash", "is_active"])
    .where("email", "=", email)
    .executeTakeFirst();
  const valid = await verifyPassword(user?.password_hash ?? null, attempt.password);
  if (!user || !valid || !user.is_active) return { ok: false, reason: "invalid" };
  await loginSucceeded(db, who, started);
  const sessionId = await createSession(db, user.id, attempt.userAgent);
  return { ok: true, userId: user.id, sessionId };
}
