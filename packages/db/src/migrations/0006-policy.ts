import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("policy_instruments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("name", "text", (c) => c.notNull().check(sql`char_length(name) between 1 and 200`))
    .addColumn("instrument_type", "text", (c) =>
      c
        .notNull()
        .check(
          sql`instrument_type in ('growth_and_jobs_programme','territorial_cooperation_programme','regional_strategy','smart_specialisation_strategy','other')`,
        ),
    )
    .addColumn("managing_authority", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("territorial_level", "text", (c) =>
      c.notNull().check(sql`territorial_level in ('national','regional','local')`),
    )
    .addColumn("managed_by_partner", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("is_main", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("baseline", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("deleted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("policy_instruments_partner")
    .on("policy_instruments")
    .columns(["project_id", "partner_id"])
    .execute();
  // One main instrument per region (DOMAIN.md); others may be addressed besides it.
  await sql`create unique index policy_instruments_one_main on policy_instruments (partner_id)
    where is_main and deleted_at is null`.execute(db);

  await db.schema
    .createTable("action_plans")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("policy_instrument_id", "uuid", (c) =>
      c.notNull().references("policy_instruments.id").onDelete("restrict"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("title", "text", (c) => c.notNull().check(sql`char_length(title) between 1 and 200`))
    /** ISO 639-1 code of the language the plan is written in (e.g. "da"). */
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft','in_review','final')`),
    )
    .addColumn("general_information", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("general_information_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("policy_context", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("policy_context_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("actions_summary_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("submitted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("finalised_at", "timestamptz")
    .addColumn("finalised_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("deleted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  // One action plan per policy instrument.
  await sql`create unique index action_plans_one_per_instrument on action_plans
    (policy_instrument_id) where deleted_at is null`.execute(db);
  await db.schema
    .createIndex("action_plans_project")
    .on("action_plans")
    .columns(["project_id", "partner_id"])
    .execute();

  await db.schema
    .createTable("actions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("action_plan_id", "uuid", (c) =>
      c.notNull().references("action_plans.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull().check(sql`char_length(title) between 1 and 200`))
    .addColumn("background", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("activities", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("players", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("start_date", "date")
    .addColumn("end_date", "date")
    .addColumn("estimated_cost_eur", sql`numeric(14,2)`, (c) =>
      c.check(sql`estimated_cost_eur >= 0`),
    )
    .addColumn("funding_sources", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("planned")
        .check(sql`status in ('planned','in_progress','completed','cancelled')`),
    )
    .addColumn("summary_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      "actions_dates",
      sql`start_date is null or end_date is null or end_date >= start_date`,
    )
    .execute();
  await db.schema
    .createIndex("actions_plan")
    .on("actions")
    .columns(["action_plan_id", "position"])
    .execute();

  // What inspired an action: exactly one of a good practice, a learning event or a
  // peer-review recommendation (the learning chain's links into the action plan).
  await db.schema
    .createTable("action_inspirations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("action_id", "uuid", (c) => c.notNull().references("actions.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('good_practice','learning_event','recommendation')`),
    )
    .addColumn("good_practice_id", "uuid", (c) =>
      c.references("good_practices.id").onDelete("cascade"),
    )
    .addColumn("learning_event_id", "uuid", (c) =>
      c.references("learning_events.id").onDelete("cascade"),
    )
    .addColumn("recommendation_id", "uuid", (c) =>
      c.references("peer_review_recommendations.id").onDelete("cascade"),
    )
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint(
      "action_inspirations_one_target",
      sql`(kind = 'good_practice' and good_practice_id is not null and learning_event_id is null and recommendation_id is null)
       or (kind = 'learning_event' and learning_event_id is not null and good_practice_id is null and recommendation_id is null)
       or (kind = 'recommendation' and recommendation_id is not null and good_practice_id is null and learning_event_id is null)`,
    )
    .execute();
  await sql`create unique index action_inspirations_unique on action_inspirations
    (action_id, kind, coalesce(good_practice_id, learning_event_id, recommendation_id))`.execute(
    db,
  );
  await db.schema
    .createIndex("action_inspirations_practice")
    .on("action_inspirations")
    .column("good_practice_id")
    .execute();
  await db.schema
    .createIndex("action_inspirations_event")
    .on("action_inspirations")
    .column("learning_event_id")
    .execute();

  // Each submission of an action plan keeps an immutable snapshot of its whole content.
  await db.schema
    .createTable("action_plan_snapshots")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("action_plan_id", "uuid", (c) =>
      c.notNull().references("action_plans.id").onDelete("cascade"),
    )
    .addColumn("number", "integer", (c) => c.notNull().check(sql`number >= 1`))
    .addColumn("transition", "text", (c) =>
      c.notNull().check(sql`transition in ('submit','finalise')`),
    )
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("action_plan_snapshots_number", ["action_plan_id", "number"])
    .execute();
  await sql`create function action_plan_snapshots_immutable() returns trigger language plpgsql as $$
    begin raise exception 'action plan snapshots cannot be changed'; end $$`.execute(db);
  await sql`create trigger action_plan_snapshots_no_update before update on action_plan_snapshots
    for each row execute function action_plan_snapshots_immutable()`.execute(db);

  // Review comments, threaded, per section: 'general_information', 'policy_context',
  // 'actions' (the section as a whole) or one action (section 'action' with action_id).
  await db.schema
    .createTable("action_plan_comments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("action_plan_id", "uuid", (c) =>
      c.notNull().references("action_plans.id").onDelete("cascade"),
    )
    .addColumn("section", "text", (c) =>
      c
        .notNull()
        .check(sql`section in ('general_information','policy_context','actions','action')`),
    )
    .addColumn("action_id", "uuid", (c) => c.references("actions.id").onDelete("cascade"))
    .addColumn("parent_id", "uuid", (c) =>
      c.references("action_plan_comments.id").onDelete("cascade"),
    )
    .addColumn("author_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("resolved_at", "timestamptz")
    .addColumn("resolved_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("edited_at", "timestamptz")
    .addColumn("deleted_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint("action_plan_comments_body", sql`char_length(body) between 1 and 4000`)
    .addCheckConstraint(
      "action_plan_comments_action",
      sql`(section = 'action') = (action_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("action_plan_comments_plan")
    .on("action_plan_comments")
    .columns(["action_plan_id", "created_at"])
    .execute();

  // Monitoring: per action and reporting period (core and follow-up phase).
  await db.schema
    .createTable("action_progress")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("action_id", "uuid", (c) => c.notNull().references("actions.id").onDelete("cascade"))
    .addColumn("period_number", "integer", (c) => c.notNull().check(sql`period_number >= 1`))
    .addColumn("progress", "text", (c) =>
      c.notNull().check(sql`progress in ('not_started','on_track','delayed','completed')`),
    )
    .addColumn("percent", "integer", (c) => c.notNull().check(sql`percent between 0 and 100`))
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("action_progress_period", ["action_id", "period_number"])
    .execute();

  await db.schema
    .createTable("policy_improvements")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("policy_instrument_id", "uuid", (c) =>
      c.notNull().references("policy_instruments.id").onDelete("restrict"),
    )
    .addColumn("improvement_type", "text", (c) =>
      c
        .notNull()
        .check(
          sql`improvement_type in ('new_projects_funded','improved_management','structural_change')`,
        ),
    )
    .addColumn("title", "text", (c) => c.notNull().check(sql`char_length(title) between 1 and 200`))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("improvement_date", "date")
    .addColumn("funds_mobilised_eur", sql`numeric(14,2)`, (c) =>
      c.check(sql`funds_mobilised_eur >= 0`),
    )
    .addColumn("justification", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("expected").check(sql`status in ('expected','achieved','validated')`),
    )
    .addColumn("achieved_at", "timestamptz")
    .addColumn("achieved_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    /** The date the programme validated it, as recorded by the lead partner. */
    .addColumn("validated_on", "date")
    .addColumn("validated_at", "timestamptz")
    .addColumn("validated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("deleted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addCheckConstraint(
      "policy_improvements_validated",
      sql`(status = 'validated') = (validated_on is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("policy_improvements_project")
    .on("policy_improvements")
    .columns(["project_id", "partner_id"])
    .execute();

  await db.schema
    .createTable("policy_improvement_actions")
    .addColumn("improvement_id", "uuid", (c) =>
      c.notNull().references("policy_improvements.id").onDelete("cascade"),
    )
    .addColumn("action_id", "uuid", (c) => c.notNull().references("actions.id").onDelete("cascade"))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("policy_improvement_actions_pk", ["improvement_id", "action_id"])
    .execute();
  await db.schema
    .createIndex("policy_improvement_actions_action")
    .on("policy_improvement_actions")
    .column("action_id")
    .execute();

  await db.schema
    .createTable("policy_improvement_practices")
    .addColumn("improvement_id", "uuid", (c) =>
      c.notNull().references("policy_improvements.id").onDelete("cascade"),
    )
    .addColumn("good_practice_id", "uuid", (c) =>
      c.notNull().references("good_practices.id").onDelete("cascade"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("policy_improvement_practices_pk", [
      "improvement_id",
      "good_practice_id",
    ])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "policy_improvement_practices",
    "policy_improvement_actions",
    "policy_improvements",
    "action_progress",
    "action_plan_comments",
    "action_plan_snapshots",
    "action_inspirations",
    "actions",
    "action_plans",
    "policy_instruments",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await sql`drop function if exists action_plan_snapshots_immutable()`.execute(db);
}
