import type { RouterOutputs } from "@consortia/api/client";

export type Item = RouterOutputs["expenditure"]["list"]["items"][number];
export type ContractOption = RouterOutputs["expenditure"]["contracts"]["contracts"][number];
export type CostCategory = RouterOutputs["expenditure"]["list"]["categories"][number];

/** What the item form needs to offer: the partner's report, categories, currencies, contracts. */
export type ItemContext = {
  projectId: string;
  partnerId: string;
  periodNumber: number;
  categories: CostCategory[];
  currencies: string[];
  contracts: ContractOption[];
};
