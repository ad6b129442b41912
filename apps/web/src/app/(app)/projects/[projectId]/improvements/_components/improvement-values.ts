import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import type { PolicyImprovementType } from "@consortia/db/schema";
import { formatEuros, IMPROVEMENT_TYPE_LABELS } from "@/lib/policy-labels";

type Saved = RouterOutputs["improvements"]["get"];
type Input = Omit<RouterInputs["improvements"]["create"], "projectId">;

export type Option = { id: string; name: string };

export type ImprovementValues = {
  partnerId: string;
  policyInstrumentId: string;
  improvementType: PolicyImprovementType | "";
  title: string;
  description: string;
  improvementDate: string;
  fundsMobilisedEur: string;
  justification: string;
  actionIds: string[];
  goodPracticeIds: string[];
};

export const IMPROVEMENT_FIELD_LABELS: Record<keyof ImprovementValues, string> = {
  partnerId: "Partner",
  policyInstrumentId: "Policy instrument",
  improvementType: "Type of improvement",
  title: "Title",
  description: "Description",
  improvementDate: "Date of the improvement",
  fundsMobilisedEur: "Funds mobilised (EUR)",
  justification: "Why it is a direct result of the project",
  actionIds: "Actions behind it",
  goodPracticeIds: "Good practices behind it",
};

export function emptyImprovement(partnerId: string, policyInstrumentId: string): ImprovementValues {
  return {
    partnerId,
    policyInstrumentId,
    improvementType: "",
    title: "",
    description: "",
    improvementDate: "",
    fundsMobilisedEur: "",
    justification: "",
    actionIds: [],
    goodPracticeIds: [],
  };
}

export function toImprovementValues(i: Saved): ImprovementValues {
  return {
    partnerId: i.partnerId,
    policyInstrumentId: i.policyInstrumentId,
    improvementType: i.improvementType,
    title: i.title,
    description: i.description,
    improvementDate: i.improvementDate ?? "",
    fundsMobilisedEur: i.fundsMobilisedEur ?? "",
    justification: i.justification,
    actionIds: i.actions.map((a) => a.id),
    goodPracticeIds: i.goodPractices.map((p) => p.id),
  };
}

/** The form's values as the API takes them; an empty type is left for the API to refuse. */
export function toImprovementInput(v: ImprovementValues): Input {
  return {
    ...v,
    improvementType: v.improvementType as PolicyImprovementType,
    improvementDate: v.improvementDate || null,
    fundsMobilisedEur: v.fundsMobilisedEur.replace(/\s/g, ""),
  };
}

/** One field as text, to compare what this person typed with what is saved now. */
export function displayImprovementValue(
  k: keyof ImprovementValues,
  v: ImprovementValues,
  names: { partners: Option[]; instruments: Option[]; actions: Option[]; practices: Option[] },
): string {
  const nameOf = (list: Option[], id: string) => list.find((o) => o.id === id)?.name ?? id;
  switch (k) {
    case "partnerId":
      return nameOf(names.partners, v.partnerId);
    case "policyInstrumentId":
      return nameOf(names.instruments, v.policyInstrumentId);
    case "improvementType":
      return v.improvementType ? IMPROVEMENT_TYPE_LABELS[v.improvementType] : "";
    case "fundsMobilisedEur":
      return v.fundsMobilisedEur.trim() ? formatEuros(v.fundsMobilisedEur.trim()) : "";
    case "actionIds":
      return [...v.actionIds]
        .map((id) => nameOf(names.actions, id))
        .sort()
        .join(", ");
    case "goodPracticeIds":
      return [...v.goodPracticeIds]
        .map((id) => nameOf(names.practices, id))
        .sort()
        .join(", ");
    default:
      return v[k].trim();
  }
}
