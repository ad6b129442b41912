import { randomBytes } from "node:crypto";
import { hashPassword } from "@consortia/auth";
import pg from "pg";
import type { DatasetSize } from "./config";
import { generateDocuments } from "./documents-dataset";

export type BenchUser = { id: string; email: string; password: string };

export type Dataset = {
  /** The mid-sized project the bench user leads; every scenario reads this one. */
  projectId: string;
  projectPartners: number;
  projectActiveMembers: number;
  user: BenchUser;
  rows: Record<string, number>;
  seconds: number;
  /** Of which the document library. */
  documentSeconds: number;
};

const COUNTRIES = "'DE','FR','IT','ES','PL','NL','SE','AT','PT','GR','FI','CZ','SI','IE','LT'";
const PARTNER_TYPES =
  "'regional_authority','national_authority','local_authority','agency','university','business_support','other'";

/**
 * Set-based generation (INSERT … SELECT generate_series) in one transaction on one session:
 * numbered temp tables map the generated rows' UUIDs so later inserts can join on them.
 * Deterministic apart from UUIDs and timestamps.
 */
function generationSql(s: DatasetSize): string[] {
  const P = s.projects;
  const stride = Math.max(1, Math.floor(P / s.membershipsPerUser));
  return [
    `insert into projects (acronym, title, programme, description, start_date, end_date, core_phase_end)
     select 'BENCH-' || lpad(g::text, 6, '0'),
            'Bench project ' || g || ': cooperation on ' ||
              (array['innovation','low-carbon economy','mobility','cultural heritage','SME growth'])[1 + g % 5],
            'Interreg Europe 2021-2027', repeat('Generated project description. ', 10),
            date '2023-01-01' + g % 700, date '2027-01-01' + g % 700, date '2025-06-30' + g % 700
     from generate_series(1, ${P}) g`,
    `create temp table bench_projects as
     select substring(acronym from 7)::int as n, id,
            ${s.partnersPerProject - 6} + substring(acronym from 7)::int % 13 as np
     from projects where acronym like 'BENCH-%'`,
    "alter table bench_projects add primary key (n)",
    `insert into partners (project_id, name, short_name, country, nuts_code, region_name, type, role,
                           city, website)
     select bp.id, 'Partner organisation ' || bp.n || '-' || k, 'PO' || k,
            (array[${COUNTRIES}])[1 + (bp.n * 3 + k) % 15],
            'NUTS' || lpad(((bp.n + k) % 97)::text, 3, '0'), 'Region ' || (bp.n + k) % 97,
            (array[${PARTNER_TYPES}])[1 + (bp.n + k) % 7],
            case when k = 1 then 'lead' when k % 6 = 0 then 'advisory' else 'partner' end,
            'City ' || k, 'https://partner-' || bp.n || '-' || k || '.example.org'
     from bench_projects bp cross join lateral generate_series(1, bp.np) k`,
    `create temp table bench_partners as
     select bp.n, substring(pa.short_name from 3)::int as k, pa.id
     from partners pa join bench_projects bp on bp.id = pa.project_id`,
    "alter table bench_partners add primary key (n, k)",
    `insert into users (email, name, password_hash, created_at)
     select 'user' || g || '@bench.example', 'Bench User ' || g, null, now() - g * interval '1 minute'
     from generate_series(1, ${s.users}) g`,
    `create temp table bench_users as
     select split_part(substring(email from 5), '@', 1)::int as u, id
     from users where email like 'user%@bench.example'`,
    "alter table bench_users add primary key (u)",
    `insert into memberships (user_id, project_id, partner_id, role, is_active)
     select bu.id, bp.id, case when r.role = 'observer' then null else bpa.id end, r.role,
            bu.u % 23 <> 0
     from bench_users bu
     cross join generate_series(1, ${s.membershipsPerUser}) as slot(s)
     -- The users of one project (and slot) are u = c + ${P}·j: j spreads roles and partners.
     cross join lateral (select bu.u / ${P} + slot.s * 5 as j) x
     join bench_projects bp on bp.n = ((bu.u::bigint * 7919) % ${P} + (slot.s - 1) * ${stride}) % ${P} + 1
     join bench_partners bpa on bpa.n = bp.n and bpa.k = 1 + (x.j + slot.s) % bp.np
     cross join lateral (select case when x.j % 20 = 0 then 'lead_coordinator'
                                     when x.j % 10 = 1 then 'observer'
                                     when x.j % 10 in (2, 3, 4) then 'partner_viewer'
                                     else 'partner_editor' end as role) r`,
    `insert into invitations (project_id, partner_id, role, email, token_hash, expires_at,
                              accepted_at, revoked_at)
     select bp.id, bpa.id, 'partner_editor', 'invitee' || bp.n || '-' || i || '@bench.example',
            md5('bench-invitation-' || bp.n || '-' || i),
            now() + case when i % 4 = 0 then interval '-1 day' else interval '7 days' end,
            case when i % 3 = 0 then now() end, case when i % 5 = 0 then now() end
     from bench_projects bp cross join generate_series(1, ${s.invitationsPerProject}) i
     join bench_partners bpa on bpa.n = bp.n and bpa.k = 1 + i % bp.np`,
    `insert into audit_log (project_id, actor_id, at, entity, entity_id, action, summary, data)
     select bp.id, bu.id, now() - i * interval '7 minutes',
            (array['project','partner','membership','invitation'])[1 + i % 4], bp.n::text,
            (array['create','update','delete'])[1 + i % 3], 'Generated audit entry ' || i,
            jsonb_build_object('i', i, 'project', bp.n)
     from bench_projects bp cross join generate_series(1, ${s.auditPerProject}) i
     join bench_users bu on bu.u = 1 + (bp.n * 31 + i) % ${s.users}`,
    // Other people's sessions, so the per-request session lookup is not against a tiny table.
    `insert into sessions (user_id, session_version, created_at, last_seen_at, revoked_at, user_agent)
     select id, 1, now() - interval '1 day', now() - interval '1 hour',
            case when u % 3 = 0 then now() end, 'bench'
     from bench_users`,
  ];
}

