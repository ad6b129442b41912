import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // Issue 17: a search that matches more documents than it ranks (SEARCH_CAP in
  // packages/api/src/documents/search.ts) takes the most recently updated matches. This index
  // hands them over newest first, so a broad query stops after a few thousand rows instead of
  // reading three quarters of the library; the id settles ties the same way every time.
  await sql`create index documents_project_recent
    on documents (project_id, updated_at desc, id desc) where deleted_at is null`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("documents_project_recent").execute();
}
