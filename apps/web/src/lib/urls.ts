/** The addresses of a project's pages and file routes, written once for every route. */

const project = (projectId: string) => `/projects/${projectId}`;

export function libraryUrl(projectId: string, folderId?: string | null): string {
  const base = `${project(projectId)}/documents`;
  return folderId ? `${base}?folder=${encodeURIComponent(folderId)}` : base;
}

export function documentUrl(projectId: string, documentId: string): string {
  return `${project(projectId)}/documents/${documentId}`;
}

/** The file route: the current version unless `version` is given; `inline` for previews. */
export function documentFileUrl(
  projectId: string,
  documentId: string,
  opts: { version?: number; inline?: boolean } = {},
): string {
  const qs = new URLSearchParams();
  if (opts.version !== undefined) qs.set("v", String(opts.version));
  if (opts.inline) qs.set("inline", "1");
  const query = qs.toString();
  return `/api/projects/${projectId}/documents/${documentId}/file${query ? `?${query}` : ""}`;
}

export const deliverableUrl = (projectId: string, id: string) =>
  `${project(projectId)}/deliverables/${id}`;

export const eventsUrl = (projectId: string) => `${project(projectId)}/learning`;
export const eventUrl = (projectId: string, eventId: string) =>
  `${project(projectId)}/learning/${eventId}`;

export const practicesUrl = (projectId: string) => `${project(projectId)}/practices`;
export const practiceUrl = (projectId: string, id: string) =>
  `${project(projectId)}/practices/${id}`;

export const indicatorsUrl = (projectId: string) => `${project(projectId)}/indicators`;

export const policyUrl = (projectId: string) => `${project(projectId)}/policy`;
export const regionUrl = (projectId: string, partnerId: string) =>
  `${project(projectId)}/policy/regions/${partnerId}`;
export const chainUrl = (projectId: string, q: { partner?: string; node?: string } = {}) => {
  const s = new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][]);
  return `${project(projectId)}/policy/chain${s.size ? `?${s}` : ""}`;
};

export const instrumentsUrl = (projectId: string) => `${project(projectId)}/instruments`;
export const instrumentUrl = (projectId: string, instrumentId: string) =>
  `${project(projectId)}/instruments/${instrumentId}`;

export const plansUrl = (projectId: string) => `${project(projectId)}/action-plans`;
export const planUrl = (projectId: string, planId: string) =>
  `${project(projectId)}/action-plans/${planId}`;
export const planHistoryUrl = (projectId: string, planId: string) =>
  `${planUrl(projectId, planId)}/history`;
export const planMonitoringUrl = (projectId: string, planId: string) =>
  `${planUrl(projectId, planId)}/monitoring`;
export const newPlanUrl = (projectId: string, instrumentId: string) =>
  `${plansUrl(projectId)}/new?instrument=${instrumentId}`;

export const improvementsUrl = (projectId: string) => `${project(projectId)}/improvements`;
export const improvementUrl = (projectId: string, id: string) =>
  `${project(projectId)}/improvements/${id}`;