/** A project whose partner count is the average, in the middle of the numbering. */
function midProjectNumber(s: DatasetSize): number {
  let n = Math.floor(s.projects / 2);
  n = n - (n % 13) + 6;
  return n > s.projects ? n - 13 : n;
}

export async function generateDataset(url: string, size: DatasetSize): Promise<Dataset> {
  const started = performance.now();
  const password = randomBytes(18).toString("base64url");
  const passwordHash = await hashPassword(password);
  const email = "bench-lead@bench.example";
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    for (const statement of generationSql(size)) await client.query(statement);
    const n = midProjectNumber(size);
    const project = await client.query<{ id: string; lead_partner: string }>(
      `select bp.id, bpa.id as lead_partner
       from bench_projects bp join bench_partners bpa on bpa.n = bp.n and bpa.k = 1
       where bp.n = $1`,
      [n],
    );
    const target = project.rows[0];
    if (!target) throw new Error(`Generated project #${n} not found`);
    const user = await client.query<{ id: string }>(
      "insert into users (email, name, password_hash) values ($1, 'Bench Lead', $2) returning id",
      [email, passwordHash],
    );
    const userId = user.rows[0]!.id;
    await client.query(
      `insert into memberships (user_id, project_id, partner_id, role)
       values ($1, $2, $3, 'lead_coordinator')`,
      [userId, target.id, target.lead_partner],
    );
    const documentsStarted = performance.now();
    await generateDocuments(client, target.id, userId, size.documents);
    const documentSeconds = (performance.now() - documentsStarted) / 1000;
    await client.query("commit");
    await client.query("vacuum analyze");

    const rows: Record<string, number> = {};
    for (const table of [
      "projects",
      "partners",
      "users",
      "memberships",
      "invitations",
      "audit_log",
      "sessions",
      "documents",
      "document_versions",
    ]) {
      const r = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
      rows[table] = Number(r.rows[0]?.n ?? 0);
    }
    const sizes = await client.query<{ partners: string; members: string }>(
      `select (select count(*) from partners where project_id = $1) as partners,
              (select count(*) from memberships where project_id = $1 and is_active) as members`,
      [target.id],
    );
    return {
      projectId: target.id,
      projectPartners: Number(sizes.rows[0]?.partners ?? 0),
      projectActiveMembers: Number(sizes.rows[0]?.members ?? 0),
      user: { id: userId, email, password },
      rows,
      seconds: (performance.now() - started) / 1000,
      documentSeconds,
    };
  } catch (err) {
    await client.query("rollback").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
