/**
 * Reporting periods, computed from the project's dates and never stored (DOMAIN.md):
 * six months each from the start; the final one also covers three months of closure after
 * the end date. Each partner reports to its controller within two weeks of a period's end;
 * the lead partner submits the joint progress report within three months of it. The
 * mid-term review happens in semester 4. Dates are ISO days ('YYYY-MM-DD'), in UTC.
 */
export const PERIOD_MONTHS = 6;
export const CLOSURE_MONTHS = 3;
export const PARTNER_REPORT_DAYS = 14;
export const PROGRESS_REPORT_MONTHS = 3;
export const MID_TERM_SEMESTER = 4;

export type ReportingPeriod = {
  number: number;
  start: string;
  /** Last day of the period; for the final period, the last day of closure. */
  end: string;
  /** First day of the closure months (final period only). */
  closureStart: string | null;
  /** Each partner's report to its controller. */
  partnerReportDue: string;
  /** The lead partner's joint progress report to the programme. */
  progressReportDue: string;
  phase: "core" | "follow_up";
  midTermReview: boolean;
};

export type ProjectDates = { startDate: string; endDate: string; corePhaseEnd: string | null };

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (d: Date) => d.toISOString().slice(0, 10);

/** The UTC day of an instant: the desk, overdue checks and periods all count in UTC days. */
export const isoDay = (instant: Date) => toDay(instant);

export function addDays(day: string, days: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + days);
  return toDay(d);
}

/** Calendar months later, keeping the day of month where it exists (31 Aug + 6 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const d = toDate(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return toDay(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfTarget))));
}

/** Months after a period's last day: a month's last day maps to the last day (28 Feb → 31 May). */
export function monthsAfter(day: string, months: number): string {
  const next = addDays(day, 1);
  return next.endsWith("-01") ? addDays(addMonths(next, months), -1) : addMonths(day, months);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/**
 * The periods of a project. A stub shorter than three months at the end (a project whose
 * length is not a multiple of six months) joins the period before it rather than making a
 * period of its own; programmes do not ask for a report on a few weeks.
 */
export function reportingPeriods(p: ProjectDates): ReportingPeriod[] {
  if (p.endDate < p.startDate) return [];
  const spans: { start: string; end: string }[] = [];
  for (let k = 0; ; k++) {
    const start = addMonths(p.startDate, k * PERIOD_MONTHS);
    if (start > p.endDate) break;
    const end = addDays(addMonths(p.startDate, (k + 1) * PERIOD_MONTHS), -1);
    // ISO days compare as text; the last span stops at the end date.
    spans.push({ start, end: end.localeCompare(p.endDate) < 0 ? end : p.endDate });
  }
  const last = spans.at(-1);
  const previous = spans.at(-2);
  if (last && previous && addMonths(last.start, CLOSURE_MONTHS) > addDays(last.end, 1)) {
    previous.end = last.end;
    spans.pop();
  }
  return spans.map((s, i) => {
    const final = i === spans.length - 1;
    const closureStart = final ? addDays(s.end, 1) : null;
    const end = final ? monthsAfter(s.end, CLOSURE_MONTHS) : s.end;
    return {
      number: i + 1,
      start: s.start,
      end,
      closureStart,
      partnerReportDue: addDays(end, PARTNER_REPORT_DAYS),
      progressReportDue: monthsAfter(end, PROGRESS_REPORT_MONTHS),
      phase: p.corePhaseEnd && s.start > p.corePhaseEnd ? "follow_up" : "core",
      midTermReview: i + 1 === MID_TERM_SEMESTER,
    };
  });
}

/** The number of the period a day falls in, or null outside the project (closure included). */
export function periodOf(periods: readonly ReportingPeriod[], day: string): number | null {
  return periods.find((p) => p.start <= day && day <= p.end)?.number ?? null;
}

/**
 * The period a record counts in: the one its day falls in; a day before the first period
 * counts in the first and one after closure in the last, so no record is lost. A record
 * dated after `today` has not happened yet and counts nowhere. The indicators and the
 * period report's outputs place records with it, so both count a record in one period.
 */
export function periodIndex(
  periods: readonly ReportingPeriod[],
  day: string | null,
  today: string,
): number | null {
  if (periods.length === 0) return null;
  if (day === null) return 0;
  if (day > today) return null;
  const i = periods.findIndex((p) => p.start <= day && day <= p.end);
  if (i >= 0) return i;
  return day < (periods[0]?.start ?? day) ? 0 : periods.length - 1;
}

/** The last day anything can be due: the end of closure. */
export function closureEnd(periods: readonly ReportingPeriod[], p: ProjectDates): string {
  return periods.at(-1)?.end ?? p.endDate;
}

/** Where a project stands on a day: before it, in its core or follow-up phase, in the closure
 * months after its end date (still inside the final period), or over. */
export type ProjectPhase = "not_started" | "core" | "follow_up" | "closure" | "closed";

export const PHASE_LABELS: Record<ProjectPhase, string> = {
  not_started: "Not started",
  core: "Core phase",
  follow_up: "Follow-up phase",
  closure: "Closure",
  closed: "Closed",
};

export type ProjectStanding = {
  /** The reporting period the day falls in (closure included), or null outside the project. */
  currentPeriod: number | null;
  phase: ProjectPhase;
  phaseLabel: string;
};

/** The one answer to "which period and phase is the project in today?" for every page. */
export function projectStanding(
  p: ProjectDates,
  periods: readonly ReportingPeriod[],
  today: string,
): ProjectStanding {
  const currentPeriod = periodOf(periods, today);
  const phase: ProjectPhase =
    today < p.startDate
      ? "not_started"
      : today > closureEnd(periods, p)
        ? "closed"
        : today > p.endDate
          ? "closure"
          : p.corePhaseEnd && today > p.corePhaseEnd
            ? "follow_up"
            : "core";
  return { currentPeriod, phase, phaseLabel: PHASE_LABELS[phase] };
}

/** A project's dates with its periods, its last day and where it stands on `today`. */
export function scheduleOf(dates: ProjectDates, today: string) {
  const periods = reportingPeriods(dates);
  return {
    ...dates,
    periods,
    lastDay: closureEnd(periods, dates),
    ...projectStanding(dates, periods, today),
  };
}
export type ProjectSchedule = ReturnType<typeof scheduleOf>;
