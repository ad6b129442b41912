import type { Db } from "@consortia/db";
import { sql } from "kysely";
import { reportingPeriods } from "../shared/calendar";
import { financialReportsLink } from "./dispatch";
import type { CalendarEvent } from "./ical";

/**
 * The partners' financial report due dates for a person's calendar feed (issue 18): each
 * partner's report of each period is due on the calendar's `partnerReportDue`. A lead
 * coordinator gets every partner's (advisory partners have no budget, hence no report); a
 * partner editor or viewer its own partner's; an observer none. One statement for all the
 * person's projects.
 */
export async function financeDueEvents(
  db: Db,
  userId: string,
  appUrl: string,
): Promise<CalendarEvent[]> {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("projects", "projects.id", "m.project_id")
    .innerJoin("partners", "partners.project_id", "m.project_id")
    .select([
      "projects.id as projectId",
      "projects.acronym",
      "projects.start_date as startDate",
      "projects.end_date as endDate",
      "projects.core_phase_end as corePhaseEnd",
      "partners.id as partnerId",
      "partners.short_name as shortName",
      sql<string[]>`coalesce((select array_agg(r.period_number::text) from financial_reports r
        where r.partner_id = partners.id and r.status = 'submitted'), '{}')`.as("submitted"),
    ])
    .where("m.user_id", "=", userId)
    .where("m.is_active", "=", true)
    .where("partners.role", "<>", "advisory")
    .where((eb) =>
      eb.or([
        eb("m.role", "=", "lead_coordinator"),
        eb.and([
          eb("m.role", "in", ["partner_editor", "partner_viewer"]),
          eb("partners.id", "=", eb.ref("m.partner_id")),
        ]),
      ]),
    )
    .orderBy("projects.acronym")
    .orderBy("partners.short_name")
    .execute();
  return rows.flatMap((r) => {
    const submitted = new Set(r.submitted.map(Number));
    return reportingPeriods(r).map(
      (p): CalendarEvent => ({
        uid: `financial-report-${r.partnerId}-${p.number}@consortia`,
        date: p.partnerReportDue,
        summary: `[${r.acronym}] Financial report P${p.number} of ${r.shortName} due`,
        description: `Partner: ${r.shortName}\nReporting period ${p.number} (${p.start} to ${p.end})\nStatus: ${submitted.has(p.number) ? "Submitted" : "Not submitted"}`,
        url: `${appUrl}${financialReportsLink(r.projectId)}`,
        categories: [r.acronym],
      }),
    );
  });
}
