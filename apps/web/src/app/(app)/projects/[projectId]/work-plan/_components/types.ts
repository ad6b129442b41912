import type { RouterOutputs } from "@consortia/api/client";

export type WorkPackage = RouterOutputs["workPackages"]["list"][number];
export type Activity = RouterOutputs["activities"]["list"][number];
export type DeliverableRow = RouterOutputs["deliverables"]["list"][number];
export type Periods = RouterOutputs["projects"]["periods"];
export type PartnerOption = { id: string; name: string };

export const partnerNames = (ids: readonly string[], partners: readonly PartnerOption[]) =>
  ids.map((id) => partners.find((p) => p.id === id)?.name ?? "unknown partner").join(", ");
