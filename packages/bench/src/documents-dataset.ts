import type pg from "pg";
import {
  DESCRIPTIONS,
  FILE_TYPES,
  KINDS,
  REGIONS,
  SENTENCES,
  SYLLABLES,
  TAGS,
  TOPICS,
} from "./documents-vocabulary";

/*
 * The bench project's document library: set-based SQL on the generation transaction, not
 * uploads. Titles, descriptions and extracted text are assembled from documents-vocabulary.ts;
 * each document's text also names three made-up people or places, so a rare name is in about
 * 20 of 100,000 documents. `search_vector` is filled with the same expression as
 * packages/api/src/documents/search-vector.ts; keep the two in step.
 */

const S = SYLLABLES.length;
const pw = (v: string) =>
  `initcap(v.syl[1 + (${v}) % ${S}] || v.syl[1 + (${v}) / ${S} % ${S}] || v.syl[1 + (${v}) / ${S * S} % ${S}])`;
const name = (offset: number) => pw(`g.n::bigint * 7919 + ${offset}`);
const fill = (s: string) => `replace(replace(${s}, '{region}', x.region), '{topic}', x.topic)`;

const CREATE_TEMP = `create temp table bench_docs (
     n int primary key, id uuid not null, title text not null, description text not null,
     category text not null, language text not null, tags text[] not null,
     owner_partner_id uuid not null, visibility text not null, file_name text not null,
     mime_type text not null, size bigint not null, versions int not null, body text,
     updated_at timestamptz not null, deleted boolean not null)`;

/** $1–$8 the vocabulary, $9 the project, $10 how many, $11–$12 file types. */
const FILL_TEMP = `insert into bench_docs
   select g.n, gen_random_uuid(),
          case when x.category = 'deliverable' then 'D' || 1 + g.n % 6 || '.' || 1 + g.n % 4 || ' ' else '' end
            || x.kind || ': ' || x.topic || ' in ' || x.region || ' ' || x.year
            || case when g.n % 5 = 0 then ' (' || ${name(0)} || ')' else '' end,
          ${fill("v.descriptions[1 + g.n % cardinality(v.descriptions)]")}
            || case when g.n % 3 = 0 then ' ' || ${fill("v.descriptions[1 + g.n / 3 % cardinality(v.descriptions)]")} else '' end,
          x.category, (array['en','en','en','en','de','fr','it','es','pl'])[1 + g.n % 9],
          case g.n % 3 when 0 then array[x.tag1] when 1 then array[x.tag1, x.tag2]
               else array[x.tag1, x.tag2, x.tag3] end,
          v.partners[1 + g.n % cardinality(v.partners)],
          case when g.n % 20 = 0 then 'lead' when g.n % 7 = 0 then 'partner' else 'partnership' end,
          lower(regexp_replace(x.kind || ' ' || x.topic || ' ' || x.region || ' ' || x.year,
                               '[^A-Za-z0-9]+', '-', 'g')) || '-' || g.n || '.' || x.ext,
          -- 20 kB to 20 MB, most of them small (median about 600 kB)
          x.mime, (20000 * power(2, (g.n::bigint * 2654435761 % 1000) / 100.0))::bigint,
          1 + (g.n % 10 = 0)::int,
          case when x.ext = 'png' then null else
            (select string_agg(${fill("picked.sentence")}, ' ')
             from (select v.sentences[1 + floor(random() * cardinality(v.sentences))::int] as sentence
                   from generate_series(1, case when g.n % 250 = 0 then 150 else 4 + g.n * 37 % 17 end)
                  ) picked)
            || ' Contacts: ' || ${name(3571)} || ', ' || ${name(7142)}
            || '. Site visit to ' || ${name(10713)} || ' in ' || x.year || '.'
          end,
          now() - g.n * interval '7 minutes', g.n % 100 = 50
   from (select $1::text[] as sentences, $2::text[] as kinds, $3::text[] as categories,
                $4::text[] as topics, $5::text[] as regions, $6::text[] as syl,
                $7::text[] as descriptions, $8::text[] as tags, $11::text[] as exts,
                $12::text[] as mimes,
                (select array_agg(id order by short_name) from partners where project_id = $9::uuid) as partners) v
   cross join generate_series(1, $10::int) g(n)
   cross join lateral (
     select v.kinds[1 + g.n * 7 % cardinality(v.kinds)] as kind,
            v.categories[1 + g.n * 7 % cardinality(v.kinds)] as category,
            v.topics[1 + (g.n * 13 + g.n / 7) % cardinality(v.topics)] as topic,
            v.regions[1 + (g.n * 17 + g.n / 11) % cardinality(v.regions)] as region,
            2019 + g.n % 8 as year,
            v.tags[1 + g.n % cardinality(v.tags)] as tag1,
            v.tags[1 + (g.n + 5) % cardinality(v.tags)] as tag2,
            v.tags[1 + (g.n + 9) % cardinality(v.tags)] as tag3,
            v.exts[1 + g.n % 20] as ext, v.mimes[1 + g.n % 20] as mime
   ) x`;

