import { type Kysely, sql } from "kysely";

/**
 * Targets stored once: the indicator catalogue. Every project gets its catalogue now (it used
 * to be created on a first read), the project's copies of three targets are folded into it,
 * and the columns and the trigger that kept them in step go.
 */

// The standard catalogue as it stood when this migration was written (a migration never
// follows later changes of the seed's list).
const STANDARD = sql`(values
  (1, 'GP', 'Good practices identified (validated by the programme)', 'count', 'computed', 'good_practices'),
  (2, 'LE', 'Interregional learning events held', 'count', 'computed', 'learning_events'),
  (3, 'PR', 'Peer reviews held', 'count', 'computed', 'peer_reviews'),
  (4, 'PC', 'People with increased professional capacity', 'people', 'computed', 'people_capacity'),
  (5, 'PI', 'Policy instruments addressed', 'count', 'computed', 'instruments_addressed'),
  (6, 'AP', 'Action plans developed jointly (RCO83)', 'count', 'computed', 'action_plans'),
  (7, 'PIM', 'Policy instruments improved (RCR79)', 'count', 'computed', 'instruments_improved'),
  (8, 'OC', 'Organisations cooperating across borders (RCO87)', 'organisations', 'computed', 'organisations'),
  (9, 'PA', 'Pilot actions developed jointly (RCO84)', 'count', 'manual', null),
  (10, 'FM', 'Funds mobilised for the policy instruments (EUR)', 'eur', 'computed', 'funds_mobilised')
) as s(position, code, name, unit, source, computed_key)`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists projects_indicator_targets on projects`.execute(db);
  await sql`drop function if exists projects_sync_indicator_targets()`.execute(db);

  // Projects that never had a catalogue get the standard one, with the targets they hold.
  await sql`with created as (
      insert into indicators (project_id, code, name, unit, target, source, computed_key, position)
      select p.id, s.code, s.name, s.unit,
             case s.computed_key
               when 'good_practices' then p.good_practice_target
               when 'learning_events' then p.learning_event_target
               when 'peer_reviews' then p.peer_review_target
             end,
             s.source, s.computed_key, s.position
        from projects p cross join ${STANDARD}
       where not exists (select 1 from indicators i where i.project_id = p.id)
      returning project_id)
    insert into audit_log (project_id, actor_id, entity, entity_id, action, summary)
    select distinct project_id, null::uuid, 'indicator', null, 'create_catalogue',
           'Standard indicator catalogue created (10 indicators)'
      from created`.execute(db);

  // The trigger kept catalogue and columns equal; a catalogue missing one of these
  // computations (deleted by its lead) simply has no such target any more.
  await sql`update indicators i
       set target = case i.computed_key
                      when 'good_practices' then p.good_practice_target
                      when 'learning_events' then p.learning_event_target
                      else p.peer_review_target end,
           version = i.version + 1,
           updated_at = now()
      from projects p
     where i.project_id = p.id and i.deleted_at is null
       and i.computed_key in ('good_practices', 'learning_events', 'peer_reviews')
       and i.target is distinct from (case i.computed_key
                      when 'good_practices' then p.good_practice_target
                      when 'learning_events' then p.learning_event_target
                      else p.peer_review_target end)`.execute(db);

  await db.schema
    .alterTable("projects")
    .dropColumn("good_practice_target")
    .dropColumn("learning_event_target")
    .dropColumn("peer_review_target")
    .execute();
}

// The columns come back filled from the catalogue; the trigger that kept them in step does not
// (a database taken down this far is a development one).
// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("projects")
    .addColumn("good_practice_target", "integer", (c) =>
      c.notNull().defaultTo(20).check(sql`good_practice_target between 0 and 1000`),
    )
    .addColumn("learning_event_target", "integer", (c) =>
      c.check(sql`learning_event_target between 0 and 1000`),
    )
    .addColumn("peer_review_target", "integer", (c) =>
      c.check(sql`peer_review_target between 0 and 1000`),
    )
    .execute();
  const target = (key: string) => sql`(select least(1000, round(i.target))::int from indicators i
     where i.project_id = projects.id and i.deleted_at is null and i.computed_key = ${key})`;
  await sql`update projects set
      good_practice_target = coalesce(${target("good_practices")}, 20),
      learning_event_target = ${target("learning_events")},
      peer_review_target = ${target("peer_reviews")}`.execute(db);
}
