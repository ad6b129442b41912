import { type Kysely, sql } from "kysely";

const now = sql`now()`;

// Money, part 2 (issue 19), "Corrections and budget changes": an approved budget version
// records whether it was a formal major change (beyond the partners' flexibility, or the
// partnership total or its partners changed), and financial corrections deduct expenditure
// found ineligible after certification, in the partner's next report.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("budget_versions")
    .addColumn("major_change", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();

  // `report_id` stays empty until the partner's report that carries the correction is
  // submitted: until then the correction goes with the partner's next report not yet
  // submitted, and it may still be withdrawn.
  await db.schema
    .createTable("financial_corrections")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    // No action (checked at the end of the statement), not restrict: an item alone cannot
    // go, but deleting the partner or the project takes its corrections with it.
    .addColumn("item_id", "uuid", (c) => c.notNull().references("expenditure_items.id"))
    .addColumn("amount_cents", "bigint", (c) =>
      c.notNull().check(sql`amount_cents > 0 and amount_cents <= 100000000000`),
    )
    .addColumn("reason", "text", (c) =>
      c.notNull().check(sql`char_length(reason) between 1 and 5000`),
    )
    .addColumn("report_id", "uuid", (c) => c.references("financial_reports.id"))
    .addColumn("applied_at", "timestamptz")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      "financial_corrections_applied",
      sql`(report_id is null) = (applied_at is null)`,
    )
    .execute();
  await db.schema
    .createIndex("financial_corrections_partner")
    .on("financial_corrections")
    .columns(["project_id", "partner_id"])
    .execute();
  await db.schema
    .createIndex("financial_corrections_item")
    .on("financial_corrections")
    .column("item_id")
    .execute();
  await db.schema
    .createIndex("financial_corrections_report")
    .on("financial_corrections")
    .column("report_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("financial_corrections").ifExists().execute();
  await db.schema.alterTable("budget_versions").dropColumn("major_change").execute();
}
