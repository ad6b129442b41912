import { type Db, demoPartners, insertStandardCatalogue, type ProjectRole } from "@consortia/db";
import { type DocumentFixtures, documentFixtures } from "./document-fixtures";
import type { Harness } from "./harness";
import { type ImprovementFixtures, improvementFixtures } from "./improvement-fixtures";
import { type LearningFixtures, learningFixtures } from "./learning-fixtures";
import { type PolicyFixtures, policyFixtures } from "./policy-fixtures";
import { type WorkplanFixtures, workplanFixtures } from "./workplan-fixtures";

/**
 * The minimal partnership every database test starts from: one project with real dates
 * (48 months from 2025-03-01, the core phase ending a year before the end), three partners
 * and one account per kind of member. Nothing else: no work packages, deliverables, events,
 * practices or reports — a test makes the records it needs with the record factories below.
 */
export const PARTNERSHIP = {
  project: {
    acronym: "MEDTECH-S3",
    title: "Smart specialisation strategies for a stronger MedTech innovation ecosystem",
    programme: "Interreg Europe 2021-2027",
    description: "Regions share how they design and implement smart specialisation strategies.",
    start_date: "2025-03-01",
    end_date: "2029-02-28",
    core_phase_end: "2028-02-29",
  },
  /** The lead partner and two ordinary ones: the demo's rows of these keys (names, regions). */
  partners: {
    lead: "dk",
    se: "se",
    it: "it",
  },
  users: {
    admin: { email: "admin@consortia.test", name: "Ada Admin" },
    lead_coordinator: { email: "lead@consortia.test", name: "Mette Lund", partner: "lead" },
    partner_editor: { email: "anna.berg@consortia.test", name: "Anna Berg", partner: "se" },
    partner_viewer: { email: "viewer@consortia.test", name: "Luca Bianchi", partner: "it" },
    observer: { email: "observer@consortia.test", name: "Olivia Officer", partner: null },
    /** A second partner editor, of Lombardy: another partner than `partner_editor`'s. */
    editorIt: { email: "giulia.rossi@consortia.test", name: "Giulia Rossi", partner: "it" },
    /** First-level controller of Stockholm (`partner_editor`'s partner) only. */
    controller: {
      email: "controller@consortia.test",
      name: "Carl Kontroll",
      partner: null,
      controls: "se",
    },
  },
} as const;

type PartnerKey = keyof typeof PARTNERSHIP.partners;
type PersonKey = keyof typeof PARTNERSHIP.users;
const MEMBER_ROLES: Record<Exclude<PersonKey, "admin">, ProjectRole> = {
  lead_coordinator: "lead_coordinator",
  partner_editor: "partner_editor",
  partner_viewer: "partner_viewer",
  observer: "observer",
  editorIt: "partner_editor",
  controller: "controller",
};

export type Partnership = {
  project: { id: string; acronym: string; startDate: string; endDate: string };
  partners: Record<PartnerKey, string>;
  users: Record<PersonKey, { id: string; email: string }>;
};

/**
 * Writes the minimal partnership as rows (the services that create projects, partners and
 * accounts have tests of their own), with the standard indicator catalogue a project is
 * always created with.
 */
export async function createPartnership(db: Db, passwordHash: string): Promise<Partnership> {
  return db.transaction().execute(async (trx) => {
    const project = await trx
      .insertInto("projects")
      .values(PARTNERSHIP.project)
      .returning(["id", "acronym", "start_date as startDate", "end_date as endDate"])
      .executeTakeFirstOrThrow();
    const partners = {} as Record<PartnerKey, string>;
    for (const [key, demoKey] of Object.entries(PARTNERSHIP.partners) as [PartnerKey, string][]) {
      const demo = demoPartners.find((d) => d.key === demoKey);
      if (!demo) throw new Error(`no demo partner ${demoKey}`);
      const { key: _, ...p } = demo;
      const contact = Object.values(PARTNERSHIP.users).find(
        (u) => "partner" in u && u.partner === key,
      );
      partners[key] = (
        await trx
          .insertInto("partners")
          .values({
            ...p,
            project_id: project.id,
            contact_name: contact?.name ?? null,
            contact_email: contact?.email ?? null,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    }
    const users = {} as Partnership["users"];
    for (const [key, u] of Object.entries(PARTNERSHIP.users) as [
      PersonKey,
      (typeof PARTNERSHIP.users)[PersonKey],
    ][]) {
      users[key] = await trx
        .insertInto("users")
        .values({
          email: u.email,
          name: u.name,
          password_hash: passwordHash,
          is_admin: key === "admin",
        })
        .returning(["id", "email"])
        .executeTakeFirstOrThrow();
      if (key === "admin" || !("partner" in u)) continue;
      await trx
        .insertInto("memberships")
        .values({
          user_id: users[key].id,
          project_id: project.id,
          partner_id: u.partner ? partners[u.partner] : null,
          role: MEMBER_ROLES[key],
        })
        .execute();
      if ("controls" in u)
        await trx
          .insertInto("controller_assignments")
          .values({
            project_id: project.id,
            user_id: users[key].id,
            partner_id: partners[u.controls],
          })
          .execute();
    }
    // As the administrator's createProject leaves it: audited, with its indicator catalogue.
    await trx
      .insertInto("audit_log")
      .values({
        project_id: project.id,
        actor_id: users.admin.id,
        entity: "project",
        entity_id: project.id,
        action: "create",
        summary: `Project ${project.acronym} created`,
      })
      .execute();
    await insertStandardCatalogue(trx, project.id, {
      demoTargets: false,
      actorId: users.admin.id,
    });
    return { project, partners, users };
  });
}

export type RecordFactories = {
  /** Documents and folders (uploads through the real service). */
  docs: DocumentFixtures;
  /** Work packages, activities, deliverables in any status, deliverable comments. */
  workplan: WorkplanFixtures;
  /** Learning events, participants, recommendations, good practices in any status, interests. */
  learning: LearningFixtures;
  /** Policy instruments, action plans in any status, actions, plan comments. */
  policy: PolicyFixtures;
  /** Policy improvements in any status (instruments, plans and actions as rows). */
  improvements: ImprovementFixtures;
};

/** Every record factory of a harness, made once. */
export function recordFactories(h: Harness): RecordFactories {
  const docs = documentFixtures(h);
  return {
    docs,
    workplan: workplanFixtures(h.f, docs),
    learning: learningFixtures(h),
    policy: policyFixtures(h.f, docs),
    improvements: improvementFixtures(h.f, docs),
  };
}
