import type {
  ActionInspirationKind,
  ActionPlanSnapshotTransition,
  ActionPlanStatus,
  ActionStatus,
  PolicyInstrumentType,
  TerritorialLevel,
} from "@consortia/db";

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

export type ActionExportModel = {
  /** 1-based, in the plan's order. */
  number: number;
  title: string;
  background: string;
  inspirations: { kind: ActionInspirationKind; title: string }[];
  activities: string;
  players: string;
  /** YYYY-MM-DD */
  startDate: string | null;
  endDate: string | null;
  /** numeric(14,2) as PostgreSQL returns it, e.g. "12500.00"; never passed through a float. */
  estimatedCostEur: string | null;
  fundingSources: string;
  status: ActionStatus;
  summaryEn: string;
};
