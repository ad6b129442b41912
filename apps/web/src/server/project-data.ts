import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { serverApi } from "./api";

/**
 * A project's overview, read once per request and shared by generateMetadata and the page.
 * A project the caller may not see is a 404, exactly like one that does not exist.
 */
export const projectOverview = cache(async (projectId: string) => {
  const api = await serverApi();
  return api.projects.overview({ projectId }).catch((err: unknown) => {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST"))
      notFound();
    throw err;
  });
});

export type ProjectOverview = Awaited<ReturnType<typeof projectOverview>>;
