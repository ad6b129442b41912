import type { Db } from "@consortia/db";
import { invalid } from "../errors";
import { formatCents, type LedgerProblem, loadPaymentBook, type PaymentBook } from "../finance";
import { isoDay } from "../shared/calendar";
import type { FieldNotes } from "../shared/field-notes";

/**
 * What every change of payments and transfers shares: the project's payment record locked for
 * the change (two lead coordinators saving at once take turns, so neither slips a transfer past
 * what the other already passed on), and the whole ledger checked after the change. A change
 * that leaves the record not adding up is refused, and the transaction leaves nothing changed.
 */

/** Locks the project row: changes of one project's payments run one after the other. */
export async function lockPayments(db: Db, projectId: string) {
  await db.selectFrom("projects").select("id").where("id", "=", projectId).forUpdate().execute();
}

export const euros = (cents: number) => `EUR ${formatCents(cents)}`;

/** A day not after today (money received or passed on cannot be recorded ahead of time). */
export function notInFuture(notes: FieldNotes, field: string, day: string, now: Date) {
  if (day > isoDay(now)) notes.add(field, "The date cannot be in the future");
}

type Names = { partner: (id: string) => string };

function describe(problem: LedgerProblem, book: PaymentBook, names: Names): string {
  if (problem.kind === "payment_exceeds_claims") {
    const p = book.payments.find((x) => x.id === problem.paymentId);
    return `The payment of ${euros(p?.amountCents ?? 0)} received on ${p?.receivedOn} is more than its claims still await from the programme (${euros(problem.awaitedCents)})`;
  }
  const t = book.transfers.find((x) => x.id === problem.transferId);
  return `${names.partner(problem.partnerId)} was owed ${euros(Math.max(0, problem.owedCents))} on ${t?.transferredOn}: the transfer of ${euros(t?.amountCents ?? 0)} that day is more than that`;
}

const keyOf = (p: LedgerProblem) =>
  p.kind === "payment_exceeds_claims" ? `payment:${p.paymentId}` : `transfer:${p.transferId}`;

/**
 * What does not add up before a change (a claim's certificates left out after it was paid,
 * say): a change is refused only for what it breaks itself, so the record can be repaired.
 */
export async function problemsBefore(db: Db, projectId: string, now: Date) {
  return problemKeys(await loadPaymentBook(db, projectId, isoDay(now)));
}

export const problemKeys = (book: PaymentBook) => new Set(book.ledger.problems.map(keyOf));

/**
 * The ledger after a change; refuses the change when it breaks it: a problem with the record
 * being saved (`own`) is a field error on its amount; one it causes elsewhere (a transfer that
 * a smaller payment no longer covers) is named in the message. Problems already there before
 * the change (`before`) are left for the records they concern.
 */
export async function checkedBook(
  db: Db,
  projectId: string,
  now: Date,
  own: string | null,
  before: ReadonlySet<string>,
) {
  const book = await loadPaymentBook(db, projectId, isoDay(now));
  const ownKeys = new Set([`payment:${own}`, `transfer:${own}`]);
  const first = book.ledger.problems.find((p) => ownKeys.has(keyOf(p)) || !before.has(keyOf(p)));
  if (!first) return book;
  const partners = await db
    .selectFrom("partners")
    .select(["id", "short_name"])
    .where("project_id", "=", projectId)
    .execute();
  const names = { partner: (id: string) => partners.find((p) => p.id === id)?.short_name ?? id };
  const message = describe(first, book, names);
  if (ownKeys.has(keyOf(first))) throw invalid(message, { amountCents: [message] });
  throw invalid(
    `${message}. Change that record first: this change would leave the payments not adding up.`,
  );
}
