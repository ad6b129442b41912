import type { Db } from "@consortia/db";

/**
 * The day a partner signed the partnership agreement, or null when it has not: only a partner
 * that signed may submit expenditure (issue 18, "Partnership agreement").
 */
export async function agreementSigned(db: Db, partnerId: string): Promise<string | null> {
  const row = await db
    .selectFrom("partner_finance")
    .select("agreement_signed_on")
    .where("partner_id", "=", partnerId)
    .executeTakeFirst();
  return row?.agreement_signed_on ?? null;
}
