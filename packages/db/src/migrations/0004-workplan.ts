import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("work_packages")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("number", "integer", (c) => c.notNull().check(sql`number between 1 and 99`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("objectives", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("lead_partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("start_date", "date", (c) => c.notNull())
    .addColumn("end_date", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint("work_packages_dates", sql`end_date >= start_date`)
    .addUniqueConstraint("work_packages_number", ["project_id", "number"])
    .execute();

  await db.schema
    .createTable("activities")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("work_package_id", "uuid", (c) =>
      c.notNull().references("work_packages.id").onDelete("restrict"),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("start_date", "date", (c) => c.notNull())
    .addColumn("end_date", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint("activities_dates", sql`end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex("activities_work_package")
    .on("activities")
    .column("work_package_id")
    .execute();

  await db.schema
    .createTable("activity_partners")
    .addColumn("activity_id", "uuid", (c) =>
      c.notNull().references("activities.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addPrimaryKeyConstraint("activity_partners_pk", ["activity_id", "partner_id"])
    .execute();

  await db.schema
    .createTable("deliverables")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("work_package_id", "uuid", (c) =>
      c.notNull().references("work_packages.id").onDelete("restrict"),
    )
    .addColumn("activity_id", "uuid", (c) => c.references("activities.id").onDelete("set null"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('deliverable','output')`))
    .addColumn("responsible_partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("due_date", "date", (c) => c.notNull())
    .addColumn("target_value", "integer")
    .addColumn("achieved_value", "integer")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("planned")
        .check(sql`status in ('planned','in_progress','submitted','changes_requested','approved')`),
    )
    .addColumn("status_changed_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    // Outputs count something (participants, meetings …); plain deliverables do not.
    .addCheckConstraint(
      "deliverables_target",
      sql`(kind = 'output' and target_value is not null) or (kind = 'deliverable' and target_value is null and achieved_value is null)`,
    )
    .addCheckConstraint(
      "deliverables_values",
      sql`coalesce(target_value, 0) >= 0 and coalesce(achieved_value, 0) >= 0`,
    )
    .execute();
  await sql`create unique index deliverables_code on deliverables (project_id, upper(code))`.execute(
    db,
  );
  // The desk reads by project, status and due date.
  await db.schema
    .createIndex("deliverables_project_status_due")
    .on("deliverables")
    .columns(["project_id", "status", "due_date"])
    .execute();
  await db.schema
    .createIndex("deliverables_work_package")
    .on("deliverables")
    .column("work_package_id")
    .execute();

  await db.schema
    .createTable("deliverable_partners")
    .addColumn("deliverable_id", "uuid", (c) =>
      c.notNull().references("deliverables.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addPrimaryKeyConstraint("deliverable_partners_pk", ["deliverable_id", "partner_id"])
    .execute();

  await db.schema
    .createTable("deliverable_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("deliverable_id", "uuid", (c) =>
      c.notNull().references("deliverables.id").onDelete("cascade"),
    )
    .addColumn("transition", "text", (c) =>
      c.notNull().check(sql`transition in ('create','start','submit','request_changes','approve')`),
    )
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("document_ids", sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'::uuid[]`))
    .addColumn("achieved_value", "integer")
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex("deliverable_events_deliverable")
    .on("deliverable_events")
    .columns(["deliverable_id", "at"])
    .execute();
  // History is evidence for the programme: rows are written once and never changed.
  await sql`create function deliverable_events_immutable() returns trigger language plpgsql as $$
    begin raise exception 'deliverable history cannot be changed'; end $$`.execute(db);
  await sql`create trigger deliverable_events_no_update before update on deliverable_events
    for each row execute function deliverable_events_immutable()`.execute(db);

  await db.schema
    .createTable("deliverable_comments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("deliverable_id", "uuid", (c) =>
      c.notNull().references("deliverables.id").onDelete("cascade"),
    )
    .addColumn("parent_id", "uuid", (c) =>
      c.references("deliverable_comments.id").onDelete("cascade"),
    )
    .addColumn("author_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("mentions", sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'::uuid[]`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("edited_at", "timestamptz")
    .addColumn("deleted_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint("deliverable_comments_body", sql`char_length(body) <= 4000`)
    .execute();
  await db.schema
    .createIndex("deliverable_comments_deliverable")
    .on("deliverable_comments")
    .columns(["deliverable_id", "created_at"])
    .execute();

  // Domain events for notifications (in-app, e-mail): written in the same transaction as the
  // change; a consumer marks them processed. `kind` is open so reminders can add their own.
  await db.schema
    .createTable("notification_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "uuid", (c) => c.notNull())
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("recipient_ids", sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'::uuid[]`))
    .addColumn("data", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("processed_at", "timestamptz")
    .execute();
  await sql`create index notification_events_pending on notification_events (created_at)
    where processed_at is null`.execute(db);
  await db.schema
    .createIndex("notification_events_entity")
    .on("notification_events")
    .columns(["entity", "entity_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "notification_events",
    "deliverable_comments",
    "deliverable_events",
    "deliverable_partners",
    "deliverables",
    "activity_partners",
    "activities",
    "work_packages",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await sql`drop function if exists deliverable_events_immutable()`.execute(db);
}
