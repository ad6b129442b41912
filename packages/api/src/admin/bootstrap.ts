import { createToken } from "@consortia/auth";
import type { Db } from "@consortia/db";
import { z } from "zod";
import { personName } from "../account";
import { recordAudit } from "../audit";
import type { ApiConfig } from "../config";

const input = z.strictObject({ email: z.email("Not an e-mail address"), name: personName });

/**
 * Makes a person a platform administrator (creating the account if needed) and returns a
 * one-time link on which they choose their password. This is how a production installation
 * gets its first admin: `pnpm admin:create <e-mail> "<name>"`.
 */
export async function grantPlatformAdmin(
  db: Db,
  config: Pick<ApiConfig, "appUrl" | "passwordResetTtlMinutes">,
  raw: { email: string; name: string },
): Promise<{ userId: string; created: boolean; link: string; expiresAt: Date }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const email = parsed.data.email.toLowerCase();
  const { token, tokenHash } = createToken();
  const expiresAt = new Date(Date.now() + config.passwordResetTtlMinutes * 60_000);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirst();
    const userId = existing
      ? (
          await trx
            .updateTable("users")
            .set({ is_admin: true, is_active: true, updated_at: new Date() })
            .where("id", "=", existing.id)
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id
      : (
          await trx
            .insertInto("users")
            .values({ email, name: parsed.data.name, password_hash: null, is_admin: true })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
    await trx
      .insertInto("password_resets")
      .values({ user_id: userId, token_hash: tokenHash, expires_at: expiresAt })
      .execute();
    await recordAudit(trx, {
      projectId: null,
      actorId: null,
      entity: "user",
      entityId: userId,
      action: "admin_granted",
      summary: `${email} made a platform administrator from the command line`,
    });
    return {
      userId,
      created: !existing,
      link: `${config.appUrl}/reset-password/${token}`,
      expiresAt,
    };
  });
}
