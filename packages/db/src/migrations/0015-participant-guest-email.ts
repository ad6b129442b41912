import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // Issue 16 #5: a guest's e-mail address, where given, so the indicator "people with
  // increased professional capacity" counts a guest who came to several events once (members
  // are matched by their account). Stored trimmed and in lower case; guests only.
  await db.schema
    .alterTable("learning_event_participants")
    .addColumn("guest_email", "text", (c) =>
      c.check(
        sql`guest_email is null or (user_id is null and guest_email = lower(btrim(guest_email)) and guest_email like '%_@_%')`,
      ),
    )
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("learning_event_participants").dropColumn("guest_email").execute();
}
