import type { RouterOutputs } from "@consortia/api/client";

export type Budget = RouterOutputs["budget"]["get"];
export type BudgetOptions = RouterOutputs["budget"]["options"];
export type CategoryRule = BudgetOptions["categories"][number];
export type PartnerFinance = RouterOutputs["budget"]["partners"]["partners"][number];
export type BudgetVersions = RouterOutputs["budget"]["versions"];
export type BudgetDifference = RouterOutputs["budget"]["difference"];
