import "server-only";
import { cache } from "react";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";

/** One good practice, read once per request (metadata and page share it). */
export const practiceById = cache(async (projectId: string, goodPracticeId: string) => {
  const api = await serverApi();
  return orNotFound(api.goodPractices.get({ projectId, goodPracticeId }));
});