/** $1 the project, $2 the creator (also of the versions). */
const INSERT_DOCUMENTS = `insert into documents (id, project_id, title, description, category, language, tags,
                          owner_partner_id, visibility, file_name, mime_type, size, sha256,
                          version_count, search_vector, created_by, created_at, updated_at,
                          deleted_at, deleted_by)
   select d.id, $1::uuid, d.title, d.description, d.category, d.language, d.tags, d.owner_partner_id,
          d.visibility, d.file_name, d.mime_type, d.size,
          encode(sha256(convert_to('bench-document-' || d.n || '-' || d.versions, 'UTF8')), 'hex'),
          d.versions,
          setweight(to_tsvector('simple', d.title), 'A') ||
          setweight(to_tsvector('simple', d.description || ' ' ||
            regexp_replace(d.file_name, '[._-]+', ' ', 'g') || ' ' || array_to_string(d.tags, ' ')), 'B') ||
          setweight(to_tsvector('simple', coalesce(d.body, '')), 'C'),
          $2::uuid, d.updated_at - (d.n % 40) * interval '1 day', d.updated_at,
          case when d.deleted then now() end, case when d.deleted then $2::uuid end
   from bench_docs d`;

const INSERT_VERSIONS = `insert into document_versions (document_id, project_id, number, blob_key, file_name, mime_type,
                                  size, sha256, note, text_content, created_by, created_at)
   select d.id, $1::uuid, k, 'projects/' || $1::text || '/bench-' || d.n || '-' || k, d.file_name, d.mime_type,
          d.size - (d.versions - k) * 1000,
          encode(sha256(convert_to('bench-document-' || d.n || '-' || k, 'UTF8')), 'hex'),
          case when k > 1 then 'Revised after the partners'' comments' else '' end,
          case when k = d.versions then d.body else left(d.body, length(d.body) * 2 / 3) end,
          $2::uuid, d.updated_at - (d.versions - k) * interval '3 days'
   from bench_docs d cross join lateral generate_series(1, d.versions) k`;

/** Adds `count` documents (and their versions) to the project, on the caller's transaction. */
export async function generateDocuments(
  client: pg.Client,
  projectId: string,
  creatorId: string,
  count: number,
): Promise<void> {
  await client.query(CREATE_TEMP);
  // random() picks the sentences: seeded, so every run generates the same texts.
  await client.query("select setseed(0.4242)");
  await client.query(FILL_TEMP, [
    SENTENCES,
    KINDS.map(([kind]) => kind),
    KINDS.map(([, category]) => category),
    TOPICS,
    REGIONS,
    SYLLABLES,
    DESCRIPTIONS,
    TAGS,
    projectId,
    count,
    FILE_TYPES.map(([ext]) => ext),
    FILE_TYPES.map(([, mime]) => mime),
  ]);
  await client.query(INSERT_DOCUMENTS, [projectId, creatorId]);
  await client.query(INSERT_VERSIONS, [projectId, creatorId]);
  await client.query("drop table bench_docs");
}
