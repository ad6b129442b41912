import { generateWithSql } from "./dataset-sql";
import { CATEGORIES } from "./finance-dataset";

/**
 * The control part's partnership, inserted with set-based SQL: one project (2023–2026, eight
 * reporting periods) with 30 partners (C01–C30, EUR, co-financing 60–80 %, two contribution
 * sources each), a lead coordinator and one controller assigned to every partner.
 *
 * - Periods 1–4: each partner's report submitted, its control finished with certificate 1
 *   (four cost categories, some deductions and parked amounts): 120 certificates, all included
 *   in the draft progress report of period 4, the joint claim the bench reads. The finished
 *   controls have no items: the claim reads the certificates only.
 * - Period 5: C01–C10 have a submitted report of 2,000 items each, not yet in control: the
 *   reports the bench takes into control, samples and verifies, again and again.
 */
export type ControlDataset = {
  projectId: string;
  leadId: string;
  controllerId: string;
  /** The period-5 reports of 2,000 items, in partner order. */
  reportIds: string[];
  claimPeriod: number;
  rows: Record<string, number>;
  seconds: number;
};

export const CONTROL_PARTNERS = 30;
export const CERTIFIED_PERIODS = 4;
export const CONTROL_REPORTS = 10;
export const CONTROL_ITEMS = 2_000;
const ROUND_PERIOD = CERTIFIED_PERIODS + 1;

