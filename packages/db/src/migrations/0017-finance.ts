import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;
const CATEGORY = sql`('staff','office_admin','travel','external','equipment','infrastructure')`;
const CURRENCY = sql`'^[A-Z]{3}$'`;

// Money, part 1 (issue 18): budget options, partners' finance, the budget per partner ×
// category × period (in versions), contracts, the lead's rate table, the partners' financial
// reports with their immutable snapshots, and the list of expenditure. Every amount is
// integer cents (bigint); rates and shares are exact decimals.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  const audit = (t: string) =>
    db.schema
      .alterTable(t)
      .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
      .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .execute();

  // The project's budget options (one row per project, created with defaults on first use).
  await db.schema
    .createTable("finance_settings")
    .addColumn("project_id", "uuid", (c) =>
      c.primaryKey().references("projects.id").onDelete("cascade"),
    )
    .addColumn("currency", "text", (c) => c.notNull().defaultTo("EUR").check(sql`currency = 'EUR'`))
    .addColumn("amber_percent", "integer", (c) => c.notNull().defaultTo(75))
    .addColumn("red_percent", "integer", (c) => c.notNull().defaultTo(50))
    .addColumn("flexibility_percent", "integer", (c) =>
      c.notNull().defaultTo(20).check(sql`flexibility_percent between 0 and 100`),
    )
    .addCheckConstraint(
      "finance_settings_thresholds",
      sql`red_percent >= 0 and red_percent <= amber_percent and amber_percent <= 100`,
    )
    .execute();
  await audit("finance_settings");

  // The cost categories in use; a flat-rate category is computed as rate × its base category.
  await db.schema
    .createTable("finance_categories")
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("category", "text", (c) => c.notNull().check(sql`category in ${CATEGORY}`))
    .addColumn("in_use", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("flat_rate_percent", sql`numeric(5, 2)`, (c) =>
      c.check(sql`flat_rate_percent > 0 and flat_rate_percent <= 100`),
    )
    .addColumn("flat_rate_base", "text", (c) => c.check(sql`flat_rate_base in ${CATEGORY}`))
    .addPrimaryKeyConstraint("finance_categories_pk", ["project_id", "category"])
    .addCheckConstraint(
      "finance_categories_flat_rate",
      sql`(flat_rate_percent is null) = (flat_rate_base is null) and flat_rate_base is distinct from category`,
    )
    .execute();

  // Budget versions: version 1 is the approved application budget; later ones (part 2) come
  // from approved changes. At most one draft per project.
  await db.schema
    .createTable("budget_versions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("number", "integer", (c) => c.notNull().check(sql`number >= 1`))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft','approved')`),
    )
    .addColumn("note", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(note) <= 5000`),
    )
    .addColumn("approved_at", "timestamptz")
    .addColumn("approved_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("in_force_from", "date")
    .addUniqueConstraint("budget_versions_number", ["project_id", "number"])
    .addCheckConstraint(
      "budget_versions_approved",
      sql`(status = 'approved') = (approved_at is not null)`,
    )
    .execute();
  await audit("budget_versions");
  await sql`create unique index budget_versions_one_draft on budget_versions (project_id)
    where status = 'draft'`.execute(db);

  // Per partner: co-financing, the currency it declares in, its lump sum, the agreement.
  await db.schema
    .createTable("partner_finance")
    .addColumn("partner_id", "uuid", (c) =>
      c.primaryKey().references("partners.id").onDelete("cascade"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("legal_status", "text", (c) =>
      c
        .notNull()
        .defaultTo("public")
        .check(sql`legal_status in ('public','public_equivalent','private_non_profit','other')`),
    )
    .addColumn("cofinancing_percent", sql`numeric(5, 2)`, (c) =>
      c
        .notNull()
        .defaultTo("80")
        .check(sql`cofinancing_percent > 0 and cofinancing_percent <= 100`),
    )
    .addColumn("currency", "text", (c) =>
      c.notNull().defaultTo("EUR").check(sql`currency ~ ${CURRENCY}`),
    )
    .addColumn("lump_sum_cents", "bigint", (c) =>
      c.notNull().defaultTo(0).check(sql`lump_sum_cents >= 0`),
    )
    .addColumn("agreement_signed_on", "date")
    .execute();
  await audit("partner_finance");

  // The partner's contribution sources (the part the fund does not pay), as budgeted.
  await db.schema
    .createTable("partner_contributions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull().check(sql`char_length(name) between 1 and 200`))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('public','automatic_public','private')`),
    )
    .addColumn("amount_cents", "bigint", (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await audit("partner_contributions");
  await db.schema
    .createIndex("partner_contributions_partner")
    .on("partner_contributions")
    .columns(["partner_id", "position"])
    .execute();

  // The spending plan: real-cost categories only (flat rates are computed, never stored).
  await db.schema
    .createTable("budget_lines")
    .addColumn("budget_version_id", "uuid", (c) =>
      c.notNull().references("budget_versions.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    .addColumn("category", "text", (c) => c.notNull().check(sql`category in ${CATEGORY}`))
    .addColumn("period_number", "integer", (c) => c.notNull().check(sql`period_number >= 1`))
    .addColumn("amount_cents", "bigint", (c) =>
      c.notNull().check(sql`amount_cents >= 0 and amount_cents <= 100000000000`),
    )
    .addPrimaryKeyConstraint("budget_lines_pk", [
      "budget_version_id",
      "partner_id",
      "category",
      "period_number",
    ])
    .execute();

  // The partner's contracts (procurements), reused across periods.
  await db.schema
    .createTable("contracts")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull().check(sql`char_length(name) between 1 and 300`))
    .addColumn("reference", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(reference) <= 100`),
    )
    .addColumn("contract_date", "date", (c) => c.notNull())
    .addColumn("procurement_type", "text", (c) =>
      c
        .notNull()
        .check(
          sql`procurement_type in ('open','restricted','negotiated','direct_award','framework','other')`,
        ),
    )
    .addColumn("amount_cents", "bigint", (c) =>
      c.notNull().check(sql`amount_cents >= 0 and amount_cents <= 100000000000`),
    )
    .addColumn("currency", "text", (c) =>
      c.notNull().defaultTo("EUR").check(sql`currency ~ ${CURRENCY}`),
    )
    .addColumn("supplier_name", "text", (c) =>
      c.notNull().check(sql`char_length(supplier_name) between 1 and 300`),
    )
    .addColumn("supplier_vat", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(supplier_vat) <= 30`),
    )
    .addColumn("deleted_at", "timestamptz")
    .execute();
  await audit("contracts");
  await db.schema
    .createIndex("contracts_partner")
    .on("contracts")
    .columns(["partner_id", "contract_date"])
    .execute();

  // The lead's table of monthly rates (units of the currency for one euro, as the
  // Commission publishes them).
  await db.schema
    .createTable("exchange_rates")
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("currency", "text", (c) =>
      c.notNull().check(sql`currency ~ ${CURRENCY} and currency <> 'EUR'`),
    )
    .addColumn("month", "date", (c) => c.notNull().check(sql`extract(day from month) = 1`))
    .addColumn("rate", sql`numeric(14, 6)`, (c) => c.notNull().check(sql`rate > 0`))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("exchange_rates_pk", ["project_id", "currency", "month"])
    .execute();

  // A partner's financial report of one period: draft → submitted (locked, snapshot kept) →
  // returned by the lead with a comment → draft again → submitted (a new snapshot).
  await db.schema
    .createTable("financial_reports")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    .addColumn("period_number", "integer", (c) => c.notNull().check(sql`period_number >= 1`))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft','submitted','returned')`),
    )
    .addColumn("latest_version", "integer", (c) =>
      c.notNull().defaultTo(0).check(sql`latest_version >= 0`),
    )
    .addColumn("submitted_at", "timestamptz")
    .addColumn("submitted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    /** The month whose rates converted the report's items (the month of submission). */
    .addColumn("rate_month", "date")
    .addColumn("return_comment", "text", (c) => c.check(sql`char_length(return_comment) <= 5000`))
    .addColumn("returned_at", "timestamptz")
    .addColumn("returned_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addUniqueConstraint("financial_reports_period", ["partner_id", "period_number"])
    .addCheckConstraint(
      "financial_reports_submitted",
      sql`status <> 'submitted' or (latest_version >= 1 and submitted_at is not null and rate_month is not null)`,
    )
    .execute();
  await audit("financial_reports");
  await db.schema
    .createIndex("financial_reports_project")
    .on("financial_reports")
    .columns(["project_id", "period_number"])
    .execute();

  // Each submission keeps the whole report (items, flat rates, contributions, overview) as
  // it was, immutable.
  await db.schema
    .createTable("financial_report_versions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("report_id", "uuid", (c) =>
      c.notNull().references("financial_reports.id").onDelete("cascade"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("number", "integer", (c) => c.notNull().check(sql`number >= 1`))
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("submitted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addUniqueConstraint("financial_report_versions_number", ["report_id", "number"])
    .execute();
  await sql`create function financial_report_versions_immutable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and not exists (select 1 from financial_reports where id = old.report_id)
        then return old; end if;
      raise exception 'submitted financial report versions cannot be changed';
    end $$`.execute(db);
  await sql`create trigger financial_report_versions_frozen before update or delete
    on financial_report_versions for each row execute function financial_report_versions_immutable()`.execute(
    db,
  );

  // The list of expenditure: each item belongs to its partner's report of one period.
  await db.schema
    .createTable("expenditure_items")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    .addColumn("report_id", "uuid", (c) =>
      c.notNull().references("financial_reports.id").onDelete("cascade"),
    )
    .addColumn("category", "text", (c) => c.notNull().check(sql`category in ${CATEGORY}`))
    .addColumn("internal_reference", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(internal_reference) <= 100`),
    )
    .addColumn("invoice_number", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(invoice_number) <= 100`),
    )
    .addColumn("invoice_date", "date")
    .addColumn("payment_date", "date")
    .addColumn("description", "text", (c) =>
      c.notNull().check(sql`char_length(description) between 1 and 2000`),
    )
    .addColumn("total_invoice_cents", "bigint", (c) =>
      c.check(sql`total_invoice_cents >= 0 and total_invoice_cents <= 100000000000`),
    )
    .addColumn("vat_cents", "bigint", (c) => c.check(sql`vat_cents >= 0`))
    .addColumn("declared_cents", "bigint", (c) =>
      c.notNull().check(sql`declared_cents > 0 and declared_cents <= 100000000000`),
    )
    .addColumn("currency", "text", (c) =>
      c.notNull().defaultTo("EUR").check(sql`currency ~ ${CURRENCY}`),
    )
    /** Set on submission (1 for euro items). */
    .addColumn("conversion_rate", sql`numeric(14, 6)`, (c) => c.check(sql`conversion_rate > 0`))
    .addColumn("eur_cents", "bigint", (c) => c.check(sql`eur_cents >= 0`))
    .addColumn("contract_id", "uuid", (c) => c.references("contracts.id").onDelete("restrict"))
    // Staff costs per person: private to the partner (and, in part 2, its controller).
    .addColumn("staff_person", "text", (c) => c.check(sql`char_length(staff_person) <= 200`))
    .addColumn("staff_role", "text", (c) => c.check(sql`char_length(staff_role) <= 200`))
    .addColumn("staff_basis", "text", (c) =>
      c.check(sql`staff_basis in ('full_time','part_time_fixed','part_time_flexible','hourly')`),
    )
    .addColumn("staff_share_percent", sql`numeric(5, 2)`, (c) =>
      c.check(sql`staff_share_percent > 0 and staff_share_percent <= 100`),
    )
    .addColumn("staff_hours", sql`numeric(8, 2)`, (c) => c.check(sql`staff_hours > 0`))
    .addColumn("staff_salary_cents", "bigint", (c) => c.check(sql`staff_salary_cents >= 0`))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addCheckConstraint(
      "expenditure_items_amounts",
      sql`(total_invoice_cents is null or declared_cents <= total_invoice_cents)
        and (vat_cents is null or total_invoice_cents is null or vat_cents <= total_invoice_cents)`,
    )
    .addCheckConstraint(
      "expenditure_items_staff",
      sql`category = 'staff' or (staff_person is null and staff_role is null and staff_basis is null
        and staff_share_percent is null and staff_hours is null and staff_salary_cents is null)`,
    )
    .execute();
  await audit("expenditure_items");
  await db.schema
    .createIndex("expenditure_items_report")
    .on("expenditure_items")
    .columns(["report_id", "position"])
    .execute();
  await db.schema
    .createIndex("expenditure_items_partner")
    .on("expenditure_items")
    .columns(["project_id", "partner_id", "category"])
    .execute();

  // Evidence: documents of the library (partner-private by default) attached to an item.
  await db.schema
    .createTable("expenditure_evidence")
    .addColumn("item_id", "uuid", (c) =>
      c.notNull().references("expenditure_items.id").onDelete("cascade"),
    )
    .addColumn("document_id", "uuid", (c) =>
      c.notNull().references("documents.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("expenditure_evidence_pk", ["item_id", "document_id"])
    .execute();
  await db.schema
    .createIndex("expenditure_evidence_document")
    .on("expenditure_evidence")
    .column("document_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "expenditure_evidence",
    "expenditure_items",
    "financial_report_versions",
    "financial_reports",
    "exchange_rates",
    "contracts",
    "budget_lines",
    "partner_contributions",
    "partner_finance",
    "budget_versions",
    "finance_categories",
    "finance_settings",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await sql`drop function if exists financial_report_versions_immutable()`.execute(db);
}
