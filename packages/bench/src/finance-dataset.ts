import { generateWithSql } from "./dataset-sql";

/**
 * The finance part's partnership, inserted with set-based SQL: one project (2023–2026, eight
 * reporting periods) with 10 partners (R01 the lead, in EUR; R02 in SEK, R03 in PLN), the
 * default cost categories, an approved budget (4 real-cost categories × 8 periods per
 * partner), monthly rates, two contracts per partner and 50,000 expenditure items: 10,000 in
 * R01's draft report for period 8 (the one exported and opened), 40,000 spread over the
 * submitted reports of periods 1–7 (euro amounts set, a version row each; the bench does not
 * read the snapshots' content).
 */
export type FinanceDataset = {
  projectId: string;
  userId: string;
  /** R01's partner editor: the list of expenditure with every detail. */
  editorId: string;
  /** The report with 10,000 items: R01, period 8. */
  partnerId: string;
  periodNumber: number;
  rows: Record<string, number>;
  seconds: number;
};

export const FINANCE_PERIOD = 8;
export const BIG_REPORT_ITEMS = 10_000;
export const OTHER_ITEMS = 40_000;

/** The default cost categories (in use, flat rate, its base), as a `values` list for SQL. */
export const CATEGORIES = `(values ('staff', true, null::numeric, null), ('office_admin', true, 15, 'staff'),
  ('travel', true, null, null), ('external', true, null, null), ('equipment', true, null, null),
  ('infrastructure', false, null, null)) as c(category, in_use, rate, base)`;

