/**
 * The fair floor's statements: what the period report's sheets show, read with SQL written by
 * hand for the bench's partnership — each sheet's rows in one statement, the evidence of the
 * period's records in one more, the indicators' figures aggregated in the database. Day cells come back as timestamps (Dates), numbers as
 * float8, text that starts like a formula with the apostrophe every export adds.
 *
 * Parameters: $1 project, $2 period number, $3 today (as each statement needs them).
 *
 * Kept deliberately simple (six-month periods from the start date, no closure merge, no
 * entered or overridden indicator values, evidence from attachments only): the bench checks
 * the floor's workbook against the app's, cell by cell, before timing, so a drift shows.
 */

/** Text as a spreadsheet cell: a leading apostrophe on text that starts like a formula. */
const nt = (col: string) =>
  `case when ${col} ~ '^[-=+@\\t\\r]' then '''' || ${col} else ${col} end`;
/** "in_progress" → "In progress". */
const label = (col: string) =>
  `upper(left(replace(${col}, '_', ' '), 1)) || substr(replace(${col}, '_', ' '), 2)`;
/** A day as a date cell (midnight UTC). */
const dayCell = (col: string) => `(${col})::timestamp at time zone 'UTC'`;

/** The period: s–e, and the window w_e (its days that have happened by today). */
const PERIOD = `period as (
  select p.id, p.start_date as s0, $3::date as today,
         (p.start_date + make_interval(months => 6 * ($2 - 1)))::date as s,
         (p.start_date + make_interval(months => 6 * $2))::date - 1 as e,
         least((p.start_date + make_interval(months => 6 * $2))::date - 1, $3::date) as w_e,
         greatest(1, ceil((extract(year from age(p.end_date + 1, p.start_date)) * 12
                          + extract(month from age(p.end_date + 1, p.start_date))) / 6.0))::int as n
  from projects p where p.id = $1),
  starts as (select array_agg((period.s0 + make_interval(months => 6 * k))::date order by k) as days
             from period, generate_series(0, period.n - 1) k)`;

/** The period number a day counts in (null: from the start → the first); needs `starts`. */
const periodOf = (day: string) =>
  `case when ${day} is null then 1 else greatest(1, width_bucket(${day}, starts.days)) end`;

