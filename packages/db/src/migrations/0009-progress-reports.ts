import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;
const narrative = (column: string) => sql`char_length(${sql.ref(column)}) <= 20000`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // Each partner's contribution to a reporting period's progress report (issue 7).
  let table = db.schema
    .createTable("report_contributions")
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
    );
  for (const column of [
    "activities",
    "stakeholder_involvement",
    "communication",
    "difficulties_deviations",
  ])
    table = table.addColumn(column, "text", (c) =>
      c.notNull().defaultTo("").check(narrative(column)),
    );
  await table
    .addColumn("return_comment", "text", (c) =>
      c.check(sql`char_length(btrim(return_comment)) between 1 and 2000`),
    )
    .addColumn("submitted_at", "timestamptz")
    .addColumn("submitted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("returned_at", "timestamptz")
    .addColumn("returned_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("report_contributions_period", [
      "project_id",
      "partner_id",
      "period_number",
    ])
    .addCheckConstraint(
      "report_contributions_submitted",
      sql`status = 'draft' or submitted_at is not null`,
    )
    .addCheckConstraint(
      "report_contributions_returned",
      sql`status <> 'returned' or (returned_at is not null and return_comment is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("report_contributions_partner")
    .on("report_contributions")
    .column("partner_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("report_contributions").ifExists().execute();
}
