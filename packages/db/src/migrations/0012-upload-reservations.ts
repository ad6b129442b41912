import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // One row per upload in progress (issue 15, item 10): its bytes count against the
  // project's quota while they are written, on whichever app server. The server writing it
  // refreshes `heartbeat_at`; a row whose heartbeat stopped belongs to a crashed server, and
  // the clean-up (at start-up and every few minutes) removes it with its leftover bytes.
  await db.schema
    .createTable("upload_reservations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("blob_key", "text", (c) => c.notNull().unique())
    .addColumn("bytes", "bigint", (c) => c.notNull().defaultTo(0).check(sql`bytes >= 0`))
    .addColumn("started_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("heartbeat_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("upload_reservations_project")
    .on("upload_reservations")
    .column("project_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("upload_reservations").ifExists().execute();
}
