import "server-only";
import { cache } from "react";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";

/** One document with its history, read once per request (metadata and page share it). */
export const documentById = cache(async (projectId: string, documentId: string) => {
  const api = await serverApi();
  return orNotFound(api.documents.get({ projectId, documentId }));
});

export type DocumentDetail = Awaited<ReturnType<typeof documentById>>;
