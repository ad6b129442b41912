import type { CertificateCategoryFigures, Db } from "@consortia/db";
import { sql } from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import type { RoleHolder } from "../shared/roles";
import { cofinancingOf } from "./budget-read";
import {
  type Ledger,
  type LedgerClaim,
  type LedgerPayment,
  type LedgerTransfer,
  paymentLedger,
} from "./payment-ledger";
import { claimFundCents, sumCents } from "./rules";

/**
 * Reading a project's payments ledger from the database: the claims with what they ask per
 * partner, the live payments and transfers, and the waiting limit. The money desk and the
 * payments room both read it here, so the figures are derived one way.
 */

/** Days a partner may wait for money received before the desk flags it (finance_settings). */
export const DEFAULT_PAYMENT_WAIT_DAYS = 30;

export type ClaimRow = LedgerClaim & {
  periodNumber: number;
  /** The certificates the claim includes, per partner (for the page). */
  certificates: number;
};

export type PaymentRow = LedgerPayment & { note: string; version: number };
export type TransferRow = LedgerTransfer & {
  reference: string;
  paymentId: string | null;
  version: number;
};

export type PaymentBook = {
  claims: ClaimRow[];
  payments: PaymentRow[];
  transfers: TransferRow[];
  waitDays: number;
  settingsVersion: number;
  ledger: Ledger;
};

type CertificateRow = {
  claimId: string;
  periodNumber: number;
  partnerId: string;
  certifiedCents: number;
  categories: readonly CertificateCategoryFigures[];
  cofinancing_percent: string | null;
};

/**
 * What each claim asks per partner: a claim is a period report submitted at least once, and
 * it asks, for each partner, the fund amount of the certified expenditure of the certificates
 * it includes, exactly as the joint report's financial part shows it: per cost category the
 * certified sum × the partner's co-financing rate, rounded once (`claimFundCents`); the
 * partner's amount is the sum of its categories'.
 */
function claimsOf(rows: readonly CertificateRow[]): ClaimRow[] {
  const claims = new Map<
    string,
    ClaimRow & { due: Map<string, { rate: string; lines: CertificateCategoryFigures[] }> }
  >();
  for (const r of rows) {
    const claim = claims.get(r.claimId) ?? {
      id: r.claimId,
      periodNumber: r.periodNumber,
      certificates: 0,
      dueByPartner: new Map(),
      due: new Map<string, { rate: string; lines: CertificateCategoryFigures[] }>(),
    };
    claims.set(r.claimId, claim);
    claim.certificates += 1;
    const due = claim.due.get(r.partnerId) ?? { rate: cofinancingOf(r), lines: [] };
    due.lines.push(...r.categories);
    claim.due.set(r.partnerId, due);
  }
  return [...claims.values()].map(({ due, ...c }) => ({
    ...c,
    dueByPartner: new Map([...due].map(([p, d]) => [p, claimFundCents(d.lines, d.rate)])),
  }));
}

/**
 * The project's claims (their certificates), live payments (with their claims) and transfers,
 * and the waiting limit, in one statement: the money desk reads them on every request.
 */
