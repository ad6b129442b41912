import type { DocumentCategory } from "@consortia/db";
import { sql } from "kysely";
import { pageOf } from "../shared/list-query";
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
 * Full-text search over title, description, file name, tags and the text inside PDFs and
 * Office files, ranked, with highlighted snippets. Scoped by the same visibility clause as
 * every other read, so counts never reveal what the caller may not see.
 */
export async function searchDocuments(ctx: ProjectCtx, input: SearchInput) {
  const query = sql`websearch_to_tsquery('simple', ${input.q})`;
  let q = visibleQuery(ctx)
    .innerJoin("partners", "partners.id", "documents.owner_partner_id")
    .where(sql<boolean>`documents.search_vector @@ ${query}`);
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
  const { rows, ...page } = await pageOf(q, input, (q) =>
    q
      .select([
        ...documentColumns,
        "partners.name as ownerPartnerName",
        sql<number>`ts_rank(documents.search_vector, ${query})`.as("rank"),
      ])
      .orderBy("rank", "desc")
      .orderBy("documents.updated_at", "desc"),
  );
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
    ...page,
    results: rows.map((r) => ({
      ...r,
      snippet: snippetOf.get(r.id) ?? "",
      can: documentCan(ctx.access, r.ownerPartnerId),
    })),
  };
}
