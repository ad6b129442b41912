import type { Db } from "@consortia/db";
import {
  forgetEvents,
  forgetKeys,
  hitLimits,
  type Limit,
  peekLimits,
  type ThrottleVerdict,
} from "./throttle";

/**
 * Failed sign-ins are counted three ways. An account is locked for one address after a few
 * failures from it, so a stranger who knows the e-mail locks only themselves out, not the
 * owner. One address trying many accounts is stopped as well. The account alone is locked
 * only after many failures from many addresses, and then only briefly each time.
 */
export type SignInPolicy = {
  windowSeconds: number;
  /** Failures for one account from one client address. */
  perAccountAndAddress: number;
  /** Failures from one client address, whatever the accounts. */
  perAddress: number;
  /** Failures for one account from anywhere; beyond it, each failure locks the account briefly. */
  perAccount: number;
  accountLockSeconds: number;
};

export const SIGN_IN_POLICY: SignInPolicy = {
  windowSeconds: 15 * 60,
  perAccountAndAddress: 5,
  perAddress: 30,
  perAccount: 50,
  accountLockSeconds: 60,
};

export type SignInWho = { email: string; address: string };

const normalEmail = (email: string) => email.trim().toLowerCase();
const accountKey = (email: string) => `account:${normalEmail(email)}`;
const pairPrefix = (email: string) => `pair:${normalEmail(email)}|`;
const pairKey = (who: SignInWho) => `${pairPrefix(who.email)}${who.address}`;
const addressKey = (address: string) => `address:${address}`;

function limitsFor(who: SignInWho, p: SignInPolicy): Limit[] {
  const windowSeconds = p.windowSeconds;
  return [
    { key: pairKey(who), max: p.perAccountAndAddress, windowSeconds },
    { key: addressKey(who.address), max: p.perAddress, windowSeconds },
    {
      key: accountKey(who.email),
      max: p.perAccount,
      windowSeconds,
      lockSeconds: p.accountLockSeconds,
    },
  ];
}

/** Would this sign-in be refused now? Reads only (the sign-in route answers 429 early). */
export function checkLoginThrottle(
  db: Db,
  who: SignInWho,
  policy: SignInPolicy = SIGN_IN_POLICY,
  now: Date = new Date(),
): Promise<ThrottleVerdict> {
  return peekLimits(db, limitsFor(who, policy), now);
}

export type LoginAttempt = { verdict: ThrottleVerdict; ids: number[] };

/**
 * Counts the attempt as a failure before the password is checked, so parallel guesses
 * cannot all pass the check; `loginSucceeded` takes it back.
 */
export async function startLoginAttempt(
  db: Db,
  who: SignInWho,
  policy: SignInPolicy = SIGN_IN_POLICY,
  now: Date = new Date(),
): Promise<LoginAttempt> {
  const { ids, ...verdict } = await hitLimits(db, limitsFor(who, policy), now);
  return { verdict, ids };
}

/** The owner proved the password: forget this attempt and the account's failures here. */
export async function loginSucceeded(db: Db, who: SignInWho, attempt: LoginAttempt) {
  await forgetEvents(db, attempt.ids);
  await forgetKeys(db, [pairKey(who), accountKey(who.email)]);
}

/** A password reset proves the mailbox: the account is unlocked from every address. */
export async function clearLoginLocks(db: Db, email: string): Promise<void> {
  await forgetKeys(db, [accountKey(email)], [pairPrefix(email)]);
}
