import { type Kysely, sql } from "kysely";

const id = sql`gen_random_uuid()`;
const now = sql`now()`;
const noTexts = sql`'{}'::text[]`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  // DOMAIN.md: "at least 20 good practices" is the usual programme target; projects may change it.
  await db.schema
    .alterTable("projects")
    .addColumn("good_practice_target", "integer", (c) =>
      c.notNull().defaultTo(20).check(sql`good_practice_target between 0 and 1000`),
    )
    .execute();

  await db.schema
    .createTable("learning_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('peer_review','study_visit','staff_exchange','interregional_workshop','stakeholder_meeting')`,
        ),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("host_partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("start_date", "date", (c) => c.notNull())
    .addColumn("end_date", "date", (c) => c.notNull())
    .addColumn("online", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("city", "text")
    .addColumn("country", "char(2)")
    .addColumn("themes", sql`text[]`, (c) => c.notNull().defaultTo(noTexts))
    // Free text until policy instruments exist as records (issue 5).
    .addColumn("policy_instrument", "text")
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("policy_challenge", "text")
    .addColumn("findings", "text")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("deleted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addCheckConstraint("learning_events_dates", sql`end_date >= start_date`)
    .addCheckConstraint("learning_events_title_length", sql`char_length(title) between 1 and 200`)
    .addCheckConstraint(
      "learning_events_place",
      sql`online or (city is not null and country is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("learning_events_project_start")
    .on("learning_events")
    .columns(["project_id", "start_date"])
    .execute();

  await db.schema
    .createTable("learning_event_participants")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("event_id", "uuid", (c) =>
      c.notNull().references("learning_events.id").onDelete("cascade"),
    )
    .addColumn("user_id", "uuid", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("guest_name", "text")
    .addColumn("guest_organisation", "text")
    .addColumn("partner_id", "uuid", (c) => c.references("partners.id").onDelete("restrict"))
    // Only for someone who came with no partner (an external expert); otherwise the partner's.
    .addColumn("country", "char(2)")
    .addColumn("role", "text", (c) =>
      c
        .notNull()
        .check(sql`role in ('host','peer','speaker','expert','stakeholder','participant')`),
    )
    .addColumn("increased_capacity", "boolean")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      "learning_event_participants_who",
      sql`(user_id is not null and guest_name is null and guest_organisation is null)
        or (user_id is null and guest_name is not null and guest_organisation is not null)`,
    )
    .addCheckConstraint(
      "learning_event_participants_country",
      sql`partner_id is null or country is null`,
    )
    .execute();
  await sql`create unique index learning_event_participants_user on learning_event_participants
    (event_id, user_id) where user_id is not null`.execute(db);
  await sql`create unique index learning_event_participants_guest on learning_event_participants
    (event_id, lower(guest_name), lower(guest_organisation)) where user_id is null`.execute(db);

  await db.schema
    .createTable("peer_review_recommendations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("event_id", "uuid", (c) =>
      c.notNull().references("learning_events.id").onDelete("cascade"),
    )
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open','accepted','in_progress','done','declined')`),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      "peer_review_recommendations_text",
      sql`char_length(text) between 1 and 2000`,
    )
    .execute();
  await db.schema
    .createIndex("peer_review_recommendations_event")
    .on("peer_review_recommendations")
    .columns(["event_id", "position"])
    .execute();

  await createGoodPracticeTables(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see above
async function createGoodPracticeTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("good_practices")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("owner_partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    // The programme's form, in its order (DOMAIN.md).
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("location_country", "char(2)")
    .addColumn("location_region", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("location_city", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("main_institution", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("resources_needed", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("timescale", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("evidence_of_success", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("difficulties", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("potential_for_transfer", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("further_information", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("contact_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("contact_email", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("themes", sql`text[]`, (c) => c.notNull().defaultTo(noTexts))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`status in ('draft','submitted','approved','returned','validated','published')`),
    )
    .addColumn("return_comment", "text")
    .addColumn("validated_on", "date")
    // Who moved it along the workflow, and when.
    .addColumn("submitted_at", "timestamptz")
    .addColumn("submitted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("approved_at", "timestamptz")
    .addColumn("approved_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("returned_at", "timestamptz")
    .addColumn("returned_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("validated_at", "timestamptz")
    .addColumn("validated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("published_at", "timestamptz")
    .addColumn("published_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("deleted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    // The programme's 100-character limit is checked by the API (and flagged by the export);
    // the database only refuses what no form could hold.
    .addCheckConstraint("good_practices_title_length", sql`char_length(title) between 1 and 200`)
    .addCheckConstraint(
      "good_practices_validated_on",
      sql`status not in ('validated','published') or validated_on is not null`,
    )
    .execute();
  await db.schema
    .createIndex("good_practices_project_status")
    .on("good_practices")
    .columns(["project_id", "status"])
    .execute();

  await db.schema
    .createTable("good_practice_events")
    .addColumn("good_practice_id", "uuid", (c) =>
      c.notNull().references("good_practices.id").onDelete("cascade"),
    )
    .addColumn("event_id", "uuid", (c) =>
      c.notNull().references("learning_events.id").onDelete("cascade"),
    )
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("good_practice_events_pk", ["good_practice_id", "event_id"])
    .execute();
  await db.schema
    .createIndex("good_practice_events_event")
    .on("good_practice_events")
    .column("event_id")
    .execute();

  await db.schema
    .createTable("good_practice_interests")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(id))
    .addColumn("project_id", "uuid", (c) =>
      c.notNull().references("projects.id").onDelete("cascade"),
    )
    .addColumn("good_practice_id", "uuid", (c) =>
      c.notNull().references("good_practices.id").onDelete("cascade"),
    )
    .addColumn("partner_id", "uuid", (c) =>
      c.notNull().references("partners.id").onDelete("restrict"),
    )
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("good_practice_interests_partner", ["good_practice_id", "partner_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "good_practice_interests",
    "good_practice_events",
    "good_practices",
    "peer_review_recommendations",
    "learning_event_participants",
    "learning_events",
  ]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable("projects").dropColumn("good_practice_target").execute();
}
