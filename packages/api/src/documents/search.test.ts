import { sql } from "kysely";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { SEARCH_CAP } from "./search";

/**
 * A library of `count` documents in project A, all mentioning `word` in their text (1 to 5
 * times, so their ranks differ) and all but the newest `other` too, document n changed n
 * minutes ago; `titled` documents carry both words in their title, which ranks them first.
 * Set-based, with the search vector of search-vector.ts: thousands of uploads take minutes.
 */
async function library(h: Harness, word: string, other: string, count: number, titled: number[]) {
  await sql`
    with docs as (
      select gen_random_uuid() as id, n,
             case when n = any(string_to_array(${titled.join(",")}, ',')::int[]) then ${word} || ' ' || ${other} || ' report ' || n
                  else 'Report ' || n end as title,
             'notes ' || repeat(${word} || ' ', 1 + n % 5) || case when n > 1 then ${other} else '' end
               || ' end' as body
      from generate_series(1, ${count}::int) n),
    inserted as (
      insert into documents (id, project_id, title, description, category, tags,
                             owner_partner_id, visibility, file_name, mime_type, size, sha256,
                             search_vector, created_by, updated_at)
      select id, ${h.f.projectA.id}::uuid, title, '', 'other', '{}', ${h.f.partnersA.se}::uuid,
             'partnership', 'report-' || n || '.txt', 'text/plain', 100, repeat('0', 64),
             setweight(to_tsvector('simple', title), 'A') ||
             setweight(to_tsvector('simple', ' ' || 'report ' || n || ' txt'), 'B') ||
             setweight(to_tsvector('simple', body), 'C'),
             ${h.f.users.lead_coordinator.id}::uuid, now() - n * interval '1 minute'
      from docs returning id)
    insert into document_versions (document_id, project_id, number, blob_key, file_name,
                                   mime_type, size, sha256, text_content)
    select d.id, ${h.f.projectA.id}::uuid, 1, 'test/' || d.id, 'report-' || d.n || '.txt',
           'text/plain', 100, repeat('0', 64), d.body
    from docs d join inserted using (id)`.execute(h.db);
  const rows = await h.db
    .selectFrom("documents")
    .select(["id", "title"])
    .where("project_id", "=", h.f.projectA.id)
    .where(sql<boolean>`search_vector @@ websearch_to_tsquery('simple', ${word})`)
    .execute();
  const byN = new Map(rows.map((r) => [Number(/\d+$/.exec(r.title)?.[0]), r.id]));
  return (n: number) => byN.get(n) ?? "";
}

/** The search as it was before the cap: every match counted and ranked (issue 17). */
async function rankedUncapped(h: Harness, q: string, page: number, pageSize = 20) {
  const query = sql`websearch_to_tsquery('simple', ${q})`;
  const base = h.db
    .selectFrom("documents")
    .where("project_id", "=", h.f.projectA.id)
    .where("deleted_at", "is", null)
    .where(sql<boolean>`search_vector @@ ${query}`);
  const { total } = await base
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select(["id", sql<number>`ts_rank(search_vector, ${query})`.as("rank")])
    .orderBy("rank", "desc")
    .orderBy("updated_at", "desc")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { total: Number(total), ids: rows.map((r) => r.id) };
}

const WORDS = { all: "quokka", other: "wombat" };
let made: Promise<(n: number) => string> | undefined;
/**
 * One library for the file: SEARCH_CAP + 1 documents match "quokka" (one more than the cap),
 * SEARCH_CAP match "wombat" (exactly the cap). The oldest carries both words in its title, as
 * do document 7 and document SEARCH_CAP.
 */
const shared = (h: Harness) => {
  made ??= library(h, WORDS.all, WORDS.other, SEARCH_CAP + 1, [7, SEARCH_CAP, SEARCH_CAP + 1]);
  return made;
};

describe("search past its count cap", () => {
  it("counts up to the cap, says there are more, and ranks the most recently changed matches", {
    timeout: 180_000,
  }, async ({ h, lead, projectId }) => {
    const doc = await shared(h);
    const word = WORDS.all;
    // The oldest match has the word in its title, but it is past the cap: the newest
    // SEARCH_CAP matches are ranked, of which document 7 (three mentions) comes first.
    const found = await lead.documents.search({ projectId, q: word });
    expect(found.total).toBe(SEARCH_CAP);
    expect(found.totalIsLowerBound).toBe(true);
    expect(found.results).toHaveLength(20);
    expect(found.results.slice(0, 2).map((r) => r.id)).toEqual([doc(7), doc(SEARCH_CAP)]);
    expect(found.results.map((r) => r.id)).not.toContain(doc(SEARCH_CAP + 1));
    expect(found.results[0]?.snippet).toContain(`\u27E6${word}\u27E7`);

    // Every ranked match has its page; past the last one, the count still says "3,000+".
    const last = await lead.documents.search({ projectId, q: word, page: SEARCH_CAP / 20 });
    expect(last.results).toHaveLength(20);
    const past = await lead.documents.search({ projectId, q: word, page: SEARCH_CAP / 20 + 1 });
    expect(past).toMatchObject({ total: SEARCH_CAP, totalIsLowerBound: true, results: [] });

    // A narrower query finds the older document.
    const narrower = await lead.documents.search({ projectId, q: `${word} ${SEARCH_CAP + 1}` });
    expect(narrower).toMatchObject({ total: 1, totalIsLowerBound: false });
    expect(narrower.results.map((r) => r.id)).toEqual([doc(SEARCH_CAP + 1)]);
  });

  it("ranks every match of a query up to the cap, as the uncapped search did", {
    timeout: 180_000,
  }, async ({ h, lead, projectId }) => {
    const doc = await shared(h);
    const word = WORDS.other;
    for (const page of [1, 2, 40]) {
      const found = await lead.documents.search({ projectId, q: word, page });
      expect({ total: found.total, ids: found.results.map((r) => r.id) }).toEqual(
        await rankedUncapped(h, word, page),
      );
      expect(found.totalIsLowerBound).toBe(false);
    }
    // All SEARCH_CAP are ranked: the oldest, titled, is among the first (equal ranks: the
    // most recently changed first).
    const first = await lead.documents.search({ projectId, q: word });
    expect(first.results.slice(0, 3).map((r) => r.id)).toEqual([
      doc(7),
      doc(SEARCH_CAP),
      doc(SEARCH_CAP + 1),
    ]);
    const past = await lead.documents.search({ projectId, q: word, page: SEARCH_CAP / 20 + 1 });
    expect(past).toMatchObject({ total: SEARCH_CAP, totalIsLowerBound: false, results: [] });
  });
});
