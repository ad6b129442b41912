import "server-only";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectOverview } from "@/server/project-data";
import { positiveInt } from "../../_components/labels";

/** The period number of the URL, or a 404. */
export function periodParam(raw: string): number {
  const n = positiveInt(raw);
  if (n === null) notFound();
  return n;
}

/** What Next passes to a period's page. */
export type PeriodPageProps = {
  params: Promise<{ projectId: string; period: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A period page's project, its period number (or a 404) and its query. */
export async function periodPage({ params, searchParams }: PeriodPageProps) {
  const { projectId, period } = await params;
  return { projectId, periodNumber: periodParam(period), query: await searchParams };
}

/** The `generateMetadata` of a period's page: its title, then the project's acronym. */
export function periodMetadata(title: (periodNumber: number) => string) {
  return async ({ params }: Pick<PeriodPageProps, "params">): Promise<Metadata> => {
    const { projectId, period } = await params;
    const { project } = await projectOverview(projectId);
    return { title: `${title(periodParam(period))} · ${project.acronym}` };
  };
}

/**
 * A page read that answers 404 for what the caller may not see, and null where the caller
 * may not read it yet: an observer before the lead partner has submitted the report.
 */
export function orNullBeforeSubmission<T>(read: Promise<T>): Promise<T | null> {
  return orNotFound(read).catch((err: unknown) => {
    if (err instanceof TRPCError && err.code === "FORBIDDEN") return null;
    throw err;
  });
}

/**
 * A period's report as the caller may see it (live draft, or one submitted version), read
 * once per request; versions newest first. Null for an observer before the first submission.
 */
export const reportByPeriod = cache(
  async (projectId: string, periodNumber: number, version: number | null) => {
    const api = await serverApi();
    const detail = await orNullBeforeSubmission(
      api.periodReports.get({ projectId, periodNumber, ...(version ? { version } : {}) }),
    );
    if (!detail) return null;
    const versions = [...detail.meta.versions].sort((a, b) => b.number - a.number);
    return { ...detail, meta: { ...detail.meta, versions } };
  },
);
