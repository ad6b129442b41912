import "server-only";
import { cache } from "react";
import { serverApi } from "./api";
import { orNotFound } from "./or-not-found";

/**
 * A project's overview, read once per request and shared by generateMetadata and the page.
 * A project the caller may not see is a 404, exactly like one that does not exist.
 */
export const projectOverview = cache(async (projectId: string) => {
  const api = await serverApi();
  return orNotFound(api.projects.overview({ projectId }));
});

export type ProjectOverview = Awaited<ReturnType<typeof projectOverview>>;
