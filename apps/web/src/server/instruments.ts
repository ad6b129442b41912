import "server-only";
import { cache } from "react";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";

/** One policy instrument, read once per request (metadata and page share it). */
export const instrumentById = cache(async (projectId: string, policyInstrumentId: string) => {
  const api = await serverApi();
  return orNotFound(api.policyInstruments.get({ projectId, policyInstrumentId }));
});

/** Every policy instrument of the project, with its plan's status. */
export const instrumentList = cache(async (projectId: string) => {
  const api = await serverApi();
  return orNotFound(api.policyInstruments.list({ projectId }));
});
