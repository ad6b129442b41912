import { GOOD_PRACTICE_STATUSES, type GoodPracticeStatus } from "@consortia/db/schema";

export type PracticeFilter = {
  status?: GoodPracticeStatus;
  /** Validated or published: the practices that count for the indicator. */
  counted?: boolean;
  owner?: string;
  theme?: string;
};

/** The status filter's value for "validated or published". */
export const COUNTED = "counted";

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The address's filters, with anything malformed dropped rather than failing the page. */
export function readPracticeFilter(raw: Raw): PracticeFilter {
  const f: PracticeFilter = {};
  const status = one(raw.status);
  if (status && (GOOD_PRACTICE_STATUSES as readonly string[]).includes(status))
    f.status = status as GoodPracticeStatus;
  else if (status === COUNTED) f.counted = true;
  const owner = one(raw.owner);
  if (owner && UUID.test(owner)) f.owner = owner;
  const theme = one(raw.theme);
  if (theme) f.theme = theme.toLowerCase().slice(0, 60);
  return f;
}

export function practiceFilterHref(projectId: string, f: PracticeFilter): string {
  const q = new URLSearchParams();
  if (f.status) q.set("status", f.status);
  else if (f.counted) q.set("status", COUNTED);
  if (f.owner) q.set("owner", f.owner);
  if (f.theme) q.set("theme", f.theme);
  const s = q.toString();
  return `/projects/${projectId}/practices${s ? `?${s}` : ""}`;
}
