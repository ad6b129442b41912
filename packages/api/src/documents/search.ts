import type { DocumentCategory } from "@consortia/db";
import { sql } from "kysely";
import { IMAGE_TYPES, OFFICE_TYPES, PDF_TYPES, TEXT_TYPES } from "../shared/media-types";
import type { ProjectCtx } from "../shared/service-context";
import { documentCan } from "./access";
import { documentColumns, visibleQuery } from "./queries";

export const TYPE_GROUPS = {
  pdf: PDF_TYPES,
  office: OFFICE_TYPES,
  image: IMAGE_TYPES,
  text: TEXT_TYPES,
} as const;
export type TypeGroup = keyof typeof TYPE_GROUPS;

/** Markers around matched words in snippets; the UI turns them into <mark>, never HTML. */
export const HIT_START = "\u27E6";
export const HIT_END = "\u27E7";

export type SearchInput = {
  q: string;
  ownerPartnerId?: string | undefined;
  category?: DocumentCategory | undefined;
  type?: TypeGroup | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
};

/**
 * How many matches a search counts and ranks at most. Up to this many, the count is exact and
 * every match is ranked, so the order is the plain relevance order. A broader query (a common
 * word or two that most of a large library contains) answers "3,000+" and ranks only the
 * 3,000 most recently updated of its matches: ranking them all cost seconds on a 100,000-
 * document library, and nobody reads past the first pages of such a list — a narrower query
 * finds the older ones. Large sites cap their counts likewise. 3,000 stays above what
 * specific queries (a place with a topic, a phrase, a name) match in the bench's library.
 */
export const SEARCH_CAP = 3000;

/**
 * Full-text search over title, description, file name, tags and the text inside PDFs and
 * Office files, ranked, with highlighted snippets. Scoped by the same visibility clause as
 * every other read, so counts never reveal what the caller may not see.
 *
 * One statement: `matches` takes at most SEARCH_CAP + 1 matches, newest first (the
 * documents_project_recent index serves a broad query in that order; a specific one comes
 * from the search_vector GIN index), so their count says whether there are more than the
 * cap; `candidates` keeps SEARCH_CAP of them, and only those are ranked (ts_rank, then the
 * most recently updated first). When a query matches at most SEARCH_CAP documents, the
 * candidates are all its matches and the page is exactly the fully ranked one.
 */
export async function searchDocuments(ctx: ProjectCtx, input: SearchInput) {
  const query = sql`websearch_to_tsquery('simple', ${input.q})`;
  let q = visibleQuery(ctx).where(sql<boolean>`documents.search_vector @@ ${query}`);
  if (input.ownerPartnerId) q = q.where("documents.owner_partner_id", "=", input.ownerPartnerId);
  if (input.category) q = q.where("documents.category", "=", input.category);
  if (input.type) q = q.where("documents.mime_type", "in", [...TYPE_GROUPS[input.type]]);
  if (input.from) q = q.where("documents.updated_at", ">=", new Date(`${input.from}T00:00:00Z`));
  if (input.to)
    q = q.where(
      "documents.updated_at",
      "<",
      new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 86_400_000),
    );
  const matches = ctx.db.with(
    (cte) => cte("matches").materialized(),
    () =>
      q
        .select(["documents.id", "documents.updated_at", "documents.search_vector"])
        .orderBy("documents.updated_at", "desc")
        .orderBy("documents.id", "desc")
        .limit(SEARCH_CAP + 1),
  );
  const matched = sql<string>`(select count(*) from matches)`;
  const rows = await matches
    .with("candidates", (db) =>
      db
        .selectFrom("matches")
        .selectAll()
        .orderBy("updated_at", "desc")
        .orderBy("id", "desc")
        .limit(SEARCH_CAP),
    )
    .with("ranked", (db) =>
      db
        .selectFrom("candidates")
        .select(["id", sql<number>`ts_rank(search_vector, ${query})`.as("rank")])
        .orderBy("rank", "desc")
        .orderBy("updated_at", "desc")
        .orderBy("id", "desc")
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize),
    )
    .selectFrom("ranked")
    .innerJoin("documents", "documents.id", "ranked.id")
    .innerJoin("partners", "partners.id", "documents.owner_partner_id")
    .select([
      ...documentColumns,
      "partners.name as ownerPartnerName",
      "ranked.rank",
      matched.as("matched"),
    ])
    .orderBy("ranked.rank", "desc")
    .orderBy("documents.updated_at", "desc")
    .orderBy("documents.id", "desc")
    .execute();
  // A page past the last result has no row to carry the count: ask for it alone.
  const count = rows[0]
    ? Number(rows[0].matched)
    : input.page === 1
      ? 0
      : await matches
          .selectFrom("matches")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n));
  const ids = rows.map((r) => r.id);
  const snippets = ids.length
    ? await ctx.db
        .selectFrom("documents")
        .innerJoin("document_versions as v", (j) =>
          j
            .onRef("v.document_id", "=", "documents.id")
            .onRef("v.number", "=", "documents.version_count"),
        )
        .select([
          "documents.id",
          sql<string>`ts_headline('simple',
            documents.description || ' ' || left(coalesce(v.text_content, ''), 200000),
            ${query},
            ${`StartSel=${HIT_START}, StopSel=${HIT_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`})`.as(
            "snippet",
          ),
        ])
        .where("documents.id", "in", ids)
        .execute()
    : [];
  const snippetOf = new Map(snippets.map((s) => [s.id, s.snippet]));
  return {
    /** Exact up to SEARCH_CAP; with `totalIsLowerBound`, "SEARCH_CAP or more". */
    total: Math.min(count, SEARCH_CAP),
    totalIsLowerBound: count > SEARCH_CAP,
    page: input.page,
    pageSize: input.pageSize,
    results: rows.map(({ matched: _, ...r }) => ({
      ...r,
      snippet: snippetOf.get(r.id) ?? "",
      can: documentCan(ctx.access, r.ownerPartnerId),
    })),
  };
}