export const FLOOR_SQL = {
  summary: `with ${PERIOD}
    select ${nt("p.programme")} as programme, ${nt("p.acronym")} as acronym, ${nt("p.title")} as title,
           ${dayCell("period.s")} as s, ${dayCell("period.e")} as e,
           case when r.status = 'submitted' then 'Submitted' else 'Draft' end as status,
           coalesce(${nt("r.highlights")}, '') as highlights
    from period join projects p on p.id = period.id
    left join period_reports r on r.project_id = p.id and r.period_number = $2`,

  workPackages: `select wp.number, ${nt("wp.title")} as title, ${nt("p.short_name")} as lead,
           case a.achievement when 'fully' then 'Fully achieved' when 'partly' then 'Partly achieved'
             when 'not' then 'Not achieved' else 'Not assessed' end as achievement,
           coalesce(${nt("a.explanation")}, '') as explanation
    from work_packages wp join partners p on p.id = wp.lead_partner_id
    left join period_reports r on r.project_id = wp.project_id and r.period_number = $2
    left join period_report_work_packages a on a.work_package_id = wp.id and a.report_id = r.id
    where wp.project_id = $1 order by wp.number`,

  deliverables: `with ${PERIOD}
    select d.id, d.kind, ${nt("d.code")} as code, ${nt("d.title")} as title, wp.number as wp,
           ${nt("p.short_name")} as partner, ${dayCell("d.due_date")} as due, ${label("d.status")} as status,
           ${dayCell("approval.day")} as approved, d.target_value::float8 as target,
           d.achieved_value::float8 as achieved
    from period join deliverables d on d.project_id = period.id
    join work_packages wp on wp.id = d.work_package_id
    join partners p on p.id = d.responsible_partner_id
    left join lateral (
      select (ev.at at time zone 'UTC')::date as day from deliverable_events ev
      where ev.deliverable_id = d.id and ev.to_status = 'approved' order by ev.at desc limit 1
    ) approval on true
    where d.due_date between period.s and period.w_e or approval.day between period.s and period.w_e
    order by wp.number, d.code`,

  /** Sorted by the caller as the app sorts them (localeCompare: not the database's order). */
  outputs: `with ${PERIOD}, o as (
      select case when e.kind = 'peer_review' then 'peer_review' else 'learning_event' end as kind,
             e.id, e.title, h.short_name as partner, e.start_date as day, null::text as status
      from period join learning_events e on e.project_id = period.id and e.deleted_at is null
      join partners h on h.id = e.host_partner_id
      where e.start_date between period.s and period.w_e
      union all
      select 'good_practice', g.id, g.title, w.short_name, x.day, g.status
      from period join good_practices g on g.project_id = period.id and g.deleted_at is null
      join partners w on w.id = g.owner_partner_id
      cross join lateral (select coalesce(g.validated_on, (g.validated_at at time zone 'UTC')::date) as day) x
      where g.status in ('validated', 'published') and x.day between period.s and least(period.e, period.today)
      union all
      select 'action_plan', a.id, a.title, w.short_name, (a.finalised_at at time zone 'UTC')::date, a.status
      from period join action_plans a on a.project_id = period.id and a.deleted_at is null
      join partners w on w.id = a.partner_id
      where a.status = 'final' and (a.finalised_at at time zone 'UTC')::date between period.s and period.w_e
      union all
      select 'policy_improvement', i.id, i.title, w.short_name,
             case when i.validated_on between period.s and period.w_e then i.validated_on
                  else (i.achieved_at at time zone 'UTC')::date end, i.status
      from period join policy_improvements i on i.project_id = period.id and i.deleted_at is null
      join policy_instruments pi on pi.id = i.policy_instrument_id
      join partners w on w.id = i.partner_id
      where i.status in ('achieved', 'validated')
        and (i.validated_on between period.s and period.w_e
             or (i.achieved_at at time zone 'UTC')::date between period.s and period.w_e))
    select o.id, case o.kind when 'learning_event' then 'Learning event' when 'peer_review' then 'Peer review'
             when 'good_practice' then 'Good practice' when 'action_plan' then 'Action plan'
             else 'Policy improvement' end as kind,
           ${nt("o.title")} as title, ${nt("o.partner")} as partner, ${dayCell("o.day")} as day,
           ${label("o.status")} as status, o.kind as sort_kind, o.title as sort_title
    from o`,

  /** The documents attached to the given records ($2: their ids), in attachment order. */
  evidence: `select a.entity_id, d.id, d.title || ' (' || d.file_name || ')' as label,
           ${nt("d.title")} as title, ${nt("d.file_name")} as file_name, d.category, d.visibility,
           ${nt("o.short_name")} as owner, d.updated_at
    from attachments a join documents d on d.id = a.document_id and d.deleted_at is null
    join partners o on o.id = d.owner_partner_id
    where a.project_id = $1 and a.entity_id = any($2::uuid[])
    order by a.created_at, d.title`,

  /** Partners in report order, with their contribution for the period. */
  partners: `select p.id, ${nt("p.short_name")} as partner,
           case c.status when 'draft' then 'Draft' when 'submitted' then 'Submitted'
             when 'returned' then 'Returned for changes' else 'Not started' end as status,
           case when c.status = 'submitted' then c.submitted_at end as submitted_at,
           case when c.status = 'submitted' then ${nt("c.activities")} else '' end as activities,
           case when c.status = 'submitted' then ${nt("c.stakeholder_involvement")} else '' end as stakeholders,
           case when c.status = 'submitted' then ${nt("c.communication")} else '' end as communication,
           case when c.status = 'submitted' then ${nt("c.difficulties_deviations")} else '' end as difficulties
    from partners p
    left join report_contributions c on c.partner_id = p.id and c.period_number = $2
    where p.project_id = $1
    order by case p.role when 'lead' then 0 when 'partner' then 1 else 2 end, p.short_name, p.id`,

  indicators: `select i.id, i.computed_key, ${nt("i.code")} as code, ${nt("i.name")} as name, i.unit,
           i.target::float8 as target, i.source
    from indicators i where i.project_id = $1 and i.deleted_at is null order by i.position, i.code`,

  /** Every counted record's amount by indicator and partner: this period's, and before it. */
  indicatorFigures: `with ${PERIOD}, items as (
      select 'good_practices' as key, owner_partner_id as partner, 1::numeric as amount,
             coalesce(validated_on, (validated_at at time zone 'UTC')::date) as day
      from good_practices where project_id = $1 and deleted_at is null and status in ('validated', 'published')
      union all
      select 'learning_events', host_partner_id, 1, start_date from learning_events where project_id = $1 and deleted_at is null
      union all
      select 'peer_reviews', host_partner_id, 1, start_date from learning_events
      where project_id = $1 and deleted_at is null and kind = 'peer_review'
      union all
      select 'instruments_addressed', partner_id, 1, (created_at at time zone 'UTC')::date
      from policy_instruments where project_id = $1 and deleted_at is null
      union all
      select 'action_plans', a.partner_id, 1, (a.finalised_at at time zone 'UTC')::date
      from action_plans a join policy_instruments pi on pi.id = a.policy_instrument_id and pi.deleted_at is null
      where a.project_id = $1 and a.deleted_at is null and a.status = 'final'
      union all
      select 'instruments_improved', pi.partner_id, 1, min(i.validated_on)
      from policy_improvements i join policy_instruments pi on pi.id = i.policy_instrument_id and pi.deleted_at is null
      where i.project_id = $1 and i.deleted_at is null and i.status = 'validated' group by pi.id, pi.partner_id
      union all
      select 'funds_mobilised', i.partner_id, coalesce(i.funds_mobilised_eur, 0), i.validated_on
      from policy_improvements i join policy_instruments pi on pi.id = i.policy_instrument_id and pi.deleted_at is null
      where i.project_id = $1 and i.deleted_at is null and i.status = 'validated'
      union all
      select 'organisations', id, 1, null from partners where project_id = $1),
    placed as (select key, partner, amount, ${periodOf("day")} as n from period, starts, items
               where day is null or day <= period.today)
    select key, partner, (sum(amount) filter (where n = $2))::float8 as this,
           (sum(amount) filter (where n < $2))::float8 as before
    from placed group by key, partner`,

  /** People counted once: each person's first participation in the period, and ever. */
  people: `with ${PERIOD}, parts as (
      select coalesce('user:' || p.user_id, 'email:' || lower(trim(p.guest_email)), 'participation:' || p.id) as person,
             coalesce(p.partner_id, e.host_partner_id) as partner, e.start_date as day, p.created_at, p.id,
             ${periodOf("e.start_date")} as n
      from period cross join starts join learning_event_participants p on p.project_id = period.id
      join learning_events e on e.id = p.event_id and e.deleted_at is null
      where p.increased_capacity and e.start_date <= period.today),
    here as (select distinct on (person) person, partner from parts where n = $2
             order by person, day, created_at, id),
    ever as (select distinct on (person) person, n from parts order by person, day, created_at, id)
    select 'partner' as what, partner, count(*)::int as value from here group by partner
    union all select 'cumulative', null, count(*)::int from ever where n <= $2
    union all select 'previously', null, count(*)::int from ever where n < $2
    union all select 'participations', null, count(*)::int from parts where n = $2
    union all select 'participations cumulative', null, count(*)::int from parts where n <= $2`,
};
