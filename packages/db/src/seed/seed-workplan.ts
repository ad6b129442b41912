import type { Db } from "../client";
import type { DeliverableStatus, DeliverableTransition } from "../workplan-schema";
import { type DemoDeliverable, demoDeliverables } from "./demo-deliverables";
import { demoWorkPackages } from "./demo-workplan";

type Step = {
  transition: DeliverableTransition;
  to: DeliverableStatus;
  at: Date;
  by: "lead" | "partner";
};

const DAY = 86_400_000;
const at = (date: string, days: number) => new Date(Date.parse(`${date}T09:00:00Z`) + days * DAY);
/** Seeded history never runs past this day, so the demo reads like a live project. */
const LATEST = at("2026-11-16", 0);
const earlier = (a: Date, b: Date) => (a < b ? a : b);

/** The history that leads to a deliverable's seeded status. */
function history(del: DemoDeliverable, activityStart: string): Step[] {
  const created: Step = {
    transition: "create",
    to: "planned",
    at: at("2025-03-03", 0),
    by: "lead",
  };
  const startedAt = earlier(
    new Date(Math.max(at(activityStart, 1).getTime(), at(del.due, -75).getTime())),
    LATEST,
  );
  const submittedAt = earlier(at(del.due, -3), LATEST);
  const steps: Step[] = [created];
  if (del.status === "planned") return steps;
  steps.push({ transition: "start", to: "in_progress", at: startedAt, by: "partner" });
  if (del.status === "in_progress") return steps;
  steps.push({ transition: "submit", to: "submitted", at: submittedAt, by: "partner" });
  if (del.status === "changes_requested") {
    const reviewed = earlier(at(del.due, 7), LATEST);
    steps.push({
      transition: "request_changes",
      to: "changes_requested",
      at: reviewed,
      by: "lead",
    });
  }
  if (del.status === "approved")
    steps.push({ transition: "approve", to: "approved", at: at(del.due, 10), by: "lead" });
  return steps;
}

/**
 * Loads the demo work plan inside the demo seed's transaction: work packages, activities with
 * their partners, deliverables in every status with a consistent history, and two comment
 * threads. Runs only when the demo partnership itself is loaded, so it is idempotent with it.
 */
export async function seedDemoWorkplan(
  trx: Db,
  projectId: string,
  partnerIds: Map<string, string>,
): Promise<void> {
  const partner = (key: string) => {
    const id = partnerIds.get(key);
    if (!id) throw new Error(`demo work plan names an unknown partner ${key}`);
    return id;
  };
  const people = await trx
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .where("memberships.project_id", "=", projectId)
    .select(["users.id", "users.name", "memberships.role", "memberships.partner_id"])
    .execute();
  const lead = people.find((p) => p.role === "lead_coordinator");
  if (!lead) throw new Error("the demo partnership has no lead coordinator");
  const staffOf = (partnerId: string) =>
    people.find((p) => p.partner_id === partnerId && p.role === "partner_editor") ?? lead;

  const activityIds = new Map<string, { id: string; start: string }>();
  const wpIds = new Map<number, string>();
  for (const wp of demoWorkPackages) {
    const row = await trx
      .insertInto("work_packages")
      .values({
        project_id: projectId,
        number: wp.number,
        title: wp.title,
        objectives: wp.objectives,
        lead_partner_id: partner(wp.leadKey),
        start_date: wp.start,
        end_date: wp.end,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    wpIds.set(wp.number, row.id);
    for (const a of wp.activities) {
      const act = await trx
        .insertInto("activities")
        .values({
          project_id: projectId,
          work_package_id: row.id,
          title: a.title,
          description: a.description,
          start_date: a.start,
          end_date: a.end,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      activityIds.set(a.key, { id: act.id, start: a.start });
      const keys = a.partnerKeys === "all" ? [...partnerIds.keys()] : a.partnerKeys;
      await trx
        .insertInto("activity_partners")
        .values(keys.map((k) => ({ activity_id: act.id, partner_id: partner(k) })))
        .execute();
    }
  }

  const deliverableIds = new Map<string, string>();
  for (const del of demoDeliverables) {
    const activity = del.activityKey ? activityIds.get(del.activityKey) : undefined;
    const steps = history(del, activity?.start ?? "2025-03-01");
    const last = steps[steps.length - 1];
    const responsible = partner(del.responsibleKey);
    const row = await trx
      .insertInto("deliverables")
      .values({
        project_id: projectId,
        work_package_id: wpIds.get(del.wp) ?? "",
        activity_id: activity?.id ?? null,
        code: del.code,
        title: del.title,
        description: del.description,
        kind: del.kind,
        responsible_partner_id: responsible,
        due_date: del.due,
        target_value: del.target ?? null,
        achieved_value: del.achieved ?? null,
        status: del.status,
        status_changed_at: last?.at ?? new Date(),
        created_by: lead.id,
        created_at: steps[0]?.at,
        updated_at: last?.at ?? new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    deliverableIds.set(del.code, row.id);
    if (del.contributorKeys.length)
      await trx
        .insertInto("deliverable_partners")
        .values(
          del.contributorKeys.map((k) => ({ deliverable_id: row.id, partner_id: partner(k) })),
        )
        .execute();
    let from: DeliverableStatus | null = null;
    for (const s of steps) {
      await trx
        .insertInto("deliverable_events")
        .values({
          project_id: projectId,
          deliverable_id: row.id,
          transition: s.transition,
          from_status: from,
          to_status: s.to,
          actor_id: s.by === "lead" ? lead.id : staffOf(responsible).id,
          note: noteFor(s.transition, del),
          achieved_value: s.transition === "submit" ? (del.achieved ?? null) : null,
          at: s.at,
        })
        .execute();
      from = s.to;
    }
  }

  await seedComments(
    trx,
    projectId,
    deliverableIds,
    lead,
    staffOf(partner("fi")),
    staffOf(partner("es")),
  );
}

function noteFor(transition: DeliverableTransition, del: DemoDeliverable): string {
  if (transition === "request_changes") return del.changesRequested ?? "Please revise.";
  if (transition === "submit") return "Final version for the lead partner's review.";
  if (transition === "approve") return "Approved; thank you.";
  return "";
}

type Person = { id: string; name: string };

async function seedComments(
  trx: Db,
  projectId: string,
  deliverableIds: Map<string, string>,
  lead: Person,
  finland: Person,
  catalonia: Person,
) {
  const comment = async (
    code: string,
    by: Person,
    body: string,
    mentions: Person[],
    parentId: string | null,
    when: Date,
  ) =>
    (
      await trx
        .insertInto("deliverable_comments")
        .values({
          project_id: projectId,
          deliverable_id: deliverableIds.get(code) ?? "",
          parent_id: parentId,
          author_id: by.id,
          body,
          mentions: mentions.map((m) => m.id),
          created_at: when,
          updated_at: when,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const q = await comment(
    "D2.3",
    finland,
    `@${lead.name} the to-do list from the Milan visit is with the host; we add it by Friday.`,
    [lead],
    null,
    at("2026-10-08", 0),
  );
  await comment(
    "D2.3",
    lead,
    "Thanks, that is all the programme needs.",
    [],
    q,
    at("2026-10-08", 0.2),
  );
  await comment(
    "D2.4",
    lead,
    `@${catalonia.name} could you add the attendance list so participants count toward capacity?`,
    [catalonia],
    null,
    at("2026-11-02", 0),
  );
}
