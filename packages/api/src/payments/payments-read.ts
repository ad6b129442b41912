import {
  DEFAULT_PAYMENT_WAIT_DAYS,
  loadPaymentBook,
  paymentTotals,
  seesPaymentPosition,
} from "../finance";
import { isoDay } from "../shared/calendar";
import { projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";

/**
 * The payments page: the claims and what the programme has paid of them, the payments received,
 * the transfers, and per partner what it was paid, is owed and how long it has waited. Every
 * member reads it; a partner's position and its transfers show only to those who may see them
 * (`seesPaymentPosition`: the lead for all, a partner's own people for their own), and a
 * payment's shares likewise. Observers and other partners read the partnership's totals.
 */
export async function paymentsOverview(ctx: ProjectCtx, now: Date) {
  const { access } = ctx;
  const today = isoDay(now);
  const [book, partners] = await Promise.all([
    loadPaymentBook(ctx.db, access.projectId, today),
    projectPartners(ctx.db, access.projectId),
  ]);
  const shortName = new Map(partners.map((p) => [p.id, p.shortName]));
  const sees = (partnerId: string) => seesPaymentPosition(access, partnerId);
  const claimPeriod = new Map(book.claims.map((c) => [c.id, c.periodNumber]));
  const { ledger } = book;
  const byDateDesc = (a: string, b: string) => b.localeCompare(a);
  return {
    today,
    can: { manage: access.isLead },
    waitDays: book.waitDays,
    defaultWaitDays: DEFAULT_PAYMENT_WAIT_DAYS,
    settingsVersion: book.settingsVersion,
    totals: paymentTotals(book),
    claims: book.claims.map((c) => ({
      id: c.id,
      periodNumber: c.periodNumber,
      certificates: c.certificates,
      ...(ledger.claims.get(c.id) ?? { dueCents: 0, paidCents: 0, awaitedCents: 0 }),
    })),
    payments: [...book.payments]
      .sort((a, b) => byDateDesc(a.receivedOn, b.receivedOn))
      .map((p) => ({
        id: p.id,
        receivedOn: p.receivedOn,
        amountCents: p.amountCents,
        note: p.note,
        version: p.version,
        claims: p.claimIds.map((id) => ({ id, periodNumber: claimPeriod.get(id) ?? 0 })),
        shares: [...(ledger.shares.get(p.id) ?? new Map<string, number>())]
          .filter(([partnerId]) => sees(partnerId))
          .map(([partnerId, cents]) => ({
            partnerId,
            shortName: shortName.get(partnerId) ?? "",
            cents,
          })),
      })),
    transfers: [...book.transfers]
      .filter((t) => sees(t.partnerId))
      .sort((a, b) => byDateDesc(a.transferredOn, b.transferredOn))
      .map((t) => ({
        id: t.id,
        partnerId: t.partnerId,
        shortName: shortName.get(t.partnerId) ?? "",
        transferredOn: t.transferredOn,
        amountCents: t.amountCents,
        reference: t.reference,
        paymentId: t.paymentId,
        version: t.version,
      })),
    partners: partners
      .filter((p) => sees(p.id) && (p.role !== "advisory" || ledger.partners.has(p.id)))
      .map((p) => {
        const pos = ledger.partners.get(p.id);
        const waitingDays = pos?.waitingDays ?? null;
        return {
          partnerId: p.id,
          name: p.name,
          shortName: p.shortName,
          claimedCents: pos?.claimedCents ?? 0,
          receivedCents: pos?.receivedCents ?? 0,
          transferredCents: pos?.transferredCents ?? 0,
          owedCents: pos?.owedCents ?? 0,
          waitingSince: pos?.waitingSince ?? null,
          waitingDays,
          waitingTooLong: waitingDays !== null && waitingDays > book.waitDays,
        };
      }),
  };
}

export type PaymentsOverview = Awaited<ReturnType<typeof paymentsOverview>>;
