import pg from "pg";

/**
 * The export benchmark's partnership, inserted with set-based SQL: one project (2023–2026,
 * eight reporting periods) with 10 partners and a lead coordinator, five work packages and,
 * spread over all periods, `scale` × 4,000 deliverables and outputs, 8,000 learning events
 * with 3 participants each, 4,000 validated good practices and 20,000 documents attached to
 * them as evidence (a tenth partner-private). Period 4 (2024's second half) is exported.
 */
export type ExportDataset = {
  projectId: string;
  userId: string;
  periodNumber: number;
  rows: Record<string, number>;
  seconds: number;
};

export const EXPORT_PERIOD = 4;

const statements = (n: number) => [
  `insert into projects (acronym, title, programme, description, start_date, end_date, core_phase_end)
   values ('BENCH-EXPORT', 'Bench export partnership: MedTech innovation in ten regions',
           'Interreg Europe 2021-2027', 'Generated for the export benchmark.',
           date '2023-01-01', date '2026-12-31', date '2025-12-31')`,
  `create temp table bx as select id as project_id from projects where acronym = 'BENCH-EXPORT'`,
  // The standard indicator catalogue a project is created with (admin.createProject).
  `insert into indicators (project_id, code, name, unit, target, source, computed_key, position)
   select bx.project_id, s.code, s.name, s.unit, s.target, s.source, s.computed_key, s.position
   from bx cross join (values
     (1, 'GP', 'Good practices identified', 'count', 20, 'computed', 'good_practices'),
     (2, 'LE', 'Interregional learning events held', 'count', 30, 'computed', 'learning_events'),
     (3, 'PR', 'Peer reviews held', 'count', 10, 'computed', 'peer_reviews'),
     (4, 'PC', 'People with increased professional capacity', 'people', 250, 'computed', 'people_capacity'),
     (5, 'PI', 'Policy instruments addressed', 'count', 10, 'computed', 'instruments_addressed'),
     (6, 'AP', 'Action plans developed jointly (RCO83)', 'count', 10, 'computed', 'action_plans'),
     (7, 'PIM', 'Policy instruments improved (RCR79)', 'count', 7, 'computed', 'instruments_improved'),
     (8, 'OC', 'Organisations cooperating across borders (RCO87)', 'organisations', 11, 'computed', 'organisations'),
     (9, 'PA', 'Pilot actions developed jointly (RCO84)', 'count', 2, 'manual', null),
     (10, 'FM', 'Funds mobilised for the policy instruments (EUR)', 'eur', 20000000, 'computed', 'funds_mobilised')
   ) as s(position, code, name, unit, target, source, computed_key)`,
  `insert into partners (project_id, name, short_name, country, nuts_code, region_name, type, role, city, website)
   select bx.project_id, 'Region ' || k || ' – Łódź Ωmega ř', 'R' || lpad(k::text, 2, '0'),
          (array['DK','SE','PL','CZ','EL','IT','ES','FR','DE','NL'])[k], 'NUTS' || k, 'Region ' || k,
          'regional_authority', case when k = 1 then 'lead' else 'partner' end, 'City ' || k,
          'https://region-' || k || '.example.org'
   from bx cross join generate_series(1, 10) k`,
  `create temp table bx_partners as
   select row_number() over (order by short_name)::int as k, id from partners
   where project_id = (select project_id from bx)`,
  `insert into users (email, name, password_hash) values ('bench-export@bench.example', 'Bench Export Lead', 'x')`,
  `insert into memberships (user_id, project_id, partner_id, role)
   select u.id, bx.project_id, p.id, 'lead_coordinator'
   from users u, bx, bx_partners p where u.email = 'bench-export@bench.example' and p.k = 1`,
  `insert into work_packages (project_id, number, title, lead_partner_id, start_date, end_date)
   select bx.project_id, w, 'Work package ' || w || ': exchange of experience',
          (select id from bx_partners where k = w), date '2023-01-01', date '2026-12-31'
   from bx cross join generate_series(1, 5) w`,
  // Deliverables due on a day of any of the eight periods (1,461 days), in every status.
  `insert into deliverables (project_id, work_package_id, code, title, kind, responsible_partner_id,
                             due_date, target_value, achieved_value, status, status_changed_at)
   select bx.project_id, wp.id, 'D' || (1 + g % 5) || '.' || g, '=Deliverable ' || g || ' – analýza',
          case when g % 3 = 0 then 'output' else 'deliverable' end, p.id,
          date '2023-01-01' + (g * 7919) % 1461,
          case when g % 3 = 0 then 10 end, case when g % 3 = 0 then g % 12 end,
          (array['planned','in_progress','submitted','changes_requested','approved'])[1 + g % 5], now()
   from bx cross join generate_series(1, ${4000 * n}) g
   join work_packages wp on wp.project_id = bx.project_id and wp.number = 1 + g % 5
   join bx_partners p on p.k = 1 + g % 10`,
  `insert into learning_events (project_id, kind, title, host_partner_id, start_date, end_date, city, country)
   select bx.project_id,
          (array['peer_review','study_visit','staff_exchange','interregional_workshop','stakeholder_meeting'])[1 + g % 5],
          '+Event ' || g || ' in Brno', p.id, date '2023-01-01' + (g * 104729) % 1461,
          date '2023-01-01' + (g * 104729) % 1461, 'Brno', 'CZ'
   from bx cross join generate_series(1, ${8000 * n}) g join bx_partners p on p.k = 1 + g % 10`,
  `insert into learning_event_participants (project_id, event_id, guest_name, guest_organisation, partner_id, role, increased_capacity)
   select e.project_id, e.id, 'Guest ' || i, 'Hospital', p.id, 'participant', i % 2 = 0
   from learning_events e cross join generate_series(1, 3) i
   join bx_partners p on p.k = 1 + (i + ascii(right(e.title, 1))) % 10
   where e.project_id = (select project_id from bx)`,
  `insert into good_practices (project_id, owner_partner_id, title, status, validated_on, validated_at)
   select bx.project_id, p.id, '@Practice ' || g || ': speed dating', 'validated',
          date '2023-01-01' + (g * 7907) % 1461, now()
   from bx cross join generate_series(1, ${4000 * n}) g join bx_partners p on p.k = 1 + g % 10`,
  `create temp table bx_docs as
   select gen_random_uuid() as id, g, p.id as owner
   from generate_series(1, ${20000 * n}) g join bx_partners p on p.k = 1 + g % 10`,
  `insert into documents (id, project_id, title, category, owner_partner_id, visibility, file_name, mime_type, size, sha256)
   select d.id, bx.project_id, 'Evidence ' || d.g || ' (ř ł Ω)', 'deliverable', d.owner,
          case when d.g % 10 = 0 then 'partner' else 'partnership' end, 'evidence-' || d.g || '.pdf',
          'application/pdf', 100000, md5(d.g::text) || md5(d.g::text)
   from bx_docs d, bx`,
  `insert into document_versions (document_id, project_id, number, blob_key, file_name, mime_type, size, sha256)
   select d.id, bx.project_id, 1, 'bench/' || d.g, 'evidence-' || d.g || '.pdf', 'application/pdf', 100000,
          md5(d.g::text) || md5(d.g::text)
   from bx_docs d, bx`,
  // Two documents per deliverable, one per event and one per practice, taken in turn.
  `insert into attachments (project_id, document_id, entity, entity_id)
   select r.project_id, d.id, r.entity, r.id
   from (select project_id, id, 'deliverable' as entity, row_number() over (order by id) * 2 as slot
           from deliverables where project_id = (select project_id from bx)
         union all
         select project_id, id, 'deliverable', row_number() over (order by id) * 2 + 1
           from deliverables where project_id = (select project_id from bx)
         union all
         select project_id, id, 'learning_event', ${8000 * n} + row_number() over (order by id)
           from learning_events where project_id = (select project_id from bx)
         union all
         select project_id, id, 'good_practice', ${16000 * n} + row_number() over (order by id)
           from good_practices where project_id = (select project_id from bx)) r
   join bx_docs d on d.g = 1 + (r.slot - 1) % ${20000 * n}`,
];

const COUNTED = [
  "partners",
  "deliverables",
  "learning_events",
  "learning_event_participants",
  "good_practices",
  "documents",
  "attachments",
];

export async function generateExportDataset(url: string, scale: number): Promise<ExportDataset> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    for (const statement of statements(scale)) await client.query(statement);
    const ids = await client.query<{ project_id: string; user_id: string }>(
      `select bx.project_id, u.id as user_id from bx, users u where u.email = 'bench-export@bench.example'`,
    );
    await client.query("commit");
    await client.query("vacuum analyze");
    const row = ids.rows[0];
    if (!row) throw new Error("the export partnership was not generated");
    const rows: Record<string, number> = {};
    for (const table of COUNTED) {
      const r = await client.query<{ n: string }>(
        `select count(*) as n from ${table} where project_id = $1`,
        [row.project_id],
      );
      rows[table] = Number(r.rows[0]?.n ?? 0);
    }
    return {
      projectId: row.project_id,
      userId: row.user_id,
      periodNumber: EXPORT_PERIOD,
      rows,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (err) {
    await client.query("rollback").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
