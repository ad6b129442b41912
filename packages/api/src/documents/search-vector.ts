import type { Db } from "@consortia/db";
import { sql } from "kysely";

/**
 * Rebuilds a document's search vector from its title (weight A), description, file name and
 * tags (B) and the text of its current version (C). The `simple` configuration indexes every
 * language alike; a partnership writes in many.
 */
export async function refreshSearchVector(db: Db, documentId: string): Promise<void> {
  await sql`
    update documents d set search_vector =
      setweight(to_tsvector('simple', d.title), 'A') ||
      setweight(to_tsvector('simple', d.description || ' ' ||
        regexp_replace(d.file_name, '[._-]+', ' ', 'g') || ' ' || array_to_string(d.tags, ' ')), 'B') ||
      setweight(to_tsvector('simple', coalesce((
        select v.text_content from document_versions v
        where v.document_id = d.id and v.number = d.version_count), '')), 'C')
    where d.id = ${documentId}`.execute(db);
}
