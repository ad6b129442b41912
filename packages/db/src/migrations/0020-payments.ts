import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;

// Money, part 2 (issue 19, "Payments"): what the programme pays the lead partner per claim
// (a claim is a submitted period report whose financial part includes control certificates),
// and what the lead partner passes on to each partner. Amounts are integer euro cents. The
// shares, what is still owed and how long a partner has waited are computed, never stored.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  const audited = (t: string) =>
    db.schema
      .alterTable(t)
      .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
      .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      // Deleted records are kept (who deleted what stays readable in the audit log).
      .addColumn("deleted_at", "timestamptz")
      .addColumn("deleted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
      .execute();

  // The desk flags partners who have waited longer than this for money already received.
  await db.schema
    .alterTable("finance_settings")
    .addColumn("payment_wait_days", "integer", (c) =>
      c.notNull().defaultTo(30).check(sql`payment_wait_days between 1 and 365`),
    )
    .execute();

  await db.schema
    .createTable("payments_received")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("received_on", "date", (c) => c.notNull())
    .addColumn("amount_cents", "bigint", (c) =>
      c.notNull().check(sql`amount_cents > 0 and amount_cents <= 100000000000`),
    )
    .addColumn("note", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(note) <= 2000`),
    )
    .execute();
  await audited("payments_received");
  await db.schema
    .createIndex("payments_received_project")
    .on("payments_received")
    .columns(["project_id", "received_on"])
    .execute();

  // The claims (period reports) a payment pays; a claim may be paid in several payments.
  await db.schema
    .createTable("payment_claims")
    .addColumn("payment_id", "uuid", (c) =>
      c.notNull().references("payments_received.id").onDelete("cascade"),
    )
    .addColumn("period_report_id", "uuid", (c) =>
      c.notNull().references("period_reports.id").onDelete("restrict"),
    )
    .addPrimaryKeyConstraint("payment_claims_pk", ["payment_id", "period_report_id"])
    .execute();
  await db.schema
    .createIndex("payment_claims_report")
    .on("payment_claims")
    .column("period_report_id")
    .execute();

  // What the lead partner passes on to one partner; optionally which payment it passes on.
  await db.schema
    .createTable("partner_transfers")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("transferred_on", "date", (c) => c.notNull())
    .addColumn("amount_cents", "bigint", (c) =>
      c.notNull().check(sql`amount_cents > 0 and amount_cents <= 100000000000`),
    )
    .addColumn("reference", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(reference) <= 200`),
    )
    .addColumn("payment_id", "uuid", (c) =>
      c.references("payments_received.id").onDelete("set null"),
    )
    .execute();
  await audited("partner_transfers");
  await db.schema
    .createIndex("partner_transfers_partner")
    .on("partner_transfers")
    .columns(["project_id", "partner_id", "transferred_on"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["partner_transfers", "payment_claims", "payments_received"]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await db.schema.alterTable("finance_settings").dropColumn("payment_wait_days").execute();
}
