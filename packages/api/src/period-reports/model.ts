import type {
  ContributionKind,
  CostCategory,
  FinancialReportStatus,
  LegalStatus,
} from "@consortia/db";

/**
 * The consolidated progress report of one reporting period, as one plain, JSON-safe value.
 *
 * It is what a lead coordinator consolidates, what a submission freezes (the snapshot of a
 * version is exactly this value, stored as JSON) and what every export renders: PDF, XLSX,
 * CSV per table, the versioned JSON export and the copy-ready text blocks. Renderers take it
 * and nothing else, so a submitted report reads the same whenever it is exported.
 *
 * Viewer-independent by construction except for documents: it lists only records every
 * member may see (held events, validated or published good practices, final action plans,
 * achieved or validated improvements, submitted contributions) and every document carries
 * its visibility, so `forViewer` (./visibility) removes what the caller may not see before
 * anything is rendered.
 *
 * Changing the shape of this value is a change of the JSON export's format: bump
 * PERIOD_REPORT_FORMAT_VERSION and document it in ./json-schema.
 */
export const PERIOD_REPORT_FORMAT = "consortia.period-report";
export const PERIOD_REPORT_FORMAT_VERSION = 2;

export const WP_ACHIEVEMENTS = ["fully", "partly", "not"] as const;
export type WpAchievement = (typeof WP_ACHIEVEMENTS)[number];

export type ReportDocumentVisibility = "partnership" | "partner" | "lead";

/** A document referenced by the report (evidence or annex). */
export type ReportDocument = {
  id: string;
  title: string;
  fileName: string;
  category: string;
  ownerPartnerId: string;
  ownerPartner: string;
  visibility: ReportDocumentVisibility;
  /** ISO timestamp of the document's latest version. */
  updatedAt: string;
};

export type ReportPartner = {
  id: string;
  shortName: string;
  name: string;
  country: string;
  role: "lead" | "partner" | "advisory";
};

/** A partner's narrative for the period; text only once the partner has submitted it. */
export type ReportContributionEntry = {
  partnerId: string;
  partner: string;
  status: "not_started" | "draft" | "submitted" | "returned";
  submittedAt: string | null;
  activities: string;
  stakeholderInvolvement: string;
  communication: string;
  difficultiesDeviations: string;
};

export type ReportWorkPackage = {
  id: string;
  number: number;
  title: string;
  leadPartner: string;
  /** null until the lead coordinator has assessed it. */
  achievement: WpAchievement | null;
  explanation: string;
};

/** A deliverable or output of the work plan that was due or approved in the period. */
export type ReportDeliverable = {
  id: string;
  code: string;
  title: string;
  kind: "deliverable" | "output";
  workPackageNumber: number;
  responsiblePartner: string;
  dueDate: string;
  status: string;
  approvedOn: string | null;
  targetValue: number | null;
  achievedValue: number | null;
  /** Documents submitted as evidence (the approving submission's, else attached ones). */
  evidence: ReportDocument[];
};

/** A result of the period other than a deliverable: the learning chain's records. */
export type ReportOutput = {
  kind: "learning_event" | "peer_review" | "good_practice" | "action_plan" | "policy_improvement";
  id: string;
  title: string;
  partner: string;
  /** ISO day that places it in the period. */
  date: string;
  status: string | null;
  evidence: ReportDocument[];
};

export type ReportIndicator = {
  id: string;
  code: string;
  name: string;
  unit: "count" | "people" | "organisations" | "eur";
  source: "computed" | "manual";
  target: number | null;
  /** Cumulative up to the end of the previous period. */
  previously: number;
  thisPeriod: number;
  cumulative: number;
  /** cumulative / target in percent, one decimal; null without a target. */
  percentOfTarget: number | null;
  /** This period's value was entered by a lead coordinator (manual value or override). */
  entered: boolean;
  justification: string | null;
  /**
   * People counted once (each person once in the period and once in the cumulative): the
   * participations behind the computed figures. Absent for other indicators (and in versions
   * submitted before it existed).
   */
  participations?: { thisPeriod: number; cumulative: number };
  /**
   * Computed split of this period's value by partner (computed indicators only); empty for an
   * override (`entered` over a computed value), which is not split by partner.
   */
  byPartner: Array<{ partnerId: string; partner: string; value: number }>;
};

