import type { Db } from "@consortia/db";
import { type KyselyPlugin, sql } from "kysely";
import { describe, expect } from "vitest";
import type { ProjectCtx } from "../shared/service-context";
import { it } from "../testing/fixture";
import { composePeriodReport } from "./compose";

/**
 * Issue 17 (export): composing a period report reads the period's records in a fixed number of
 * statements — never one per record, partner or document — so a large partnership's export
 * costs more rows, not more round trips. Project A's period 4 is September 2026 to February
 * 2027; "today" is 2026-12-07.
 */
const now = new Date("2026-12-07T12:00:00Z");

/** Counts the statements run through the returned context's database. */
function counting(ctx: ProjectCtx) {
  let statements = 0;
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => node,
    transformResult: async ({ result }) => {
      statements++;
      return result;
    },
  };
  return { ctx: { ...ctx, db: ctx.db.withPlugin(plugin) }, statements: () => statements };
}

async function composeCounted(ctx: ProjectCtx) {
  const c = counting(ctx);
  const model = await composePeriodReport(c.ctx, 4, now);
  return { model, statements: c.statements() };
}

/**
 * `n` more of every kind of record the report lists, in period 4, set-based: deliverables
 * (half approved, with the approving submission's document), learning events with two
 * participants each, validated good practices, and a document attached to each record.
 */
async function addRecords(db: Db, projectId: string, partnerId: string, n: number) {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  const tag = `b${Math.random().toString(36).slice(2, 8)}`;
  await run(sql`insert into work_packages (project_id, number, title, lead_partner_id, start_date, end_date)
    select ${projectId}, coalesce(max(number), 0) + 1, ${`WP ${tag}`}, ${partnerId}, date '2025-03-01', date '2029-02-28'
    from work_packages where project_id = ${projectId}`);
  await run(sql`insert into deliverables (project_id, work_package_id, code, title, kind, responsible_partner_id,
      due_date, target_value, status, status_changed_at)
    select ${projectId}, wp.id, ${`${tag}.`} || g, 'Deliverable ' || g,
      case when g % 2 = 0 then 'output' else 'deliverable' end, ${partnerId},
      date '2026-09-01' + g % 90, case when g % 2 = 0 then 10 end,
      case when g % 2 = 0 then 'approved' else 'planned' end, now()
    from generate_series(1, ${n}) g, work_packages wp where wp.title = ${`WP ${tag}`}`);
  await run(sql`insert into learning_events (project_id, kind, title, host_partner_id, start_date, end_date, city, country)
    select ${projectId}, case when g % 2 = 0 then 'peer_review' else 'study_visit' end, ${`Event ${tag} `} || g,
      ${partnerId}, date '2026-09-01' + g % 90, date '2026-09-01' + g % 90, 'Brno', 'CZ'
    from generate_series(1, ${n}) g`);
  await run(sql`insert into learning_event_participants (project_id, event_id, guest_name, guest_organisation, partner_id, role, increased_capacity)
    select e.project_id, e.id, 'Guest ' || i, 'Hospital', ${partnerId}, 'participant', true
    from learning_events e cross join generate_series(1, 2) i where e.title like ${`Event ${tag} %`}`);
  await run(sql`insert into good_practices (project_id, owner_partner_id, title, status, validated_on, validated_at)
    select ${projectId}, ${partnerId}, ${`Practice ${tag} `} || g, 'validated', date '2026-09-01' + g % 90, now()
    from generate_series(1, ${n}) g`);
  // One document for each record, attached to it.
  await run(sql`insert into documents (project_id, title, category, owner_partner_id, visibility, file_name, mime_type, size, sha256)
    select ${projectId}, r.title || ' evidence', 'deliverable', ${partnerId}, 'partnership', r.title || '.pdf',
      'application/pdf', 1000, md5(r.title) || md5(r.title)
    from (select title from deliverables where code like ${`${tag}.%`}
          union all select title from learning_events where title like ${`Event ${tag} %`}
          union all select title from good_practices where title like ${`Practice ${tag} %`}) r`);
  await run(sql`insert into attachments (project_id, document_id, entity, entity_id)
    select ${projectId}, d.id, r.entity, r.id
    from (select id, title, 'deliverable' as entity from deliverables where code like ${`${tag}.%`}
          union all select id, title, 'learning_event' from learning_events where title like ${`Event ${tag} %`}
          union all select id, title, 'good_practice' from good_practices where title like ${`Practice ${tag} %`}) r
    join documents d on d.project_id = ${projectId} and d.title = r.title || ' evidence'`);
  await run(sql`insert into deliverable_events (project_id, deliverable_id, transition, from_status, to_status, document_ids, at)
    select d.project_id, d.id, 'approve', 'submitted', 'approved', array[doc.id], timestamptz '2026-10-15 10:00:00Z'
    from deliverables d join documents doc on doc.project_id = d.project_id and doc.title = d.title || ' evidence'
    where d.code like ${`${tag}.%`} and d.status = 'approved'`);
}

describe("composing a period report", () => {
  it("issues as many statements for a large partnership as for a small one", async ({ h, db }) => {
    const ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
    const { projectId } = ctx.access;
    await addRecords(db, projectId, h.f.partnersA.lead, 1);
    const small = await composeCounted(ctx);
    await addRecords(db, projectId, h.f.partnersA.se, 40);
    const large = await composeCounted(ctx);

    // The larger partnership's records are in the report: 40 more of each, with evidence.
    expect(large.model.deliverables.length).toBe(small.model.deliverables.length + 40);
    expect(large.model.outputs.length).toBe(small.model.outputs.length + 80);
    expect(large.model.annexes.length).toBe(small.model.annexes.length + 120);
    const withEvidence = (m: typeof small.model) =>
      m.deliverables.filter((d) => d.evidence.length > 0).length;
    expect(withEvidence(large.model)).toBe(withEvidence(small.model) + 40);
    const participations = (m: typeof small.model) =>
      m.indicators.find((i) => i.code === "PC")?.participations?.thisPeriod;
    expect(participations(large.model)).toBe((participations(small.model) ?? 0) + 80);

    expect(small.statements).toBeGreaterThan(5);
    expect(large.statements).toBe(small.statements);
  });
});
