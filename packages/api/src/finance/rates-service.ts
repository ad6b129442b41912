import type { Db } from "@consortia/db";
import { sql } from "kysely";
import { conflict, invalid, notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { trimRate } from "./budget-read";
import { type RateRow, readRates } from "./rates-import";

/**
 * The lead's table of monthly conversion rates (units of a currency for one euro, as the
 * Commission publishes them each month). A report's non-euro items are converted at the rate
 * of the month of its submission; the app never fetches rates from the internet.
 */

const firstDay = (month: string) => `${month}-01`;
/** "7,4593" → "7.4593": what the table stores. */
const plainRate = (rate: string) => rate.trim().replace(",", ".");
/** The month ("YYYY-MM") of an instant, in UTC. */
export const monthOf = (now: Date) => now.toISOString().slice(0, 7);

/** The rates of one month by currency (for estimates and conversions). */
export async function ratesOfMonth(db: Db, projectId: string, month: string) {
  const rows = await db
    .selectFrom("exchange_rates")
    .select(["currency", "rate"])
    .where("project_id", "=", projectId)
    .where("month", "=", firstDay(month))
    .execute();
  return new Map(rows.map((r) => [r.currency, trimRate(r.rate)]));
}

/** Every rate of the project, newest month first; whether a submitted report used it. */
export async function listRates(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const rows = await ctx.db
    .selectFrom("exchange_rates as r")
    .select([
      "r.currency",
      "r.month",
      "r.rate",
      "r.updated_at",
      (eb) => usedBySubmitted(eb.ref("r.currency"), eb.ref("r.month"), projectId).as("used"),
    ])
    .where("r.project_id", "=", projectId)
    .orderBy("r.month", "desc")
    .orderBy("r.currency")
    .execute();
  return {
    rates: rows.map((r) => ({
      currency: r.currency,
      month: String(r.month).slice(0, 7),
      rate: trimRate(r.rate),
      updatedAt: r.updated_at,
      usedBySubmittedReport: Boolean(r.used),
    })),
    can: { edit: ctx.access.isLead },
  };
}

/** Whether a submitted report converted an item in `currency` at the rates of `month`. */
function usedBySubmitted(currency: unknown, month: unknown, projectId: string) {
  return sql<boolean>`exists (select 1 from financial_reports fr
    join expenditure_items i on i.report_id = fr.id
    where fr.project_id = ${projectId} and fr.status = 'submitted'
      and fr.rate_month = ${month} and i.currency = ${currency})`;
}

export async function setRate(
  ctx: ProjectCtx,
  input: { currency: string; month: string; rate: string },
) {
  const rate = plainRate(input.rate);
  if (Number(rate) <= 0)
    throw invalid("Some fields need attention", { rate: ["The rate must be above 0"] });
  return ctx.db.transaction().execute(async (tx) => {
    await upsertRates(tx, ctx, [{ ...input, rate }]);
    await auditChange(tx, ctx, {
      entity: "exchange_rate",
      entityId: null,
      action: "set",
      summary: `Set the rate of ${input.currency} for ${input.month} to ${rate}`,
      data: { currency: input.currency, month: input.month, rate },
    });
    return { currency: input.currency, month: input.month, rate: trimRate(rate) };
  });
}

function upsertRates(db: Db, ctx: ProjectCtx, rows: readonly RateRow[]) {
  return db
    .insertInto("exchange_rates")
    .values(
      rows.map((r) => ({
        project_id: ctx.access.projectId,
        currency: r.currency,
        month: firstDay(r.month),
        rate: plainRate(r.rate),
        updated_by: ctx.actor.userId,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["project_id", "currency", "month"]).doUpdateSet((eb) => ({
        rate: eb.ref("excluded.rate"),
        updated_by: eb.ref("excluded.updated_by"),
        updated_at: new Date(),
      })),
    )
    .execute();
}

/** Deletes a rate, unless a submitted report was converted with it. */
export async function deleteRate(ctx: ProjectCtx, input: { currency: string; month: string }) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (tx) => {
    const used = await tx
      .selectNoFrom(usedBySubmitted(input.currency, firstDay(input.month), projectId).as("used"))
      .executeTakeFirstOrThrow();
    if (used.used)
      throw conflict(
        `A submitted financial report was converted at the ${input.currency} rate of ${input.month}; it stays in the table`,
      );
    const gone = await tx
      .deleteFrom("exchange_rates")
      .where("project_id", "=", projectId)
      .where("currency", "=", input.currency)
      .where("month", "=", firstDay(input.month))
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw notFound("Rate");
    await auditChange(tx, ctx, {
      entity: "exchange_rate",
      entityId: null,
      action: "delete",
      summary: `Deleted the rate of ${input.currency} for ${input.month}`,
      data: input,
    });
    return input;
  });
}

/** Imports rates from CSV text: all rows or none, an error per row. */
export async function importRates(
  ctx: ProjectCtx,
  input: { content: string; month: string | null },
) {
  const rows = readRates(input.content, input.month);
  return ctx.db.transaction().execute(async (tx) => {
    await upsertRates(tx, ctx, rows);
    await auditChange(tx, ctx, {
      entity: "exchange_rate",
      entityId: null,
      action: "import",
      summary: `Imported ${rows.length} conversion rates`,
      data: { count: rows.length },
    });
    return { imported: rows.length };
  });
}
