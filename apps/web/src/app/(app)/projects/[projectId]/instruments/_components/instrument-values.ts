import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import { INSTRUMENT_TYPE_LABELS } from "@consortia/api/schemas";
import type { PolicyInstrumentType, TerritorialLevel } from "@consortia/db/schema";
import { TERRITORIAL_LEVEL_LABELS } from "@/lib/policy-labels";

type Saved = RouterOutputs["policyInstruments"]["get"];
export type InstrumentInput = Omit<RouterInputs["policyInstruments"]["create"], "projectId">;
export type PartnerOption = { id: string; name: string; advisory: boolean };

/** The form's values; the selects hold "" until something is chosen. */
export type InstrumentValues = {
  partnerId: string;
  name: string;
  instrumentType: PolicyInstrumentType | "";
  managingAuthority: string;
  territorialLevel: TerritorialLevel | "";
  managedByPartner: boolean;
  isMain: boolean;
  description: string;
  baseline: string;
};

export const INSTRUMENT_LABELS: Record<keyof InstrumentValues, string> = {
  partnerId: "Partner",
  name: "Name",
  instrumentType: "Type of instrument",
  managingAuthority: "Managing authority",
  territorialLevel: "Territorial level",
  managedByPartner: "Managed by the partner",
  isMain: "Main instrument",
  description: "Short description",
  baseline: "Baseline",
};

export function emptyInstrument(partnerId: string, isMain: boolean): InstrumentValues {
  return {
    partnerId,
    name: "",
    instrumentType: "",
    managingAuthority: "",
    territorialLevel: "",
    managedByPartner: false,
    isMain,
    description: "",
    baseline: "",
  };
}

export function toInstrumentValues(i: Saved): InstrumentValues {
  return {
    partnerId: i.partnerId,
    name: i.name,
    instrumentType: i.instrumentType,
    managingAuthority: i.managingAuthority,
    territorialLevel: i.territorialLevel,
    managedByPartner: i.managedByPartner,
    isMain: i.isMain,
    description: i.description,
    baseline: i.baseline,
  };
}

/** The API checks every field; an unchosen select goes as it is and comes back as its error. */
export function toInstrumentInput(v: InstrumentValues): InstrumentInput {
  return { ...v } as InstrumentInput;
}

export function displayInstrumentValue(
  k: keyof InstrumentValues,
  v: InstrumentValues,
  partners: PartnerOption[],
): string {
  switch (k) {
    case "partnerId":
      return partners.find((p) => p.id === v.partnerId)?.name ?? "";
    case "instrumentType":
      return v.instrumentType ? INSTRUMENT_TYPE_LABELS[v.instrumentType] : "";
    case "territorialLevel":
      return v.territorialLevel ? TERRITORIAL_LEVEL_LABELS[v.territorialLevel] : "";
    case "managedByPartner":
    case "isMain":
      return v[k] ? "Yes" : "No";
    default:
      return String(v[k]).trim();
  }
}
