import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("projects").addColumn("storage_quota_bytes", "bigint").execute();

  await db.schema
    .createTable("folders")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("parent_id", "uuid", (c) => c.references("folders.id").onDelete("restrict"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deleted_at", "timestamptz")
    .addCheckConstraint("folders_name_length", sql`char_length(name) between 1 and 120`)
    .execute();
  await sql`create unique index folders_unique_name on folders
    (project_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))
    where deleted_at is null`.execute(db);

  await db.schema
    .createTable("documents")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("folder_id", "uuid", (c) => c.references("folders.id").onDelete("restrict"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("category", "text", (c) =>
      c
        .notNull()
        .check(
          sql`category in ('deliverable','meeting_material','peer_review_report','good_practice_evidence','policy_document','communication','other')`,
        ),
    )
    .addColumn("language", "text")
    .addColumn("tags", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("owner_partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("visibility", "text", (c) =>
      c.notNull().check(sql`visibility in ('partnership','partner','lead')`),
    )
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("size", "bigint", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("version_count", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("search_vector", sql`tsvector`)
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("deleted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addCheckConstraint("documents_title_length", sql`char_length(title) between 1 and 200`)
    .execute();
  await db.schema
    .createIndex("documents_project_folder")
    .on("documents")
    .columns(["project_id", "folder_id", "deleted_at"])
    .execute();
  await sql`create index documents_search on documents using gin (search_vector)`.execute(db);

  await db.schema
    .createTable("document_versions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("document_id", "uuid", (c) =>
      c.notNull().references("documents.id").onDelete("cascade"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("blob_key", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("size", "bigint", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("text_content", "text")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("document_versions_number", ["document_id", "number"])
    .execute();
  // Restoring an old version makes a new version that shares the old blob.
  await db.schema
    .createIndex("document_versions_blob")
    .on("document_versions")
    .column("blob_key")
    .execute();

  // One attachment mechanism for every record that carries documents (events, practices, …).
  await db.schema
    .createTable("attachments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("document_id", "uuid", (c) =>
      c.notNull().references("documents.id").onDelete("cascade"),
    )
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "uuid", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("attachments_unique", ["document_id", "entity", "entity_id"])
    .execute();
  await db.schema
    .createIndex("attachments_entity")
    .on("attachments")
    .columns(["project_id", "entity", "entity_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["attachments", "document_versions", "documents", "folders"]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable("projects").dropColumn("storage_quota_bytes").execute();
}
