import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // The project's indicator catalogue (DOMAIN.md, "Indicators a project reports").
  await db.schema
    .createTable("indicators")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("code", "text", (c) => c.notNull().check(sql`code ~ '^[A-Z0-9][A-Z0-9._-]{0,15}$'`))
    .addColumn("name", "text", (c) => c.notNull().check(sql`char_length(name) between 1 and 200`))
    .addColumn("unit", "text", (c) =>
      c.notNull().check(sql`unit in ('count','people','organisations','eur')`),
    )
    .addColumn("target", sql`numeric(14,2)`, (c) => c.check(sql`target >= 0`))
    .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('computed','manual')`))
    .addColumn("computed_key", "text", (c) =>
      c.check(
        sql`computed_key in ('good_practices','learning_events','peer_reviews','people_capacity','instruments_addressed','action_plans','instruments_improved','organisations','funds_mobilised')`,
      ),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("deleted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addCheckConstraint(
      "indicators_source_key",
      sql`(source = 'computed') = (computed_key is not null)`,
    )
    .execute();
  await sql`create unique index indicators_code on indicators (project_id, code)
    where deleted_at is null`.execute(db);
  // A computation appears once in a catalogue, so its target has one home.
  await sql`create unique index indicators_computed_key on indicators (project_id, computed_key)
    where deleted_at is null and computed_key is not null`.execute(db);

  await db.schema
    .createTable("indicator_values")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("indicator_id", "uuid", (c) =>
      c.notNull().references("indicators.id").onDelete("cascade"),
    )
    .addColumn("period_number", "integer", (c) => c.notNull().check(sql`period_number >= 1`))
    .addColumn("value", sql`numeric(14,2)`, (c) => c.notNull().check(sql`value >= 0`))
    .addColumn("justification", "text", (c) =>
      c.notNull().check(sql`char_length(btrim(justification)) between 1 and 2000`),
    )
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("indicator_values_period", ["indicator_id", "period_number"])
    .execute();
  await db.schema
    .createIndex("indicator_values_project")
    .on("indicator_values")
    .column("project_id")
    .execute();

  // The project's target columns (read by the desk and the good-practice target card) stay
  // equal to the catalogue's targets of the same computations. The indicators service writes
  // both in one transaction; this trigger covers the services that write only the column.
  // It changes nothing when the values already agree, so the two writers never loop.
  await sql`create function projects_sync_indicator_targets() returns trigger language plpgsql as $$
    begin
      update indicators i
         set target = case i.computed_key
                        when 'good_practices' then new.good_practice_target
                        when 'learning_events' then new.learning_event_target
                        else new.peer_review_target end,
             version = i.version + 1,
             updated_at = now()
       where i.project_id = new.id
         and i.deleted_at is null
         and ((i.computed_key = 'good_practices'
               and i.target is distinct from new.good_practice_target)
           or (i.computed_key = 'learning_events'
               and i.target is distinct from new.learning_event_target)
           or (i.computed_key = 'peer_reviews'
               and i.target is distinct from new.peer_review_target));
      return null;
    end $$`.execute(db);
  await sql`create trigger projects_indicator_targets
    after update of good_practice_target, learning_event_target, peer_review_target on projects
    for each row execute function projects_sync_indicator_targets()`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists projects_indicator_targets on projects`.execute(db);
  await sql`drop function if exists projects_sync_indicator_targets()`.execute(db);
  await db.schema.dropTable("indicator_values").ifExists().execute();
  await db.schema.dropTable("indicators").ifExists().execute();
}
