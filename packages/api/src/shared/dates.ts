/**
 * Calendar dates as people read them, in one place for mail, exports and report PDFs.
 * Always UTC: a "YYYY-MM-DD" day is the same day wherever the server runs.
 */
const SHORT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const LONG = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "YYYY-MM-DD" (or the day of an ISO timestamp) as a Date at midnight UTC. */
export const utcDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

function format(style: Intl.DateTimeFormat, value: string | Date | null): string {
  if (value === null) return "";
  const d = typeof value === "string" ? utcDay(value) : value;
  return Number.isNaN(d.getTime()) ? String(value) : style.format(d);
}

/** "3 Mar 2026": a day in a table cell or a mail subject; an empty string for none. */
export const dayShort = (value: string | Date | null) => format(SHORT, value);

/** "3 March 2026": a day in running text; an empty string for none. */
export const dayLong = (value: string | Date | null) => format(LONG, value);