const statements = [
  `insert into projects (acronym, title, programme, description, start_date, end_date, core_phase_end)
   values ('BENCH-CONTROL', 'Bench control partnership', 'Interreg Europe 2021-2027',
           'Generated for the control benchmark.', date '2023-01-01', date '2026-12-31', date '2025-12-31')`,
  `create temp table bc as select id as project_id from projects where acronym = 'BENCH-CONTROL'`,
  `insert into partners (project_id, name, short_name, country, nuts_code, region_name, type, role, city, website)
   select bc.project_id, 'Control region ' || k, 'C' || lpad(k::text, 2, '0'), 'IT', 'NUTS' || k,
          'Control region ' || k, 'regional_authority', case when k = 1 then 'lead' else 'partner' end,
          'City ' || k, 'https://control-' || k || '.example.org'
   from bc cross join generate_series(1, ${CONTROL_PARTNERS}) k`,
  `create temp table bc_partners as
   select row_number() over (order by short_name)::int as k, id from partners
   where project_id = (select project_id from bc)`,
  `insert into users (email, name, password_hash) values
     ('bench-control-lead@bench.example', 'Bench Control Lead', 'x'),
     ('bench-control-controller@bench.example', 'Bench Controller', 'x')`,
  // A controller is a member without a partner of its own, assigned to partners one by one.
  `insert into memberships (user_id, project_id, partner_id, role)
   select u.id, bc.project_id, case when u.email like '%-lead@%' then p.id end,
          case when u.email like '%-lead@%' then 'lead_coordinator' else 'controller' end
   from users u, bc, bc_partners p where u.email like 'bench-control-%@bench.example' and p.k = 1`,
  `insert into controller_assignments (project_id, user_id, partner_id)
   select bc.project_id, u.id, p.id from bc, bc_partners p, users u
   where u.email = 'bench-control-controller@bench.example'`,
  `insert into finance_settings (project_id) select project_id from bc`,
  `insert into finance_categories (project_id, category, in_use, flat_rate_percent, flat_rate_base)
   select bc.project_id, c.category, c.in_use, c.rate, c.base from bc cross join ${CATEGORIES}`,
  `insert into partner_finance (partner_id, project_id, legal_status, cofinancing_percent, currency)
   select p.id, bc.project_id, 'public', 60 + (p.k % 3) * 10, 'EUR' from bc, bc_partners p`,
  `insert into partner_contributions (project_id, partner_id, name, kind, amount_cents, position)
   select bc.project_id, p.id, s.name, s.kind, 1000000, s.position
   from bc, bc_partners p,
        (values ('Own funds', 'public', 0), ('Regional co-funding', 'automatic_public', 1)) s(name, kind, position)`,
  `insert into financial_reports (project_id, partner_id, period_number, status, latest_version,
                                  submitted_at, rate_month)
   select bc.project_id, p.id, n, 'submitted', 1,
          date '2023-01-01' + (n * 6 || ' months')::interval + interval '10 days',
          (date '2023-01-01' + (n * 6 || ' months')::interval)::date
   from bc, bc_partners p, generate_series(1, ${ROUND_PERIOD}) n
   where n <= ${CERTIFIED_PERIODS} or p.k <= ${CONTROL_REPORTS}`,
  `insert into financial_report_versions (report_id, project_id, number, content)
   select r.id, r.project_id, 1, '{}'::jsonb from financial_reports r
   where r.project_id = (select project_id from bc)`,
  // Periods 1–4: finished controls and their certificates (certified + deducted + parked =
  // declared per category, as the control workflow issues them).
  `insert into controls (project_id, partner_id, report_id, period_number, report_version, status,
                         sample_method, sample_seed, sample_size, sampled_at, finished_at, latest_certificate)
   select r.project_id, r.partner_id, r.id, r.period_number, 1, 'finished', 'random_share', 'bench', 10,
          r.submitted_at + interval '5 days', r.submitted_at + interval '20 days', 1
   from financial_reports r
   where r.project_id = (select project_id from bc) and r.period_number <= ${CERTIFIED_PERIODS}`,
  `create temp table bc_figures as
   select k.id as control_id, p.k, k.period_number as n, c.category, c.i,
          1000000 + p.k * 1000 + k.period_number * 100 + c.i * 10 as declared,
          case when (p.k + k.period_number + c.i) % 5 = 0 then 20000 else 0 end as deducted,
          case when (p.k + k.period_number + c.i) % 7 = 0 then 5000 else 0 end as parked
   from controls k join bc_partners p on p.id = k.partner_id,
        unnest(array['staff','travel','external','equipment']) with ordinality c(category, i)
   where k.project_id = (select project_id from bc)`,
  `insert into control_certificates (control_id, project_id, partner_id, period_number, number,
     declared_cents, deducted_cents, parked_cents, certified_cents, content, issued_at)
   select k.id, k.project_id, k.partner_id, k.period_number, 1, sum(f.declared), sum(f.deducted),
          sum(f.parked), sum(f.declared - f.deducted - f.parked),
          jsonb_build_object(
            'reportVersion', 1,
            'partner', jsonb_build_object('id', k.partner_id, 'name', 'Control region ' || min(f.k), 'currency', 'EUR'),
            'periodNumber', k.period_number,
            'categories', jsonb_agg(jsonb_build_object('category', f.category,
              'declaredCents', f.declared, 'deductedCents', f.deducted, 'parkedCents', f.parked,
              'certifiedCents', f.declared - f.deducted - f.parked) order by f.i),
            'sample', jsonb_build_object('method', 'random_share', 'seed', 'bench', 'size', '10', 'items', 200),
            'conclusion', 'Eligible as certified.',
            'controller', jsonb_build_object('id', min(u.id::text), 'name', 'Bench Controller'),
            'checklist', null, 'issuedAt', k.finished_at, 'deductions', '[]'::jsonb, 'parked', '[]'::jsonb),
          k.finished_at
   from controls k join bc_figures f on f.control_id = k.id,
        users u where u.email = 'bench-control-controller@bench.example'
   group by k.id`,
  `insert into period_reports (project_id, period_number) select project_id, ${CERTIFIED_PERIODS} from bc`,
  `insert into period_report_certificates (period_report_id, certificate_id, project_id, included)
   select r.id, c.id, r.project_id, true from period_reports r
   join control_certificates c on c.project_id = r.project_id
   where r.project_id = (select project_id from bc)`,
  // Period 5: the reports the bench takes into control, 2,000 euro items each.
  `insert into expenditure_items (project_id, partner_id, report_id, category, internal_reference,
     description, declared_cents, currency, conversion_rate, eur_cents, position)
   select r.project_id, r.partner_id, r.id, (array['staff','travel','external','equipment'])[1 + s % 4],
          'C-' || s, 'Controlled item ' || s, 40000 + s % 997, 'EUR', 1, 40000 + s % 997, s
   from financial_reports r, generate_series(1, ${CONTROL_ITEMS}) s
   where r.project_id = (select project_id from bc) and r.period_number = ${ROUND_PERIOD}`,
  "analyze",
];

export function generateControlDataset(url: string): Promise<ControlDataset> {
  return generateWithSql(url, statements, async (all) => {
    const [ids] = await all(`select p.id as project_id, l.id as lead_id, c.id as controller_id
      from projects p, users l, users c where p.acronym = 'BENCH-CONTROL'
      and l.email = 'bench-control-lead@bench.example' and c.email = 'bench-control-controller@bench.example'`);
    const reports =
      await all(`select r.id from financial_reports r join partners p on p.id = r.partner_id
      where r.project_id = '${ids?.project_id}' and r.period_number = ${ROUND_PERIOD} order by p.short_name`);
    const rows: Record<string, number> = {};
    for (const t of ["partners", "control_certificates", "expenditure_items"]) {
      const [n] = await all(
        `select count(*) as n from ${t} where project_id = '${ids?.project_id}'`,
      );
      rows[t] = Number(n?.n);
    }
    return {
      projectId: ids?.project_id ?? "",
      leadId: ids?.lead_id ?? "",
      controllerId: ids?.controller_id ?? "",
      reportIds: reports.map((r) => r.id ?? ""),
      claimPeriod: CERTIFIED_PERIODS,
      rows,
    };
  });
}
