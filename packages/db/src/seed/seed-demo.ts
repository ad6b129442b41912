import type { Db } from "../client";
import { demoPartners, demoProject, demoUsers } from "./demo-partnership";
import { type DemoMoney, seedDemoFinance } from "./seed-finance";
import { seedDemoIndicators } from "./seed-indicators";
import { seedDemoLearning } from "./seed-learning";
import { seedDemoReports } from "./seed-reports";
import { seedDemoWorkplan } from "./seed-workplan";

export type SeedResult = { seeded: boolean; projectId: string | null };

/**
 * Loads the demo partnership in one transaction. Does nothing if any project exists, so it
 * is safe to call at every start of the embedded database. With `money` (the finance room's
 * rules, packages/api/src/finance/demo-money.ts) it loads the partnership's budgets and
 * expenditure too; callers outside the API (tests of this package) may leave it out.
 */
export async function seedDemoPartnership(
  db: Db,
  passwordHash: string,
  money?: DemoMoney,
): Promise<SeedResult> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("projects").select("id").limit(1).executeTakeFirst();
    if (existing) return { seeded: false, projectId: null };

    const project = await trx
      .insertInto("projects")
      .values(demoProject)
      .returning("id")
      .executeTakeFirstOrThrow();

    const partnerIds = new Map<string, string>();
    for (const { key, ...p } of demoPartners) {
      const contact = demoUsers.find((u) => u.partnerKey === key && u.role !== "partner_viewer");
      const row = await trx
        .insertInto("partners")
        .values({
          ...p,
          project_id: project.id,
          contact_name: contact?.name ?? null,
          contact_email: contact?.email ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      partnerIds.set(key, row.id);
    }

    for (const u of demoUsers) {
      const user = await trx
        .insertInto("users")
        .values({
          email: u.email,
          name: u.name,
          password_hash: passwordHash,
          is_admin: u.isAdmin ?? false,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (u.isAdmin) continue;
      await trx
        .insertInto("memberships")
        .values({
          user_id: user.id,
          project_id: project.id,
          partner_id: u.partnerKey ? (partnerIds.get(u.partnerKey) ?? null) : null,
          role: u.role,
        })
        .execute();
      for (const key of u.controls ?? []) {
        const partnerId = partnerIds.get(key);
        if (!partnerId) throw new Error(`demo controller of an unknown partner ${key}`);
        await trx
          .insertInto("controller_assignments")
          .values({ project_id: project.id, user_id: user.id, partner_id: partnerId })
          .execute();
      }
    }

    await seedDemoWorkplan(trx, project.id, partnerIds);
    await seedDemoLearning(trx, project.id, partnerIds);
    await seedDemoIndicators(trx, project.id);
    await seedDemoReports(trx, project.id, partnerIds);
    if (money) await seedDemoFinance(trx, project.id, partnerIds, money);
    await trx
      .insertInto("audit_log")
      .values({
        project_id: project.id,
        actor_id: null,
        entity: "project",
        entity_id: project.id,
        action: "seed",
        summary: `Demo partnership ${demoProject.acronym} loaded`,
      })
      .execute();
    return { seeded: true, projectId: project.id };
  });
}
