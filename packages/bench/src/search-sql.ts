import type pg from "pg";
import type { SqlOperation } from "./sql-load";

/** The markers `searchDocuments` puts around matched words (packages/api/src/documents/search.ts). */
const HIT_START = "\u27E6";
const HIT_END = "\u27E7";
const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
const PAGE_SIZE = 20;

const FROM_VISIBLE =
  `from "documents" inner join "partners" on "partners"."id" = "documents"."owner_partner_id" ` +
  `where "documents"."project_id" = $1 and "documents"."deleted_at" is null ` +
  `and documents.search_vector @@ websearch_to_tsquery('simple', $2)`;

/**
 * The statements behind `documents.search` for a lead coordinator (who sees every document),
 * as Kysely compiles them: the count and the ranked page in parallel, then the snippets of
 * the page. Keep in step with packages/api/src/documents/search.ts (searchDocuments) and
 * queries.ts (visibleQuery, documentColumns).
 */
export const SEARCH_SQL = {
  count: `select count(*) as "total" ${FROM_VISIBLE}`,
  page:
    `select "documents"."id", "documents"."folder_id" as "folderId", "documents"."title", ` +
    `"documents"."description", "documents"."category", "documents"."language", "documents"."tags", ` +
    `"documents"."owner_partner_id" as "ownerPartnerId", "documents"."visibility", ` +
    `"documents"."file_name" as "fileName", "documents"."mime_type" as "mimeType", "documents"."size", ` +
    `"documents"."sha256", "documents"."version_count" as "versionCount", ` +
    `"documents"."created_at" as "createdAt", "documents"."updated_at" as "updatedAt", ` +
    `"documents"."version", "partners"."name" as "ownerPartnerName", ` +
    `ts_rank(documents.search_vector, websearch_to_tsquery('simple', $1)) as "rank" ` +
    `from "documents" inner join "partners" on "partners"."id" = "documents"."owner_partner_id" ` +
    `where "documents"."project_id" = $2 and "documents"."deleted_at" is null ` +
    `and documents.search_vector @@ websearch_to_tsquery('simple', $3) ` +
    `order by "rank" desc, "documents"."updated_at" desc limit $4 offset $5`,
  snippets: (ids: number) =>
    `select "documents"."id", ts_headline('simple',
            documents.description || ' ' || left(coalesce(v.text_content, ''), 200000),
            websearch_to_tsquery('simple', $1),
            $2) as "snippet" from "documents" inner join "document_versions" as "v" ` +
    `on "v"."document_id" = "documents"."id" and "v"."number" = "documents"."version_count" ` +
    `where "documents"."id" in (${Array.from({ length: ids }, (_, i) => `$${i + 3}`).join(", ")})`,
};

export type SearchAnswer = { total: number; ids: string[]; snippets: string[] };

/** One search, statement for statement as the service sends them (page 1). */
export async function searchStatements(
  pool: pg.Pool,
  projectId: string,
  q: string,
): Promise<SearchAnswer> {
  const [count, page] = await Promise.all([
    pool.query<{ total: string }>(SEARCH_SQL.count, [projectId, q]),
    pool.query<{ id: string }>(SEARCH_SQL.page, [q, projectId, q, PAGE_SIZE, 0]),
  ]);
  const ids = page.rows.map((r) => r.id);
  const snippets = ids.length
    ? await pool.query<{ id: string; snippet: string }>(SEARCH_SQL.snippets(ids.length), [
        q,
        HEADLINE_OPTIONS,
        ...ids,
      ])
    : { rows: [] };
  const snippetOf = new Map(snippets.rows.map((s) => [s.id, s.snippet]));
  return {
    total: Number(count.rows[0]?.total ?? 0),
    ids,
    snippets: ids.map((id) => snippetOf.get(id) ?? ""),
  };
}

/** The queries in turn, shared by all workers, like the HTTP connections cycle through them. */
export function searchOperation(projectId: string, queries: readonly string[]): SqlOperation {
  let next = 0;
  return async (pool) => {
    const q = queries[next++ % queries.length]!;
    await searchStatements(pool, projectId, q);
  };
}

type SearchBody = {
  result?: {
    data?: { json?: { total?: number; results?: Array<{ id?: string; snippet?: string }> } };
  };
};

/** What documents.search answered, in the floor's terms (throws on an unexpected shape). */
export function parseSearchBody(body: string): SearchAnswer {
  const data = (JSON.parse(body) as SearchBody).result?.data?.json;
  if (typeof data?.total !== "number" || !Array.isArray(data.results))
    throw new Error(`documents.search returned no results list: ${body.slice(0, 300)}`);
  return {
    total: data.total,
    ids: data.results.map((r) => r.id ?? ""),
    snippets: data.results.map((r) => r.snippet ?? ""),
  };
}
