import {
  clearLoginLocks,
  createToken,
  hashPassword,
  hashToken,
  revokeAllSessions,
  throttleResetRequest,
} from "@consortia/auth";
import { recordAudit } from "../audit";
import type { ApiDeps, Context } from "../context";
import { DomainError } from "../errors";
import { logger } from "../logger";
import { passwordResetMail } from "../mail/templates";

const waitText = (seconds: number) => {
  const m = Math.ceil(seconds / 60);
  return m === 1 ? "1 minute" : `${m} minutes`;
};

/**
 * Always answers the same way, whether or not the account exists: the request is counted
 * against the e-mail and the client address (refused alike for any e-mail once over the
 * limit), then handed to the job queue, so the lookup, the new link and the mail happen
 * after the answer and take no time the caller could measure.
 */
export async function requestPasswordReset(ctx: Context, input: { email: string }) {
  const verdict = await throttleResetRequest(ctx.db, {
    email: input.email,
    address: ctx.clientAddress,
  });
  if (!verdict.allowed)
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      `Too many password-reset requests. Wait ${waitText(verdict.retryAfterSeconds)} and try again.`,
    );
  if (ctx.jobs) {
    try {
      await ctx.jobs.send("account.password-reset-mail", { email: input.email });
      return { ok: true as const };
    } catch (err) {
      logger.warn({ err }, "could not queue the password-reset mail; sending it now");
    }
  }
  await mailPasswordReset(ctx, input.email);
  return { ok: true as const };
}

/** A new one-time link for an active account, mailed to it; nothing for any other e-mail. */
export async function mailPasswordReset(deps: ApiDeps, email: string, now = new Date()) {
  const user = await deps.db
    .selectFrom("users")
    .select(["id", "email"])
    .where("email", "=", email)
    .where("is_active", "=", true)
    .executeTakeFirst();
  if (!user) return { mailed: false };
  const { token, tokenHash } = createToken();
  const minutes = deps.config.passwordResetTtlMinutes;
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("password_resets")
      .values({
        user_id: user.id,
        token_hash: tokenHash,
        expires_at: new Date(now.getTime() + minutes * 60_000),
      })
      .execute();
    await recordAudit(trx, {
      projectId: null,
      actorId: user.id,
      entity: "user",
      entityId: user.id,
      action: "request_password_reset",
      summary: "Password reset requested",
    });
  });
  await deps.mailer.send(
    passwordResetMail({
      to: user.email,
      link: `${deps.config.appUrl}/reset-password/${token}`,
      minutes,
    }),
  );
  return { mailed: true };
}

/**
 * The link proves the mailbox: the new password ends every session and lifts any sign-in
 * lock on the account, from every address.
 */
export async function resetPassword(ctx: ApiDeps, input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const reset = await trx
      .updateTable("password_resets")
      .set({ used_at: new Date() })
      .where("token_hash", "=", hashToken(input.token))
      .where("used_at", "is", null)
      .where("expires_at", ">", new Date())
      .returning("user_id")
      .executeTakeFirst();
    if (!reset)
      throw new DomainError("NOT_FOUND", "This reset link is no longer valid. Ask for a new one.");
    const user = await trx
      .updateTable("users")
      .set({ password_hash: passwordHash })
      .where("id", "=", reset.user_id)
      .returning("email")
      .executeTakeFirstOrThrow();
    await revokeAllSessions(trx, reset.user_id);
    await clearLoginLocks(trx, user.email);
    await recordAudit(trx, {
      projectId: null,
      actorId: reset.user_id,
      entity: "user",
      entityId: reset.user_id,
      action: "reset_password",
      summary: "Password reset by e-mailed link; all sessions ended",
    });
    return { ok: true as const };
  });
}
