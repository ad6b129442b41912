import "server-only";
import { cache } from "react";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import type { CheckboxOption } from "./checkbox-list";

/** One policy improvement, read once per request (metadata and page share it). */
export const improvementById = cache(async (projectId: string, improvementId: string) => {
  const api = await serverApi();
  return orNotFound(api.improvements.get({ projectId, improvementId }));
});

/** The good practices the person may link, grouped by the partner that owns them. */
export async function practiceOptions(projectId: string): Promise<CheckboxOption[]> {
  const api = await serverApi();
  const { practices } = await api.goodPractices.list({ projectId, pageSize: 200 });
  return practices
    .map((p) => ({ id: p.id, name: p.title, group: p.ownerPartnerName }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name));
}
