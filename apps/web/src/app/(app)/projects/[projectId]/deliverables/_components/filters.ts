import type { RouterInputs } from "@consortia/api/client";

export type DeliverableFilter = Omit<RouterInputs["deliverables"]["list"], "projectId">;
type Status = NonNullable<DeliverableFilter["status"]>[number];

export const STATUSES: readonly Status[] = [
  "planned",
  "in_progress",
  "submitted",
  "changes_requested",
  "approved",
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The list filter in the address. It takes exactly the filter objects the desk returns, so a
 * desk figure links to the records behind it; anything malformed is dropped, not an error.
 */
export function readFilter(raw: Raw): DeliverableFilter {
  const f: DeliverableFilter = {};
  const status = one(raw.status)
    .split(",")
    .filter((s): s is Status => (STATUSES as readonly string[]).includes(s));
  if (status.length) f.status = status;
  const wp = one(raw.wp);
  if (UUID.test(wp)) f.workPackageId = wp;
  const partner = one(raw.partner);
  if (UUID.test(partner)) f.responsiblePartnerId = partner;
  const kind = one(raw.kind);
  if (kind === "deliverable" || kind === "output") f.kind = kind;
  const from = one(raw.from);
  if (DAY.test(from)) f.dueFrom = from;
  const to = one(raw.to);
  if (DAY.test(to)) f.dueTo = to;
  const period = Number(one(raw.period));
  if (Number.isInteger(period) && period >= 1 && period <= 40) f.periodNumber = period;
  const ids = one(raw.ids)
    .split(",")
    .filter((id) => UUID.test(id));
  if (raw.ids !== undefined) f.ids = ids.slice(0, 500);
  return f;
}

export function filterHref(projectId: string, f: DeliverableFilter): string {
  const q = new URLSearchParams();
  if (f.status?.length) q.set("status", f.status.join(","));
  if (f.workPackageId) q.set("wp", f.workPackageId);
  if (f.responsiblePartnerId) q.set("partner", f.responsiblePartnerId);
  if (f.kind) q.set("kind", f.kind);
  if (f.dueFrom) q.set("from", f.dueFrom);
  if (f.dueTo) q.set("to", f.dueTo);
  if (f.periodNumber) q.set("period", String(f.periodNumber));
  if (f.ids) q.set("ids", f.ids.join(","));
  const s = q.toString();
  return `/projects/${projectId}/deliverables${s ? `?${s}` : ""}`;
}

export const deliverableHref = (projectId: string, id: string) =>
  `/projects/${projectId}/deliverables/${id}`;
