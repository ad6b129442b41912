import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type LedgerClaim,
  type LedgerPayment,
  type LedgerTransfer,
  paymentLedger,
} from "./payment-ledger";
import { sumCents } from "./rules";

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));
const day = (n: number) =>
  `2026-0${1 + Math.floor(n / 28)}-${String(1 + (n % 28)).padStart(2, "0")}`;

describe("the payments ledger", () => {
  const claim: LedgerClaim = {
    id: "c1",
    dueByPartner: new Map([
      ["a", 33_333],
      ["b", 66_667],
      ["c", 1],
    ]),
  };

  it("shares a partial payment in proportion to what each partner awaits, adding up exactly", () => {
    const pay: LedgerPayment = {
      id: "p1",
      receivedOn: "2026-02-01",
      amountCents: 50_000,
      claimIds: ["c1"],
      recordedAt: at(1),
    };
    const l = paymentLedger([claim], [pay], [], "2026-02-10");
    const shares = l.shares.get("p1");
    // Exactly 16 666.33, 33 333.17 and 0.49995 of the 50 000 (over 100 001 awaited): the
    // floors leave one cent, which goes to the largest remainder, c's.
    expect(Object.fromEntries(shares ?? [])).toEqual({ a: 16_666, b: 33_333, c: 1 });
    expect(sumCents(shares?.values() ?? [])).toBe(50_000);
    expect(l.claims.get("c1")).toEqual({
      dueCents: 100_001,
      paidCents: 50_000,
      awaitedCents: 50_001,
    });
    expect(l.problems).toEqual([]);
  });

  it("passes shares on first in, first out and counts the wait from the oldest not passed on", () => {
    const payments: LedgerPayment[] = [
      {
        id: "p1",
        receivedOn: "2026-01-10",
        amountCents: 30_000,
        claimIds: ["c1"],
        recordedAt: at(1),
      },
      {
        id: "p2",
        receivedOn: "2026-02-10",
        amountCents: 70_001,
        claimIds: ["c1"],
        recordedAt: at(2),
      },
    ];
    const aShare1 =
      paymentLedger([claim], payments, [], "2026-03-01").shares.get("p1")?.get("a") ?? 0;
    const transfers: LedgerTransfer[] = [
      {
        id: "t1",
        partnerId: "a",
        transferredOn: "2026-01-20",
        amountCents: aShare1,
        recordedAt: at(3),
      },
    ];
    const l = paymentLedger([claim], payments, transfers, "2026-03-01");
    const a = l.partners.get("a");
    expect(a?.receivedCents).toBe(33_333);
    expect(a?.owedCents).toBe(33_333 - aShare1);
    // The first payment's share is passed on: the wait counts from the second payment.
    expect(a?.waitingSince).toBe("2026-02-10");
    expect(a?.waitingDays).toBe(19);
    // Partner b got nothing yet: it waits since the first payment.
    expect(l.partners.get("b")?.waitingSince).toBe("2026-01-10");
    expect(l.partners.get("b")?.waitingDays).toBe(50);
  });

  it("reports a payment above what its claims await and a transfer made before the money came", () => {
    const payments: LedgerPayment[] = [
      {
        id: "p1",
        receivedOn: "2026-01-10",
        amountCents: 100_002,
        claimIds: ["c1"],
        recordedAt: at(1),
      },
      {
        id: "p2",
        receivedOn: "2026-02-10",
        amountCents: 10_000,
        claimIds: ["c1"],
        recordedAt: at(2),
      },
    ];
    const early: LedgerTransfer = {
      id: "t1",
      partnerId: "b",
      transferredOn: "2026-02-01",
      amountCents: 1,
      recordedAt: at(3),
    };
    const l = paymentLedger([claim], payments, [early], "2026-03-01");
    expect(l.problems).toEqual([
      { kind: "payment_exceeds_claims", paymentId: "p1", awaitedCents: 100_001 },
      { kind: "transfer_exceeds_owed", transferId: "t1", partnerId: "b", owedCents: 0 },
    ]);
  });

  it("keeps Σ shares = Σ payments, 0 ≤ owed, received ≤ claimed, for random claims, payments and transfers", () => {
    const partners = ["a", "b", "c", "d"];
    const scenario = fc.record({
      claims: fc.array(
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 4, maxLength: 4 }),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      payments: fc.array(
        fc.record({
          claims: fc.array(fc.nat(2), { minLength: 1, maxLength: 3 }),
          permille: fc.integer({ min: 1, max: 1000 }),
          day: fc.nat(80),
        }),
        { maxLength: 6 },
      ),
      transfers: fc.array(
        fc.record({
          partner: fc.nat(3),
          permille: fc.integer({ min: 1, max: 1000 }),
          day: fc.nat(80),
        }),
        { maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const claims: LedgerClaim[] = s.claims.map((dues, i) => ({
          id: `c${i}`,
          dueByPartner: new Map(partners.map((p, j) => [p, dues[j] ?? 0])),
        }));
        // Each payment pays a share of what its claims still await when it arrives (in date order).
        const payments: LedgerPayment[] = [];
        const byDay = [...s.payments].sort((x, y) => x.day - y.day);
        byDay.forEach((p, i) => {
          const claimIds = [...new Set(p.claims.map((c) => `c${c % claims.length}`))];
          const before = paymentLedger(claims, payments, [], "2026-12-31");
          const awaited = sumCents(claimIds.map((id) => before.claims.get(id)?.awaitedCents ?? 0));
          const amountCents = Math.floor((awaited * p.permille) / 1000);
          if (amountCents > 0)
            payments.push({
              id: `p${i}`,
              receivedOn: day(p.day),
              amountCents,
              claimIds,
              recordedAt: at(i),
            });
        });
        // Each transfer passes on a share of what the partner is owed on its day.
        const transfers: LedgerTransfer[] = [];
        [...s.transfers]
          .sort((x, y) => x.day - y.day)
          .forEach((t, i) => {
            const partnerId = partners[t.partner] ?? "a";
            const on = day(t.day);
            const upTo = payments.filter((p) => p.receivedOn <= on);
            const owed =
              paymentLedger(claims, upTo, transfers, on).partners.get(partnerId)?.owedCents ?? 0;
            const amountCents = Math.floor((owed * t.permille) / 1000);
            if (amountCents > 0)
              transfers.push({
                id: `t${i}`,
                partnerId,
                transferredOn: on,
                amountCents,
                recordedAt: at(100 + i),
              });
          });
        const l = paymentLedger(claims, payments, transfers, "2026-12-31");
        expect(l.problems).toEqual([]);
        for (const p of payments)
          expect(sumCents(l.shares.get(p.id)?.values() ?? [])).toBe(p.amountCents);
        const positions = [...l.partners.values()];
        expect(sumCents(positions.map((p) => p.receivedCents))).toBe(
          sumCents(payments.map((p) => p.amountCents)),
        );
        expect(sumCents(positions.map((p) => p.transferredCents))).toBe(
          sumCents(transfers.map((t) => t.amountCents)),
        );
        for (const p of positions) {
          expect(p.owedCents).toBeGreaterThanOrEqual(0);
          expect(p.owedCents).toBe(p.receivedCents - p.transferredCents);
          expect(p.receivedCents).toBeLessThanOrEqual(p.claimedCents);
          expect(p.waitingSince === null).toBe(p.owedCents === 0);
        }
      }),
      { numRuns: 200, seed: 19 },
    );
  });
});
