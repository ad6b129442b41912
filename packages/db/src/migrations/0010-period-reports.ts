import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // The lead coordinator's consolidated progress report of a reporting period (issue 7).
  // Its annexes are attachments (entity 'progress_report', entity_id = the report's id).
  await db.schema
    .createTable("period_reports")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("period_number", "integer", (c) => c.notNull().check(sql`period_number >= 1`))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft','submitted')`),
    )
    .addColumn("highlights", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(highlights) <= 20000`),
    )
    .addColumn("latest_version", "integer", (c) =>
      c.notNull().defaultTo(0).check(sql`latest_version >= 0`),
    )
    .addColumn("reopen_reason", "text", (c) => c.check(sql`char_length(reopen_reason) <= 2000`))
    .addColumn("reopened_at", "timestamptz")
    .addColumn("reopened_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("period_reports_period", ["project_id", "period_number"])
    .addCheckConstraint("period_reports_submitted", sql`status = 'draft' or latest_version >= 1`)
    .execute();

  // The lead coordinator's assessment of each work package for the period.
  await db.schema
    .createTable("period_report_work_packages")
    .addColumn("report_id", "uuid", (c) =>
      c.notNull().references("period_reports.id").onDelete("cascade"),
    )
    .addColumn("work_package_id", "uuid", (c) =>
      c.notNull().references("work_packages.id").onDelete("cascade"),
    )
    .addColumn("achievement", "text", (c) => c.check(sql`achievement in ('fully','partly','not')`))
    .addColumn("explanation", "text", (c) =>
      c.notNull().defaultTo("").check(sql`char_length(explanation) <= 5000`),
    )
    .addPrimaryKeyConstraint("period_report_work_packages_pk", ["report_id", "work_package_id"])
    .execute();

  // Each submission keeps the whole report as it was (PeriodReportModel as JSON), immutable.
  await db.schema
    .createTable("period_report_versions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("report_id", "uuid", (c) =>
      c.notNull().references("period_reports.id").onDelete("cascade"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("number", "integer", (c) => c.notNull().check(sql`number >= 1`))
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("submitted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addUniqueConstraint("period_report_versions_number", ["report_id", "number"])
    .execute();
  // No update ever; a delete only as the cascade of its report (or project) going away.
  await sql`create function period_report_versions_immutable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and not exists (select 1 from period_reports where id = old.report_id)
        then return old; end if;
      raise exception 'submitted progress report versions cannot be changed';
    end $$`.execute(db);
  await sql`create trigger period_report_versions_frozen before update or delete
    on period_report_versions for each row execute function period_report_versions_immutable()`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("period_report_versions").ifExists().execute();
  await db.schema.dropTable("period_report_work_packages").ifExists().execute();
  await db.schema.dropTable("period_reports").ifExists().execute();
  await sql`drop function if exists period_report_versions_immutable()`.execute(db);
}
