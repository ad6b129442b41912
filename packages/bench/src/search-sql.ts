import { SEARCH_CAP } from "@consortia/api";
import type pg from "pg";
import type { SqlOperation } from "./sql-load";

/** The markers `searchDocuments` puts around matched words (packages/api/src/documents/search.ts). */
const HIT_START = "\u27E6";
const HIT_END = "\u27E7";
const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
const PAGE_SIZE = 20;

/**
 * The statements behind `documents.search` for a lead coordinator (who sees every document),
 * as Kysely compiles them: the capped count and the ranked page in one statement (at most
 * SEARCH_CAP + 1 matches newest first, SEARCH_CAP of them ranked), then the snippets of the
 * page. Keep in step with packages/api/src/documents/search.ts (searchDocuments) and
 * queries.ts (visibleQuery, documentColumns).
 */
export const SEARCH_SQL = {
  page:
    `with "matches" as materialized (select "documents"."id", "documents"."updated_at", "documents"."search_vector" ` +
    `from "documents" where "documents"."project_id" = $1 and "documents"."deleted_at" is null ` +
    `and documents.search_vector @@ websearch_to_tsquery('simple', $2) ` +
    `order by "documents"."updated_at" desc, "documents"."id" desc limit $3), ` +
    `"candidates" as (select * from "matches" order by "updated_at" desc, "id" desc limit $4), ` +
    `"ranked" as (select "id", ts_rank(search_vector, websearch_to_tsquery('simple', $5)) as "rank" ` +
    `from "candidates" order by "rank" desc, "updated_at" desc, "id" desc limit $6 offset $7) ` +
    `select "documents"."id", "documents"."folder_id" as "folderId", "documents"."title", ` +
    `"documents"."description", "documents"."category", "documents"."language", "documents"."tags", ` +
    `"documents"."owner_partner_id" as "ownerPartnerId", "documents"."visibility", ` +
    `"documents"."file_name" as "fileName", "documents"."mime_type" as "mimeType", "documents"."size", ` +
    `"documents"."sha256", "documents"."version_count" as "versionCount", ` +
    `"documents"."created_at" as "createdAt", "documents"."updated_at" as "updatedAt", ` +
    `"documents"."version", "partners"."name" as "ownerPartnerName", "ranked"."rank", ` +
    `(select count(*) from matches) as "matched" ` +
    `from "ranked" inner join "documents" on "documents"."id" = "ranked"."id" ` +
    `inner join "partners" on "partners"."id" = "documents"."owner_partner_id" ` +
    `order by "ranked"."rank" desc, "documents"."updated_at" desc, "documents"."id" desc`,
  snippets: (ids: number) =>
    `select "documents"."id", ts_headline('simple',
            documents.description || ' ' || left(coalesce(v.text_content, ''), 200000),
            websearch_to_tsquery('simple', $1),
            $2) as "snippet" from "documents" inner join "document_versions" as "v" ` +
    `on "v"."document_id" = "documents"."id" and "v"."number" = "documents"."version_count" ` +
    `where "documents"."id" in (${Array.from({ length: ids }, (_, i) => `$${i + 3}`).join(", ")})`,
};

export type SearchAnswer = {
  total: number;
  totalIsLowerBound: boolean;
  ids: string[];
  snippets: string[];
};

/** One search, statement for statement as the service sends them (page 1). */
export async function searchStatements(
  pool: pg.Pool,
  projectId: string,
  q: string,
): Promise<SearchAnswer> {
  const page = await pool.query<{ id: string; matched: string }>(SEARCH_SQL.page, [
    projectId,
    q,
    SEARCH_CAP + 1,
    SEARCH_CAP,
    q,
    PAGE_SIZE,
    0,
  ]);
  const ids = page.rows.map((r) => r.id);
  // Every bench query finds something, so the first row carries the count (the service asks
  // for it separately only on a page past the last result).
  const matched = Number(page.rows[0]?.matched ?? 0);
  const snippets = ids.length
    ? await pool.query<{ id: string; snippet: string }>(SEARCH_SQL.snippets(ids.length), [
        q,
        HEADLINE_OPTIONS,
        ...ids,
      ])
    : { rows: [] };
  const snippetOf = new Map(snippets.rows.map((s) => [s.id, s.snippet]));
  return {
    total: Math.min(matched, SEARCH_CAP),
    totalIsLowerBound: matched > SEARCH_CAP,
    ids,
    snippets: ids.map((id) => snippetOf.get(id) ?? ""),
  };
}

/**
 * The queries in turn, shared by all workers, like the HTTP connections cycle through them;
 * each operation answers the kind of query it sent.
 */
export function searchOperation(
  projectId: string,
  queries: readonly { q: string; kind: string }[],
): SqlOperation {
  let next = 0;
  return async (pool) => {
    const { q, kind } = queries[next++ % queries.length]!;
    await searchStatements(pool, projectId, q);
    return kind;
  };
}

type SearchBody = {
  result?: {
    data?: {
      json?: {
        total?: number;
        totalIsLowerBound?: boolean;
        results?: Array<{ id?: string; snippet?: string }>;
      };
    };
  };
};

/** What documents.search answered, in the floor's terms (throws on an unexpected shape). */
export function parseSearchBody(body: string): SearchAnswer {
  const data = (JSON.parse(body) as SearchBody).result?.data?.json;
  if (
    typeof data?.total !== "number" ||
    typeof data.totalIsLowerBound !== "boolean" ||
    !Array.isArray(data.results)
  )
    throw new Error(`documents.search returned no results list: ${body.slice(0, 300)}`);
  return {
    total: data.total,
    totalIsLowerBound: data.totalIsLowerBound,
    ids: data.results.map((r) => r.id ?? ""),
    snippets: data.results.map((r) => r.snippet ?? ""),
  };
}