function readBook(db: Db, projectId: string) {
  return db
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom("period_report_certificates as prc")
          .innerJoin("control_certificates as cc", "cc.id", "prc.certificate_id")
          .innerJoin("period_reports as pr", "pr.id", "prc.period_report_id")
          .leftJoin("partner_finance as pf", "pf.partner_id", "cc.partner_id")
          .select([
            "pr.id as claimId",
            "pr.period_number as periodNumber",
            "cc.partner_id as partnerId",
            "cc.certified_cents as certifiedCents",
            sql<CertificateCategoryFigures[]>`cc.content->'categories'`.as("categories"),
            // As text: JSON would turn the exact decimal into a float.
            sql<string | null>`pf.cofinancing_percent::text`.as("cofinancing_percent"),
          ])
          .where("prc.project_id", "=", projectId)
          .where("pr.project_id", "=", projectId)
          .where("prc.included", "=", true)
          .where("pr.latest_version", ">=", 1)
          .orderBy("pr.period_number")
          .orderBy("cc.id"),
      ).as("certificates"),
      jsonArrayFrom(
        eb
          .selectFrom("payments_received as p")
          .select([
            "p.id",
            "p.received_on",
            "p.amount_cents",
            "p.note",
            "p.created_at",
            "p.version",
            (eb) =>
              eb
                .selectFrom("payment_claims as pc")
                .select(sql<string[]>`coalesce(json_agg(pc.period_report_id), '[]')`.as("ids"))
                .whereRef("pc.payment_id", "=", "p.id")
                .as("claimIds"),
          ])
          .where("p.project_id", "=", projectId)
          .where("p.deleted_at", "is", null),
      ).as("payments"),
      jsonArrayFrom(
        eb
          .selectFrom("partner_transfers as t")
          .select([
            "t.id",
            "t.partner_id",
            "t.transferred_on",
            "t.amount_cents",
            "t.reference",
            "t.payment_id",
            "t.created_at",
            "t.version",
          ])
          .where("t.project_id", "=", projectId)
          .where("t.deleted_at", "is", null),
      ).as("transfers"),
      jsonObjectFrom(
        eb
          .selectFrom("finance_settings as s")
          .select(["s.payment_wait_days", "s.version"])
          .where("s.project_id", "=", projectId),
      ).as("settings"),
    ])
    .executeTakeFirstOrThrow();
}

/** The project's live payments, transfers and claims, and the ledger derived from them. */
export async function loadPaymentBook(db: Db, projectId: string, today: string) {
  // JSON carries timestamps as text and bigints as numbers: read them back as such.
  const { certificates, payments, transfers, settings } = await readBook(db, projectId);
  const claims = claimsOf(certificates);
  const paymentRows: PaymentRow[] = payments.map((p) => ({
    id: p.id,
    receivedOn: p.received_on,
    amountCents: Number(p.amount_cents),
    note: p.note,
    recordedAt: new Date(p.created_at),
    version: p.version,
    claimIds: p.claimIds ?? [],
  }));
  const transferRows: TransferRow[] = transfers.map((t) => ({
    id: t.id,
    partnerId: t.partner_id,
    transferredOn: t.transferred_on,
    amountCents: Number(t.amount_cents),
    reference: t.reference,
    paymentId: t.payment_id,
    recordedAt: new Date(t.created_at),
    version: t.version,
  }));
  const book: PaymentBook = {
    claims,
    payments: paymentRows,
    transfers: transferRows,
    waitDays: settings?.payment_wait_days ?? DEFAULT_PAYMENT_WAIT_DAYS,
    settingsVersion: settings?.version ?? 0,
    ledger: paymentLedger(claims, paymentRows, transferRows, today),
  };
  return book;
}

/** Partners waiting longer than the project's limit for money already received. */
export function waitingTooLong(book: PaymentBook) {
  return [...book.ledger.partners.values()].filter(
    (p) => p.waitingDays !== null && p.waitingDays > book.waitDays,
  );
}

/**
 * Who sees a partner's payment position (what it was paid, is owed, how long it waited): the
 * lead partner's coordinators and admins for every partner, a partner's own people for their
 * own; everyone else (observers, other partners) reads the partnership's totals only.
 */
export function seesPaymentPosition(access: RoleHolder, partnerId: string): boolean {
  if (access.isLead) return true;
  return access.partnerId === partnerId && access.role !== null && access.role !== "observer";
}

/** The partnership's totals of a book: received, passed on, still held by the lead partner. */
export function paymentTotals(book: PaymentBook) {
  const positions = [...book.ledger.partners.values()];
  return {
    claimedCents: sumCents(positions.map((p) => p.claimedCents)),
    receivedCents: sumCents(book.payments.map((p) => p.amountCents)),
    transferredCents: sumCents(positions.map((p) => p.transferredCents)),
    owedCents: sumCents(positions.map((p) => p.owedCents)),
    waitingTooLong: waitingTooLong(book).length,
  };
}
