import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;

// Money, part 2 (issue 19): first-level control. Controllers are project members (role
// `controller`, no partner of their own) assigned to one or more partners; a control checks
// one submitted version of a partner's financial report item by item, keeps a checklist and
// clarification rounds, and issues numbered, immutable control certificates.
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
  const immutable = async (table: string, parent: string, parentKey: string, what: string) => {
    await sql`create function ${sql.raw(`${table}_immutable`)}() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and not exists (select 1 from ${sql.raw(parent)} where id = old.${sql.raw(parentKey)})
          then return old; end if;
        raise exception '${sql.raw(what)} cannot be changed';
      end $$`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_frozen`)} before update or delete on ${sql.raw(table)}
      for each row execute function ${sql.raw(`${table}_immutable`)}()`.execute(db);
  };

  // The controller role: a member without a partner of its own, like an observer.
  await sql`alter table memberships drop constraint memberships_role_check`.execute(db);
  await sql`alter table memberships add constraint memberships_role_check
    check (role in ('lead_coordinator','partner_editor','partner_viewer','observer','controller'))`.execute(
    db,
  );
  await sql`alter table memberships drop constraint memberships_partner_role`.execute(db);
  await sql`alter table memberships add constraint memberships_partner_role check (
    (role in ('observer','controller') and partner_id is null)
    or (role not in ('observer','controller') and partner_id is not null))`.execute(db);

  // Which partners a controller controls. A partner may have a controller and a reviewer.
  await db.schema
    .createTable("controller_assignments")
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    .addColumn("duty", "text", (c) =>
      c.notNull().defaultTo("controller").check(sql`duty in ('controller','reviewer')`),
    )
    .addColumn("assigned_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("assigned_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("controller_assignments_pk", ["user_id", "partner_id"])
    .execute();
  await db.schema
    .createIndex("controller_assignments_partner")
    .on("controller_assignments")
    .columns(["project_id", "partner_id"])
    .execute();

  // The project's list of error types a deduction names (configurable; defaults on first use).
  await db.schema
    .createTable("control_error_types")
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("code", "text", (c) => c.notNull().check(sql`code ~ '^[a-z0-9_]{1,40}$'`))
    .addColumn("label", "text", (c) => c.notNull().check(sql`char_length(label) between 1 and 200`))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("archived", "boolean", (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint("control_error_types_pk", ["project_id", "code"])
    .execute();

  // Checklist templates the lead coordinator defines: headings with questions (yes / no /
  // not applicable with a comment) and free-text fields, kept as JSON content.
  await db.schema
    .createTable("checklist_templates")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull().check(sql`char_length(name) between 1 and 200`))
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("archived", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await audit("checklist_templates");

  // One control per partner report; it checks the report's latest submitted version. Reopened
  // controls go back to `in_control`; each finish issues a new certificate number.
  await db.schema
    .createTable("controls")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    .addColumn("report_id", "uuid", (c) =>
      c.notNull().unique().references("financial_reports.id").onDelete("cascade"),
    )
    .addColumn("period_number", "integer", (c) => c.notNull().check(sql`period_number >= 1`))
    /** The financial report version under control. */
    .addColumn("report_version", "integer", (c) => c.notNull().check(sql`report_version >= 1`))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("in_control").check(sql`status in ('in_control','finished')`),
    )
    .addColumn("sample_method", "text", (c) =>
      c.check(sql`sample_method in ('manual','random_share','random_count','all')`),
    )
    .addColumn("sample_seed", "text", (c) => c.check(sql`char_length(sample_seed) <= 100`))
    /** A share in percent (random_share) or a count of items (random_count). */
    .addColumn("sample_size", sql`numeric(8, 2)`, (c) => c.check(sql`sample_size > 0`))
    .addColumn("sampled_at", "timestamptz")
    .addColumn("checklist_template_id", "uuid", (c) =>
      c.references("checklist_templates.id").onDelete("restrict"),
    )
    /** The template as it was when chosen, and the answers: the completed checklist. */
    .addColumn("checklist", "jsonb")
    .addColumn("checklist_completed_at", "timestamptz")
    .addColumn("conclusion", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(conclusion) <= 10000`),
    )
    .addColumn("started_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("started_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("finished_at", "timestamptz")
    .addColumn("finished_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("latest_certificate", "integer", (c) =>
      c.notNull().defaultTo(0).check(sql`latest_certificate >= 0`),
    )
    .addCheckConstraint(
      "controls_finished",
      sql`status <> 'finished' or (finished_at is not null and latest_certificate >= 1)`,
    )
    .execute();
  await audit("controls");
  await db.schema
    .createIndex("controls_project")
    .on("controls")
    .columns(["project_id", "period_number"])
    .execute();

  // Per item of the controlled report: in the sample or not, and the outcome. The amounts are
  // euro cents of the item's converted amount: certified + deducted (+ the whole item when
  // parked) = declared.
  await db.schema
    .createTable("control_items")
    .addColumn("control_id", "uuid", (c) =>
      c.notNull().references("controls.id").onDelete("cascade"),
    )
    .addColumn("item_id", "uuid", (c) =>
      c.notNull().references("expenditure_items.id").onDelete("cascade"),
    )
    .addColumn("in_sample", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("outcome", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`outcome in ('pending','verified','deducted','parked')`),
    )
    .addColumn("certified_cents", "bigint", (c) => c.check(sql`certified_cents >= 0`))
    .addColumn("deducted_cents", "bigint", (c) => c.check(sql`deducted_cents >= 0`))
    .addColumn("error_type", "text")
    .addColumn("comment", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(comment) <= 5000`),
    )
    .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("control_items_pk", ["control_id", "item_id"])
    .addCheckConstraint(
      "control_items_outcome",
      sql`(outcome = 'pending' and certified_cents is null and deducted_cents is null)
        or (outcome = 'verified' and certified_cents is not null and deducted_cents = 0)
        or (outcome = 'deducted' and certified_cents is not null and deducted_cents > 0 and error_type is not null)
        or (outcome = 'parked' and certified_cents is null and deducted_cents is null)`,
    )
    .execute();
  await db.schema.createIndex("control_items_item").on("control_items").column("item_id").execute();

  // A parked item taken into a later report is a new item there pointing at the original; an
  // original is carried at most once, so no expenditure is certified twice.
  await db.schema
    .alterTable("expenditure_items")
    .addColumn("carried_from_item_id", "uuid", (c) =>
      c.unique().references("expenditure_items.id").onDelete("restrict"),
    )
    .execute();

  // Clarification rounds: the controller asks, the partner answers (with documents).
  await db.schema
    .createTable("control_clarifications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("control_id", "uuid", (c) =>
      c.notNull().references("controls.id").onDelete("cascade"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("item_id", "uuid", (c) => c.references("expenditure_items.id").onDelete("cascade"))
    .addColumn("question", "text", (c) =>
      c.notNull().check(sql`char_length(question) between 1 and 5000`),
    )
    .addColumn("asked_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("asked_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("due_on", "date")
    .addColumn("answer", "text", (c) => c.check(sql`char_length(answer) between 1 and 10000`))
    .addColumn("answered_at", "timestamptz")
    .addColumn("answered_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("closed_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      "control_clarifications_answer",
      sql`(answer is null) = (answered_at is null)`,
    )
    .execute();
  await db.schema
    .createIndex("control_clarifications_control")
    .on("control_clarifications")
    .columns(["control_id", "asked_at"])
    .execute();
  await db.schema
    .createTable("clarification_documents")
    .addColumn("clarification_id", "uuid", (c) =>
      c.notNull().references("control_clarifications.id").onDelete("cascade"),
    )
    .addColumn("document_id", "uuid", (c) =>
      c.notNull().references("documents.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("clarification_documents_pk", ["clarification_id", "document_id"])
    .execute();

  // Control certificates: each finish keeps the figures (declared, deducted, certified per
  // category), the conclusion and the checklist as they were. Never overwritten: reopening a
  // control and finishing it again issues the next number.
  await db.schema
    .createTable("control_certificates")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("control_id", "uuid", (c) =>
      c.notNull().references("controls.id").onDelete("cascade"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("cascade"),
    )
    .addColumn("period_number", "integer", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull().check(sql`number >= 1`))
    .addColumn("declared_cents", "bigint", (c) => c.notNull().check(sql`declared_cents >= 0`))
    .addColumn("deducted_cents", "bigint", (c) => c.notNull().check(sql`deducted_cents >= 0`))
    .addColumn("parked_cents", "bigint", (c) => c.notNull().check(sql`parked_cents >= 0`))
    .addColumn("certified_cents", "bigint", (c) => c.notNull().check(sql`certified_cents >= 0`))
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("issued_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("issued_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addUniqueConstraint("control_certificates_number", ["control_id", "number"])
    .addCheckConstraint(
      "control_certificates_sum",
      sql`certified_cents + deducted_cents + parked_cents = declared_cents`,
    )
    .execute();
  await immutable("control_certificates", "controls", "control_id", "issued control certificates");
  await db.schema
    .createIndex("control_certificates_project")
    .on("control_certificates")
    .columns(["project_id", "period_number"])
    .execute();

  // The joint progress report's financial part: which certificates the lead includes in the
  // period's report (the claim), or leaves for a later one. A certificate is claimed once.
  await db.schema
    .createTable("period_report_certificates")
    .addColumn("period_report_id", "uuid", (c) =>
      c.notNull().references("period_reports.id").onDelete("cascade"),
    )
    .addColumn("certificate_id", "uuid", (c) =>
      c.notNull().references("control_certificates.id").onDelete("restrict"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("included", "boolean", (c) => c.notNull())
    .addColumn("decided_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("period_report_certificates_pk", [
      "period_report_id",
      "certificate_id",
    ])
    .execute();
  await sql`create unique index period_report_certificates_claimed_once
    on period_report_certificates (certificate_id) where included`.execute(db);

  // Reopening a finished control needs a reason; each is kept.
  await db.schema
    .createTable("control_reopenings")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("control_id", "uuid", (c) =>
      c.notNull().references("controls.id").onDelete("cascade"),
    )
    .addColumn("certificate_number", "integer", (c) => c.notNull())
    .addColumn("reason", "text", (c) =>
      c.notNull().check(sql`char_length(reason) between 1 and 5000`),
    )
    .addColumn("reopened_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("reopened_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "period_report_certificates",
    "control_reopenings",
    "control_certificates",
    "clarification_documents",
    "control_clarifications",
    "control_items",
    "controls",
    "checklist_templates",
    "control_error_types",
    "controller_assignments",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await db.schema.alterTable("expenditure_items").dropColumn("carried_from_item_id").execute();
  await sql`drop function if exists control_certificates_immutable()`.execute(db);
  await sql`delete from memberships where role = 'controller'`.execute(db);
  await sql`alter table memberships drop constraint memberships_partner_role`.execute(db);
  await sql`alter table memberships add constraint memberships_partner_role check (
    (role = 'observer' and partner_id is null) or (role <> 'observer' and partner_id is not null))`.execute(
    db,
  );
  await sql`alter table memberships drop constraint memberships_role_check`.execute(db);
  await sql`alter table memberships add constraint memberships_role_check
    check (role in ('lead_coordinator','partner_editor','partner_viewer','observer'))`.execute(db);
}
