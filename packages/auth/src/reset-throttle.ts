import type { Db } from "@consortia/db";
import { hitLimits, type ThrottleVerdict } from "./throttle";

/**
 * Password-reset requests, counted per target e-mail (whether or not an account has it, so
 * the answer reveals nothing) and per client address, so nobody can flood a mailbox.
 */
export type ResetRequestPolicy = { windowSeconds: number; perAccount: number; perAddress: number };

export const RESET_REQUEST_POLICY: ResetRequestPolicy = {
  windowSeconds: 60 * 60,
  perAccount: 3,
  perAddress: 20,
};

/** Counts the request and says whether it may go ahead; a refused one is not counted. */
export async function throttleResetRequest(
  db: Db,
  who: { email: string; address: string },
  policy: ResetRequestPolicy = RESET_REQUEST_POLICY,
  now: Date = new Date(),
): Promise<ThrottleVerdict> {
  const windowSeconds = policy.windowSeconds;
  const { ids: _ids, ...verdict } = await hitLimits(
    db,
    [
      {
        key: `reset-account:${who.email.trim().toLowerCase()}`,
        max: policy.perAccount,
        windowSeconds,
      },
      { key: `reset-address:${who.address}`, max: policy.perAddress, windowSeconds },
    ],
    now,
  );
  return verdict;
}
