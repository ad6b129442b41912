import type { Db, FinancialReportStatus, FinancialReportTable } from "@consortia/db";
import { sql, type Updateable } from "kysely";
import { invalid } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { updateVersioned } from "../shared/versioned";
import { ratesOf } from "./report-amounts";
import { toEuroCents } from "./rules";

/** The report's step from one of `from` over the version read, stamped by the caller. */
export function move(
  db: Db,
  ctx: ProjectCtx,
  row: { id: string; version: number },
  from: FinancialReportStatus[],
  now: Date,
  set: Updateable<FinancialReportTable>,
) {
  return updateVersioned(
    db,
    "financial_reports",
    {
      id: row.id,
      version: row.version,
      status: from,
      label: "This financial report",
      projectId: ctx.access.projectId,
    },
    { ...set, updated_by: ctx.actor.userId, updated_at: now },
    ["id", "version"],
  );
}

/** Active members of the project with a role (of one partner), the caller left out. */
export async function recipients(
  db: Db,
  ctx: ProjectCtx,
  who: { role: "lead_coordinator" } | { role: "partner_editor"; partnerId: string },
) {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("users.id")
    .where("memberships.project_id", "=", ctx.access.projectId)
    .where("memberships.role", "=", who.role)
    .$if(who.role === "partner_editor", (q) =>
      q.where("memberships.partner_id", "=", "partnerId" in who ? who.partnerId : ""),
    )
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .where("users.id", "<>", ctx.actor.userId)
    .execute();
  return rows.map((r) => r.id);
}

/** Each item's rate and euro amount at `month`; a currency without a rate is a field error. */
export async function conversions(db: Db, projectId: string, reportId: string, month: string) {
  const items = await db
    .selectFrom("expenditure_items")
    .select(["id", "currency", "declared_cents"])
    .where("report_id", "=", reportId)
    .execute();
  const rates = await ratesOf(
    db,
    projectId,
    month,
    items.map((i) => i.currency),
  );
  const missing = [...new Set(items.map((i) => i.currency))]
    .filter((c) => c !== "EUR" && !rates.has(c))
    .sort();
  const lines = missing.map(
    (c) =>
      `No ${c} rate for ${month.slice(0, 7)}: the lead coordinator adds it under Finance → Rates`,
  );
  if (lines.length) throw invalid(lines.join(". "), { rates: lines });
  return items.map((i) => {
    const rate = i.currency === "EUR" ? "1" : (rates.get(i.currency) ?? "1");
    return { id: i.id, rate, eur: toEuroCents(i.declared_cents, rate) };
  });
}

/** Sets each item's rate and euro amount, a batch of rows per statement. */
export async function convertItems(db: Db, rows: { id: string; rate: string; eur: number }[]) {
  for (let i = 0; i < rows.length; i += 500) {
    const values = sql.join(
      rows.slice(i, i + 500).map((r) => sql`(${r.id}::uuid, ${r.rate}::numeric, ${r.eur}::bigint)`),
    );
    await sql`update expenditure_items as e set conversion_rate = v.rate, eur_cents = v.eur
      from (values ${values}) as v(id, rate, eur) where e.id = v.id`.execute(db);
  }
}
