import "server-only";
import { cache } from "react";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import type { ProjectOverview } from "@/server/project-data";
import type { FormOptions } from "./deliverable-values";

/** One deliverable, read once per request (metadata and page share it). */
export const deliverableById = cache(async (projectId: string, deliverableId: string) => {
  const api = await serverApi();
  return orNotFound(api.deliverables.get({ projectId, deliverableId }));
});

/** What the deliverable form offers: work packages, their activities, partners, periods. */
export async function formOptions(
  projectId: string,
  overview: ProjectOverview,
): Promise<FormOptions> {
  const api = await serverApi();
  const [workPackages, activities, periods] = await Promise.all([
    api.workPackages.list({ projectId }),
    api.activities.list({ projectId }),
    api.projects.periods({ projectId }),
  ]);
  return {
    partners: overview.partners.map((p) => ({ id: p.id, name: p.name })),
    workPackages: workPackages.map((w) => ({
      id: w.id,
      number: w.number,
      title: w.title,
      startDate: w.startDate,
      endDate: w.endDate,
    })),
    activities: activities.map((a) => ({
      id: a.id,
      workPackageId: a.workPackageId,
      title: a.title,
    })),
    periods,
  };
}
