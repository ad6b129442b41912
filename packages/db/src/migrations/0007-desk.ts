import { type Kysely, sql } from "kysely";

const KINDS = sql`('deadline_14','deadline_7','deadline_1','overdue','submitted','approved','changes_requested','mentioned','reminder')`;
const OLD_KINDS = sql`('deadline_14','deadline_7','deadline_1','overdue','submitted','approved','changes_requested','mentioned')`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // Targets the lead partner's desk measures learning against (null: not set yet).
  await db.schema
    .alterTable("projects")
    .addColumn("learning_event_target", "integer", (c) =>
      c.check(sql`learning_event_target between 0 and 1000`),
    )
    .addColumn("peer_review_target", "integer", (c) =>
      c.check(sql`peer_review_target between 0 and 1000`),
    )
    .execute();
  // A reminder a lead coordinator sends by hand (the desk's bulk action).
  for (const t of ["notifications", "notification_preferences"]) {
    await sql`alter table ${sql.table(t)} drop constraint ${sql.ref(`${t}_kind_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(t)} add constraint ${sql.ref(`${t}_kind_check`)}
      check (kind in ${KINDS})`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["notifications", "notification_preferences"]) {
    await sql`delete from ${sql.table(t)} where kind = 'reminder'`.execute(db);
    await sql`alter table ${sql.table(t)} drop constraint ${sql.ref(`${t}_kind_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(t)} add constraint ${sql.ref(`${t}_kind_check`)}
      check (kind in ${OLD_KINDS})`.execute(db);
  }
  await db.schema
    .alterTable("projects")
    .dropColumn("learning_event_target")
    .dropColumn("peer_review_target")
    .execute();
}
