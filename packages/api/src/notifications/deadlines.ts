import type { Db, ReminderKind, UserNotificationKind } from "@consortia/db";
import type { ApiDeps } from "../context";
import { daysBetween, isoDay } from "../shared/calendar";
import { deliverableLink } from "./dispatch";
import { notify } from "./kinds";
import { mailImmediate } from "./mail";

/** Deliverables still waiting for their responsible partner (submitted ones await review). */
const OPEN = ["planned", "in_progress", "changes_requested"] as const;
const OVERDUE_DAYS = 7;
const DAY = 86_400_000;

/**
 * Which reminder is due `daysLeft` days before the deadline. Windows, not exact days, so a
 * day the job did not run is caught up the next day; only the most urgent reminder fires
 * (no 14-day reminder when three days are left). "Overdue" fires within a week of the due
 * date, so someone joining a project is not flooded with reminders about old deadlines.
 */
export function reminderFor(daysLeft: number): ReminderKind | null {
  if (daysLeft < -OVERDUE_DAYS) return null;
  if (daysLeft < 0) return "overdue";
  if (daysLeft <= 1) return "1d";
  if (daysLeft <= 7) return "7d";
  if (daysLeft <= 14) return "14d";
  return null;
}

const KIND_OF: Record<ReminderKind, UserNotificationKind> = {
  "14d": "deadline_14",
  "7d": "deadline_7",
  "1d": "deadline_1",
  overdue: "overdue",
};

function titleFor(kind: ReminderKind, acronym: string, code: string, daysLeft: number) {
  if (kind === "overdue") return `[${acronym}] ${code} is overdue`;
  if (daysLeft === 0) return `[${acronym}] ${code} is due today`;
  return `[${acronym}] ${code} is due in ${daysLeft} ${daysLeft === 1 ? "day" : "days"}`;
}

/** The responsible partner's editors and the lead coordinators, active people only. */
async function responsiblePeople(db: Db, projectId: string, partnerId: string) {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("users.id")
    .where("memberships.project_id", "=", projectId)
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .where((eb) =>
      eb.or([
        eb("memberships.role", "=", "lead_coordinator"),
        eb.and([
          eb("memberships.role", "=", "partner_editor"),
          eb("memberships.partner_id", "=", partnerId),
        ]),
      ]),
    )
    .execute();
  return [...new Set(rows.map((r) => r.id))];
}

/** Deliverables as a deadline names them: code, title and due date, project and partner. */
export function deadlinesQuery(db: Db) {
  return db
    .selectFrom("deliverables")
    .innerJoin("projects", "projects.id", "deliverables.project_id")
    .innerJoin("partners", "partners.id", "deliverables.responsible_partner_id")
    .select([
      "deliverables.id",
      "deliverables.project_id",
      "deliverables.code",
      "deliverables.title",
      "deliverables.due_date",
      "projects.acronym",
      "partners.short_name as partner",
    ]);
}

/**
 * Deadline reminders as of `now` (UTC day). Each (deliverable, person, reminder, due date) is
 * decided once in `deadline_reminders_sent`, in the same transaction as the notification;
 * people who turned the kind off are recorded too and get nothing, so a later change of
 * mind does not bring back old reminders.
 */
export async function sendDeadlineReminders(deps: ApiDeps, now: Date) {
  const today = isoDay(now);
  const horizon = isoDay(new Date(now.getTime() + 14 * DAY));
  const oldest = isoDay(new Date(now.getTime() - OVERDUE_DAYS * DAY));
  const due = await deadlinesQuery(deps.db)
    .select("deliverables.responsible_partner_id")
    .where("deliverables.status", "in", [...OPEN])
    .where("deliverables.due_date", "<=", horizon)
    .where("deliverables.due_date", ">=", oldest)
    .orderBy("deliverables.due_date")
    .execute();
  let created = 0;
  for (const d of due) {
    const daysLeft = daysBetween(today, d.due_date);
    const kind = reminderFor(daysLeft);
    if (!kind) continue;
    const people = await responsiblePeople(deps.db, d.project_id, d.responsible_partner_id);
    if (people.length === 0) continue;
    created += await deps.db.transaction().execute(async (trx) => {
      const fresh = await trx
        .insertInto("deadline_reminders_sent")
        .values(
          people.map((userId) => ({
            deliverable_id: d.id,
            user_id: userId,
            kind,
            due_date: d.due_date,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .returning("user_id")
        .execute();
      if (fresh.length === 0) return 0;
      return notify(
        trx,
        fresh.map((r) => r.user_id),
        {
          kind: KIND_OF[kind],
          projectId: d.project_id,
          title: titleFor(kind, d.acronym, d.code, daysLeft),
          body:
            kind === "overdue"
              ? `${d.code} “${d.title}” (${d.partner}) was due on ${d.due_date} and is not submitted yet.`
              : `${d.code} “${d.title}” (${d.partner}) is due on ${d.due_date}.`,
          link: deliverableLink(d.project_id, d.id),
          dedupeKey: `deadline:${d.id}:${kind}:${d.due_date}`,
        },
      );
    });
  }
  const mailed = await mailImmediate(deps, now);
  return { deliverables: due.length, created, mailed };
}
