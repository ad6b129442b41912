import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // The sha256 of each chunk of a version's blob, taken at upload (issue 15, item 7): a
  // byte range is checked by reading only the chunks that hold it. Versions stored earlier
  // have none until the back-fill job has hashed their blobs.
  await db.schema
    .alterTable("document_versions")
    .addColumn("chunk_size", "integer", (c) => c.check(sql`chunk_size > 0`))
    .addColumn("chunk_hashes", "bytea")
    .execute();
  await db.schema
    .alterTable("document_versions")
    .addCheckConstraint(
      "document_versions_chunks",
      sql`(chunk_size is null) = (chunk_hashes is null)
        and (chunk_hashes is null or octet_length(chunk_hashes) = 32 * ceil(size::numeric / chunk_size))`,
    )
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("document_versions")
    .dropConstraint("document_versions_chunks")
    .execute();
  await db.schema
    .alterTable("document_versions")
    .dropColumn("chunk_hashes")
    .dropColumn("chunk_size")
    .execute();
}