const statements = [
  `insert into projects (acronym, title, programme, description, start_date, end_date, core_phase_end)
   values ('BENCH-FINANCE', 'Bench finance partnership', 'Interreg Europe 2021-2027',
           'Generated for the finance benchmark.', date '2023-01-01', date '2026-12-31', date '2025-12-31')`,
  `create temp table bf as select id as project_id from projects where acronym = 'BENCH-FINANCE'`,
  `insert into partners (project_id, name, short_name, country, nuts_code, region_name, type, role, city, website)
   select bf.project_id, 'Region ' || k, 'R' || lpad(k::text, 2, '0'),
          (array['IT','SE','PL','CZ','EL','DK','ES','FR','DE','NL'])[k], 'NUTS' || k, 'Region ' || k,
          'regional_authority', case when k = 1 then 'lead' else 'partner' end, 'City ' || k,
          'https://region-' || k || '.example.org'
   from bf cross join generate_series(1, 10) k`,
  `create temp table bf_partners as
   select row_number() over (order by short_name)::int as k, id from partners
   where project_id = (select project_id from bf)`,
  `insert into users (email, name, password_hash) values
     ('bench-finance@bench.example', 'Bench Finance Lead', 'x'),
     ('bench-finance-editor@bench.example', 'Bench Finance Editor', 'x')`,
  // The lead coordinator (desk, reports), and R01's partner editor, who exports its own list.
  `insert into memberships (user_id, project_id, partner_id, role)
   select u.id, bf.project_id, p.id,
          case when u.email like 'bench-finance@%' then 'lead_coordinator' else 'partner_editor' end
   from users u, bf, bf_partners p where u.email like 'bench-finance%@bench.example' and p.k = 1`,
  `insert into finance_settings (project_id) select project_id from bf`,
  `insert into finance_categories (project_id, category, in_use, flat_rate_percent, flat_rate_base)
   select bf.project_id, c.category, c.in_use, c.rate, c.base from bf cross join ${CATEGORIES}`,
  `insert into budget_versions (project_id, number, status, approved_at)
   select project_id, 1, 'approved', now() from bf`,
  `insert into budget_lines (budget_version_id, partner_id, category, period_number, amount_cents)
   select v.id, p.id, c, n, 1000000 + p.k * 10000 + n * 100
   from budget_versions v, bf_partners p, unnest(array['staff','travel','external','equipment']) c,
        generate_series(1, 8) n
   where v.project_id = (select project_id from bf)`,
  `insert into partner_finance (partner_id, project_id, legal_status, cofinancing_percent, currency)
   select p.id, bf.project_id, 'public', 80,
          case p.k when 2 then 'SEK' when 3 then 'PLN' else 'EUR' end
   from bf, bf_partners p`,
  `insert into partner_contributions (project_id, partner_id, name, kind, amount_cents)
   select bf.project_id, p.id, 'Own funds', 'public', 2000000 from bf, bf_partners p`,
  `insert into exchange_rates (project_id, currency, month, rate)
   select bf.project_id, c, m::date, case c when 'SEK' then 11.2 else 4.3 end
   from bf, unnest(array['SEK','PLN']) c,
        generate_series(date '2023-01-01', date '2027-12-01', interval '1 month') m`,
  `insert into contracts (project_id, partner_id, name, reference, contract_date, procurement_type,
                          amount_cents, supplier_name)
   select bf.project_id, p.id, 'Contract ' || j || ' of ' || p.k, 'C-' || p.k || '-' || j,
          date '2023-03-01', 'open', 5000000, 'Supplier ' || j
   from bf, bf_partners p, generate_series(1, 2) j`,
  `insert into financial_reports (project_id, partner_id, period_number, status, latest_version,
                                  submitted_at, rate_month)
   select bf.project_id, p.id, n, case when n < 8 then 'submitted' else 'draft' end,
          case when n < 8 then 1 else 0 end,
          case when n < 8 then date '2023-01-01' + (n * 6 || ' months')::interval + interval '10 days' end,
          case when n < 8 then (date '2023-01-01' + (n * 6 || ' months')::interval)::date end
   from bf, bf_partners p, generate_series(1, 8) n`,
  `insert into financial_report_versions (report_id, project_id, number, content)
   select r.id, r.project_id, 1, '{}'::jsonb from financial_reports r
   where r.project_id = (select project_id from bf) and r.status = 'submitted'`,
  `create temp table bf_reports as
   select row_number() over (order by r.period_number, p.k)::int - 1 as i, r.id, r.partner_id,
          pf.currency, r.status, r.rate_month
   from financial_reports r join bf_partners p on p.id = r.partner_id
   join partner_finance pf on pf.partner_id = r.partner_id
   where r.project_id = (select project_id from bf) and r.status = 'submitted'`,
  // The 10,000 items of R01's period-8 draft (euros: its amounts are estimates = declared).
  `insert into expenditure_items (project_id, partner_id, report_id, category, internal_reference,
     invoice_number, invoice_date, payment_date, description, total_invoice_cents, vat_cents,
     declared_cents, currency, contract_id, staff_person, staff_role, staff_basis,
     staff_share_percent, staff_salary_cents, position)
   select bf.project_id, r.partner_id, r.id,
          (array['staff','travel','external','equipment'])[1 + s % 4],
          'R01-P8-' || s, 'INV-' || s, date '2026-07-01' + s % 150, date '2026-07-05' + s % 150,
          'Item ' || s || ' – travel to Łódź, "quoted", =SUM(A1)', 120000 + s, 20000,
          100000 + s, 'EUR',
          case when s % 4 = 2 then (select id from contracts c where c.partner_id = r.partner_id order by reference limit 1) end,
          case when s % 4 = 0 then 'Person ' || s % 7 end, case when s % 4 = 0 then 'Officer' end,
          case when s % 4 = 0 then 'part_time_fixed' end, case when s % 4 = 0 then 50 end,
          case when s % 4 = 0 then 400000 end, s
   from bf, financial_reports r, bf_partners p, generate_series(1, ${BIG_REPORT_ITEMS}) s
   where r.partner_id = p.id and p.k = 1 and r.period_number = ${FINANCE_PERIOD}`,
  `insert into expenditure_items (project_id, partner_id, report_id, category, internal_reference,
     description, declared_cents, currency, conversion_rate, eur_cents, position)
   select bf.project_id, r.partner_id, r.id, (array['staff','travel','external','equipment'])[1 + s % 4],
          'X-' || s, 'Submitted item ' || s, 50000 + s % 1000, r.currency,
          case r.currency when 'SEK' then 11.2 when 'PLN' then 4.3 else 1 end,
          round((50000 + s % 1000) / case r.currency when 'SEK' then 11.2 when 'PLN' then 4.3 else 1 end),
          s
   from bf, generate_series(0, ${OTHER_ITEMS - 1}) s
   join bf_reports r on r.i = s % (select count(*) from bf_reports)`,
  "analyze",
];

export function generateFinanceDataset(url: string): Promise<FinanceDataset> {
  return generateWithSql(url, statements, async (all) => {
    const one = async (q: string) => (await all(q))[0] ?? {};
    const ids =
      await one(`select p.project_id, p.id as partner_id, u.id as user_id, e.id as editor_id
      from partners p, users u, users e where p.short_name = 'R01'
      and u.email = 'bench-finance@bench.example' and e.email = 'bench-finance-editor@bench.example'
      and p.project_id = (select id from projects where acronym = 'BENCH-FINANCE')`);
    const rows: Record<string, number> = {};
    for (const t of ["budget_lines", "financial_reports", "expenditure_items", "exchange_rates"])
      rows[t] = Number((await one(`select count(*) as n from ${t}`)).n);
    return {
      projectId: ids.project_id ?? "",
      userId: ids.user_id ?? "",
      editorId: ids.editor_id ?? "",
      partnerId: ids.partner_id ?? "",
      periodNumber: FINANCE_PERIOD,
      rows,
    };
  });
}
