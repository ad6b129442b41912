import type { RouterOutputs } from "@consortia/api/client";

export type Payments = RouterOutputs["payments"]["overview"];
export type Payment = Payments["payments"][number];
export type Transfer = Payments["transfers"][number];
export type Claim = Payments["claims"][number];
export type PartnerChoice = { id: string; shortName: string };
