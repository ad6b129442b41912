import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;
const KINDS = sql`('deadline_14','deadline_7','deadline_1','overdue','submitted','approved','changes_requested','mentioned')`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // One row per person and message. `dedupe_key` (the event, or the deadline reminder) is
  // unique per person: a retried or repeated dispatch finds the row and creates nothing.
  await db.schema
    .createTable("notifications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("project_id", "uuid", (c) => c.references("projects.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ${KINDS}`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("link", "text")
    .addColumn("dedupe_key", "text", (c) => c.notNull())
    // How the e-mail goes out, fixed when the row is made from the person's preference;
    // `emailed_at` is claimed before sending, so a message is never mailed twice.
    .addColumn("email_mode", "text", (c) =>
      c.notNull().check(sql`email_mode in ('immediately','daily_digest')`),
    )
    .addColumn("emailed_at", "timestamptz")
    .addColumn("read_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("notifications_dedupe", ["user_id", "dedupe_key"])
    .execute();
  await db.schema
    .createIndex("notifications_user_created")
    .on("notifications")
    .columns(["user_id", "created_at"])
    .execute();
  await sql`create index notifications_unmailed on notifications (email_mode, user_id)
    where emailed_at is null`.execute(db);

  // No row means the default of the kind (see notifications/kinds.ts).
  await db.schema
    .createTable("notification_preferences")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ${KINDS}`))
    .addColumn("delivery", "text", (c) =>
      c.notNull().check(sql`delivery in ('immediately','daily_digest','off')`),
    )
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("notification_preferences_pk", ["user_id", "kind"])
    .execute();

  // Each reminder is decided once per deliverable, person, kind and due date (a moved
  // deadline is reminded again), whether or not the person wanted it.
  await db.schema
    .createTable("deadline_reminders_sent")
    .addColumn("deliverable_id", "uuid", (c) =>
      c.notNull().references("deliverables.id").onDelete("cascade"),
    )
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('14d','7d','1d','overdue')`))
    .addColumn("due_date", "date", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("deadline_reminders_sent_pk", [
      "deliverable_id",
      "user_id",
      "kind",
      "due_date",
    ])
    .execute();

  await db.schema
    .createTable("calendar_feed_tokens")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("calendar_feed_tokens_user")
    .on("calendar_feed_tokens")
    .column("user_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "calendar_feed_tokens",
    "deadline_reminders_sent",
    "notification_preferences",
    "notifications",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
