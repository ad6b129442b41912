import { LEARNING_EVENT_KINDS, type LearningEventKind } from "@consortia/db/schema";

export type EventFilter = {
  kind?: LearningEventKind;
  host?: string;
  theme?: string;
  from?: string;
  to?: string;
  view?: "list" | "timeline";
  month?: string;
};

type Raw = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The address's filters, with anything malformed dropped rather than failing the page. */
export function readEventFilter(raw: Raw): EventFilter {
  const f: EventFilter = {};
  const kind = one(raw.kind);
  if (kind && (LEARNING_EVENT_KINDS as readonly string[]).includes(kind))
    f.kind = kind as LearningEventKind;
  const host = one(raw.host);
  if (host && UUID.test(host)) f.host = host;
  const theme = one(raw.theme);
  if (theme) f.theme = theme.toLowerCase().slice(0, 60);
  const from = one(raw.from);
  if (from && DAY.test(from)) f.from = from;
  const to = one(raw.to);
  if (to && DAY.test(to)) f.to = to;
  if (one(raw.view) === "timeline") f.view = "timeline";
  const month = one(raw.month);
  if (month && /^\d{4}-\d{2}$/.test(month)) f.month = month;
  return f;
}

export function eventFilterHref(projectId: string, f: EventFilter): string {
  const q = new URLSearchParams();
  if (f.view === "timeline") q.set("view", "timeline");
  if (f.kind) q.set("kind", f.kind);
  if (f.host) q.set("host", f.host);
  if (f.theme) q.set("theme", f.theme);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (f.month) q.set("month", f.month);
  const s = q.toString();
  return `/projects/${projectId}/learning${s ? `?${s}` : ""}`;
}
