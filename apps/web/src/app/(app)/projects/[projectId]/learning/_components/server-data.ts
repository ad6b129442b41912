import "server-only";
import { cache } from "react";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";

/** One learning event, read once per request (metadata and page share it). */
export const eventById = cache(async (projectId: string, eventId: string) => {
  const api = await serverApi();
  return orNotFound(api.learningEvents.get({ projectId, eventId }));
});
