import type {
  ActionInspirationKind,
  ActionPlanSnapshotTransition,
  ActionPlanStatus,
  PolicyInstrumentType,
  TerritorialLevel,
} from "@consortia/db";
import type { ActionInput } from "../policy";

/**
 * Everything an action-plan export shows, in the order of the programme's template. The
 * renderers (PDF, DOCX, XLSX) read only this, so an export of the live plan and of a stored
 * snapshot look the same.
 */
export type ActionPlanExportModel = {
  project: { acronym: string; title: string; programme: string };
  partner: {
    name: string;
    shortName: string;
    /** ISO 3166 alpha-2 code as stored for partners (EL for Greece). */
    country: string;
    nutsCode: string;
    region: string;
    contactName: string | null;
    contactEmail: string | null;
    /** Other project partners from the same NUTS 2 region (template Part I). */
    otherPartners: string[];
  };
  instrument: {
    name: string;
    type: PolicyInstrumentType;
    managingAuthority: string;
    territorialLevel: TerritorialLevel;
    baseline: string;
  };
  plan: {
    title: string;
    /** ISO 639-1 code of the plan's own language. */
    language: string;
    status: ActionPlanStatus;
    generalInformation: string;
    generalInformationEn: string;
    policyContext: string;
    policyContextEn: string;
    actionsSummaryEn: string;
    /** Set when the export shows a stored snapshot rather than the live plan. */
    snapshot: { number: number; transition: ActionPlanSnapshotTransition; createdAt: Date } | null;
    finalisedAt: Date | null;
  };
  actions: ActionExportModel[];
  generatedAt: Date;
};

/** An action as its plan's editors write it, numbered, with what inspired it. */
export type ActionExportModel = ActionInput & {
  /** 1-based, in the plan's order. */
  number: number;
  inspirations: { kind: ActionInspirationKind; title: string }[];
};
