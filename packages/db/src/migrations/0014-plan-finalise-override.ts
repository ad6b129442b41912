import type { Kysely } from "kysely";

/**
 * An action plan finalised although it was incomplete (a part unwritten, a review comment
 * open) keeps the lead coordinator's reason for overriding the check (issue 16, item 9).
 * Cleared when the plan is reopened; the audit log keeps every one.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("action_plans")
    .addColumn("finalise_override_reason", "text")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> (STYLE.md item 5)
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("action_plans").dropColumn("finalise_override_reason").execute();
}