/**
 * The money of the period (issue 18): totals per partner × cost category only, never items or
 * staff-cost details, so every member may read it. Amounts in euros with cents as decimals.
 */
export type ReportFinance = {
  currency: "EUR";
  /** The approved budget version in force at the period's end; null before any approval. */
  budgetVersion: number | null;
  /** The flat-rate categories in use: `percent` % of the `base` category. */
  flatRates: Array<{ category: CostCategory; percent: number; base: CostCategory }>;
  partners: Array<{
    partnerId: string;
    partner: string;
    /** null when the lead coordinator has not set the partner's finance yet. */
    legalStatus: LegalStatus | null;
    cofinancingPercent: number | null;
    /** The preparation lump sum (not a cost category). */
    lumpSumEur: number;
    /** The partner's financial report for the period. */
    reportStatus: "not_started" | FinancialReportStatus;
    /** Every category in use: the whole budget in force, and this period's submitted report. */
    categories: Array<{ category: CostCategory; budgetEur: number; reportedEur: number }>;
    contributions: Array<{ name: string; kind: ContributionKind; amountEur: number }>;
  }>;
};

/** Declared, certified, fund requested and contributions of some certified expenditure. */
export type ClaimFigures = {
  declaredEur: number;
  certifiedEur: number;
  /** certified × co-financing rate, rounded once per partner × category; totals are sums. */
  fundEur: number;
  /** certified − fund: the partner's own contribution. */
  contributionEur: number;
};

/** The figures of one cost category (written out flat: the JSON schema's check needs it). */
export type ClaimCategoryFigures = {
  category: CostCategory;
  declaredEur: number;
  certifiedEur: number;
  fundEur: number;
  contributionEur: number;
};

/** A control certificate the lead coordinator included in the period's claim. */
export type ReportClaimCertificate = {
  certificateId: string;
  partnerId: string;
  partner: string;
  /** The period of the certified partner report (may be earlier than this report's). */
  periodNumber: number;
  /** The certificate's number within its control (a reopened control issues the next). */
  number: number;
  /** ISO timestamp the certificate was issued (the control's finish). */
  issuedAt: string;
  controller: string;
  declaredEur: number;
  deductedEur: number;
  parkedEur: number;
  certifiedEur: number;
};

/**
 * The joint report's financial part (issue 19): what the lead claims in this period's report,
 * from the control certificates it included. Figures per partner × cost category and totals;
 * the list of certificates only for readers who may see control details (./visibility).
 */
export type ReportClaim = {
  currency: "EUR";
  /** How many certificates are included. */
  certificateCount: number;
  /** The included certificates; absent for readers who see totals only. */
  certificates?: ReportClaimCertificate[];
  partners: Array<{
    partnerId: string;
    partner: string;
    /** The fund's rate in percent; null when the partner's finance is not set. */
    cofinancingPercent: number | null;
    categories: ClaimCategoryFigures[];
    total: ClaimFigures;
    /** The contribution split by the partner's contribution sources (sums to its total). */
    contributions: Array<{ name: string; kind: ContributionKind; amountEur: number }>;
  }>;
  /** The project's figures per cost category: sums over the partners. */
  categories: ClaimCategoryFigures[];
  total: ClaimFigures;
};

export type PeriodReportModel = {
  format: typeof PERIOD_REPORT_FORMAT;
  formatVersion: typeof PERIOD_REPORT_FORMAT_VERSION;
  /** ISO timestamp the value was composed (for a version: when it was submitted). */
  generatedAt: string;
  project: { id: string; acronym: string; title: string; programme: string };
  period: { number: number; start: string; end: string };
  report: {
    status: "draft" | "submitted";
    /** The submitted version this value is; null for the live draft. */
    version: number | null;
    submittedAt: string | null;
    submittedBy: string | null;
  };
  highlights: string;
  partners: ReportPartner[];
  contributions: ReportContributionEntry[];
  workPackages: ReportWorkPackage[];
  deliverables: ReportDeliverable[];
  outputs: ReportOutput[];
  indicators: ReportIndicator[];
  /** Documents the lead coordinator annexed, then every evidence document, without repeats. */
  annexes: ReportDocument[];
  /** The period's money; absent in versions submitted before it existed. */
  finance?: ReportFinance;
  /** The joint report's financial part; absent in versions submitted before format 2. */
  claim?: ReportClaim;
};
