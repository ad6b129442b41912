import { daysBetween } from "../shared/calendar";
import { splitByWeights, sumCents } from "./rules";

/**
 * The payments ledger (issue 19, "Payments"), pure: from what each claim asks for each
 * partner, the payments the programme made and the transfers the lead partner made, it derives
 * every partner's share of each payment, what it is still owed and how long it has waited.
 * Nothing here is stored: editing an early payment re-derives everything after it, and
 * `problems` says when the record no longer adds up (the services refuse such a change).
 *
 * THE RULES
 * - Order: payments by date received, then by when they were recorded; transfers likewise.
 * - A payment pays what its claims still await, cell by cell (claim × partner). A payment may
 *   be less than that: it is shared in proportion to each cell's outstanding fund amount by the
 *   largest remainder (`splitByWeights`), so the shares add up to the payment exactly. It may
 *   not be more (a problem).
 * - A partner's share of a payment is the sum of its cells; "received for it" is the sum of its
 *   shares; "still owed" = received for it − transferred to it.
 * - On every transfer's date, what has been transferred to the partner so far may not exceed
 *   its shares of the payments received by that date (a problem): money is passed on after it
 *   arrives, never before.
 * - Waiting, first in, first out: transfers pass on a partner's shares in payment order, whatever
 *   payment a transfer names. The partner waits since the date of the oldest payment whose
 *   share is not fully passed on (the first payment at which its cumulated shares exceed all it
 *   has been transferred); waiting days = days from that date to today; none when nothing is
 *   owed.
 */

export type LedgerClaim = {
  id: string;
  /** The fund amount the claim asks per partner. */
  dueByPartner: ReadonlyMap<string, number>;
};

export type LedgerPayment = {
  id: string;
  receivedOn: string;
  amountCents: number;
  claimIds: readonly string[];
  /** The order of payments recorded on one day. */
  recordedAt: Date;
};

export type LedgerTransfer = {
  id: string;
  partnerId: string;
  transferredOn: string;
  amountCents: number;
  recordedAt: Date;
};

export type LedgerProblem =
  | { kind: "payment_exceeds_claims"; paymentId: string; awaitedCents: number }
  | { kind: "transfer_exceeds_owed"; transferId: string; partnerId: string; owedCents: number };

export type PartnerPosition = {
  partnerId: string;
  claimedCents: number;
  receivedCents: number;
  transferredCents: number;
  owedCents: number;
  /** The date of the oldest payment whose share is not fully passed on; null when none. */
  waitingSince: string | null;
  waitingDays: number | null;
};

export type Ledger = {
  /** Per payment, each partner's share (partners with a share only). */
  shares: Map<string, Map<string, number>>;
  /** Per claim: asked, paid so far, still awaited from the programme. */
  claims: Map<string, { dueCents: number; paidCents: number; awaitedCents: number }>;
  partners: Map<string, PartnerPosition>;
  problems: LedgerProblem[];
};

const byDateThenRecorded = <T extends { recordedAt: Date; id: string }>(date: (x: T) => string) => {
  return (a: T, b: T) =>
    date(a).localeCompare(date(b)) ||
    a.recordedAt.getTime() - b.recordedAt.getTime() ||
    a.id.localeCompare(b.id);
};

export function paymentLedger(
  claims: readonly LedgerClaim[],
  payments: readonly LedgerPayment[],
  transfers: readonly LedgerTransfer[],
  today: string,
): Ledger {
  const problems: LedgerProblem[] = [];
  // What each claim × partner cell still awaits from the programme.
  const awaited = new Map(claims.map((c) => [c.id, new Map(c.dueByPartner)]));
  const ordered = [...payments].sort(byDateThenRecorded((p) => p.receivedOn));
  const shares = new Map<string, Map<string, number>>();
  for (const p of ordered) {
    const cells = [...new Set(p.claimIds)].flatMap((claimId) =>
      [...(awaited.get(claimId) ?? new Map<string, number>())]
        .filter(([, cents]) => cents > 0)
        .map(([partnerId, cents]) => ({ claimId, partnerId, cents })),
    );
    const awaitedCents = sumCents(cells.map((c) => c.cents));
    const mine = new Map<string, number>();
    shares.set(p.id, mine);
    if (p.amountCents > awaitedCents) {
      problems.push({ kind: "payment_exceeds_claims", paymentId: p.id, awaitedCents });
      continue;
    }
    const parts = splitByWeights(
      p.amountCents,
      cells.map((c) => c.cents),
    );
    cells.forEach((c, i) => {
      const part = parts[i] ?? 0;
      awaited.get(c.claimId)?.set(c.partnerId, c.cents - part);
      if (part > 0) mine.set(c.partnerId, (mine.get(c.partnerId) ?? 0) + part);
    });
  }

  const partnerIds = new Set<string>();
  for (const c of claims) for (const id of c.dueByPartner.keys()) partnerIds.add(id);
  for (const t of transfers) partnerIds.add(t.partnerId);
  const sortedTransfers = [...transfers].sort(byDateThenRecorded((t) => t.transferredOn));
  const partners = new Map<string, PartnerPosition>();
  for (const partnerId of partnerIds) {
    const received = ordered.map((p) => ({
      on: p.receivedOn,
      cents: shares.get(p.id)?.get(partnerId) ?? 0,
    }));
    let passedOn = 0;
    for (const t of sortedTransfers.filter((x) => x.partnerId === partnerId)) {
      passedOn += t.amountCents;
      const byThen = sumCents(received.filter((r) => r.on <= t.transferredOn).map((r) => r.cents));
      if (passedOn > byThen)
        problems.push({
          kind: "transfer_exceeds_owed",
          transferId: t.id,
          partnerId,
          owedCents: byThen - (passedOn - t.amountCents),
        });
    }
    let cumulated = 0;
    const oldest = received.find((r) => {
      cumulated += r.cents;
      return r.cents > 0 && cumulated > passedOn;
    });
    const receivedCents = sumCents(received.map((r) => r.cents));
    partners.set(partnerId, {
      partnerId,
      claimedCents: sumCents(claims.map((c) => c.dueByPartner.get(partnerId) ?? 0)),
      receivedCents,
      transferredCents: passedOn,
      owedCents: receivedCents - passedOn,
      waitingSince: oldest?.on ?? null,
      waitingDays: oldest ? Math.max(0, daysBetween(oldest.on, today)) : null,
    });
  }

  const claimFigures = new Map(
    claims.map((c) => {
      const dueCents = sumCents(c.dueByPartner.values());
      const awaitedCents = sumCents((awaited.get(c.id) ?? new Map<string, number>()).values());
      return [c.id, { dueCents, paidCents: dueCents - awaitedCents, awaitedCents }];
    }),
  );
  return { shares, claims: claimFigures, partners, problems };
}
