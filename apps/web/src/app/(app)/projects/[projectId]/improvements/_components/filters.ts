import {
  POLICY_IMPROVEMENT_STATUSES,
  POLICY_IMPROVEMENT_TYPES,
  type PolicyImprovementStatus,
  type PolicyImprovementType,
} from "@consortia/db/schema";

export type ImprovementFilter = {
  partner?: string;
  status?: PolicyImprovementStatus;
  type?: PolicyImprovementType;
};

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The address's filters, with anything malformed dropped rather than failing the page. */
export function readImprovementFilter(raw: Raw): ImprovementFilter {
  const f: ImprovementFilter = {};
  const partner = one(raw.partner);
  if (partner && UUID.test(partner)) f.partner = partner;
  const status = one(raw.status);
  if (status && (POLICY_IMPROVEMENT_STATUSES as readonly string[]).includes(status))
    f.status = status as PolicyImprovementStatus;
  const type = one(raw.type);
  if (type && (POLICY_IMPROVEMENT_TYPES as readonly string[]).includes(type))
    f.type = type as PolicyImprovementType;
  return f;
}

export function improvementFilterHref(projectId: string, f: ImprovementFilter): string {
  const q = new URLSearchParams();
  if (f.partner) q.set("partner", f.partner);
  if (f.status) q.set("status", f.status);
  if (f.type) q.set("type", f.type);
  const s = q.toString();
  return `/projects/${projectId}/improvements${s ? `?${s}` : ""}`;
}
