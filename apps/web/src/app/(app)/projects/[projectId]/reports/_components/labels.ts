import { param, readParam } from "@/lib/search-params";

export const reportsUrl = (projectId: string) => `/projects/${projectId}/reports`;

export const periodUrl = (projectId: string, period: number, version?: number | null) =>
  `${reportsUrl(projectId)}/${period}${version ? `?version=${version}` : ""}`;

export const contributionUrl = (projectId: string, period: number, partnerId: string) =>
  `${reportsUrl(projectId)}/${period}/contributions/${partnerId}`;

export const compareUrl = (projectId: string, period: number, from: number, to?: number | null) =>
  `${reportsUrl(projectId)}/${period}/compare?from=${from}${to ? `&to=${to}` : ""}`;

export const textBlocksUrl = (projectId: string, period: number, version?: number | null) =>
  `${reportsUrl(projectId)}/${period}/text-blocks${version ? `?version=${version}` : ""}`;

export const REPORT_STATUS_LABELS: Record<string, string> = {
  not_started: "Not started",
  draft: "Draft",
  submitted: "Submitted",
};

/** A positive whole number from a search parameter, or null. */
export const positiveInt = (raw: string | string[] | undefined): number | null =>
  readParam(param.int(1, 9999), raw) ?? null;
