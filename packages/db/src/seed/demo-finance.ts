import type { ContributionKind, LegalStatus, ProcurementType } from "../finance-schema";

/**
 * The demo partnership's money (issue 18, "Demo partnership"), as data. About EUR 2.2 million
 * of approved budget over eight reporting periods; expenditure for the three finished periods
 * (March 2025 – August 2026) in EUR and, for the Danish, Swedish and Polish partners, in DKK,
 * SEK and PLN at the lead's monthly rates. Every partner signed the partnership agreement in
 * spring 2025: the demo has no partner barred from reporting (the rule is shown by the tests
 * and the browser test instead).
 *
 * Two partners stand out on the money desk:
 * - Pomorskie (`pl`) spends about a third of its plan: red (below 50 % of the plan to date);
 * - KTH (`kth`), the advisory partner whose work is front-loaded, has already reported about
 *   8 % more than its whole budget — over its own budget, within the 20 % flexibility.
 * Periods 1 and 2 are submitted by everyone; in period 3 Uusimaa and EMRA are still drafting
 * (their items carry no euro amount yet) and Berlin has not started.
 */

/** Real-cost budget of a partner over the whole project, in whole euros (flat rates computed). */
export type DemoBudget = { staff: number; travel: number; external: number; equipment: number };

export type DemoPartnerFinance = {
  legalStatus: LegalStatus;
  currency: "EUR" | "DKK" | "SEK" | "PLN";
  budget: DemoBudget;
  /** Share of the budget planned in each of the 8 periods, in percent (sums to 100). */
  plan: readonly number[];
  /** Spending in periods 1–3 as a share of that period's plan, in percent. */
  spent: readonly [number, number, number];
  /** Period 3: submitted, still a draft, or no report yet. */
  period3: "submitted" | "draft" | "none";
  /** Contribution sources as shares (percent) of the partner's own contribution. */
  contributions: readonly { name: string; kind: ContributionKind; share: number }[];
  lumpSumEur?: number;
  /** Two people on the project (fictional), with their share of time. */
  staff: readonly [
    { person: string; role: string; share: number },
    { person: string; role: string; share: number },
  ];
};

const PLAN = [7, 12, 14, 14, 14, 14, 14, 11] as const;
const OWN = (name: string) => [{ name, kind: "public" as const, share: 100 }];

export const demoFinance: Record<string, DemoPartnerFinance> = {
  dk: {
    legalStatus: "public",
    currency: "DKK",
    budget: { staff: 190_000, travel: 30_000, external: 95_000, equipment: 4_000 },
    plan: PLAN,
    spent: [95, 102, 98],
    period3: "submitted",
    contributions: OWN("Capital Region of Denmark, regional budget"),
    lumpSumEur: 20_000,
    staff: [
      { person: "Mette Lund", role: "Project coordinator", share: 60 },
      { person: "Søren Holm", role: "Financial manager", share: 30 },
    ],
  },
  se: {
    legalStatus: "public",
    currency: "SEK",
    budget: { staff: 122_000, travel: 24_000, external: 40_000, equipment: 2_000 },
    plan: PLAN,
    spent: [88, 97, 93],
    period3: "submitted",
    contributions: OWN("Region Stockholm, own funds"),
    staff: [
      { person: "Anna Berg", role: "Project manager", share: 50 },
      { person: "Johan Ek", role: "Innovation analyst", share: 30 },
    ],
  },
  it: {
    legalStatus: "public",
    currency: "EUR",
    budget: { staff: 128_000, travel: 24_000, external: 45_000, equipment: 3_000 },
    plan: PLAN,
    spent: [92, 99, 104],
    period3: "submitted",
    contributions: [
      { name: "Fondo di rotazione (national co-financing)", kind: "automatic_public", share: 100 },
    ],
    staff: [
      { person: "Giulia Rossi", role: "Project manager", share: 50 },
      { person: "Marco Conti", role: "Policy officer", share: 40 },
    ],
  },
  nl: {
    legalStatus: "public",
    currency: "EUR",
    budget: { staff: 118_000, travel: 22_000, external: 38_000, equipment: 2_000 },
    plan: PLAN,
    spent: [90, 94, 96],
    period3: "submitted",
    contributions: OWN("Province of Limburg, own funds"),
    staff: [
      { person: "Sanne de Vries", role: "Project manager", share: 50 },
      { person: "Pieter Jansen", role: "Economic policy advisor", share: 25 },
    ],
  },
  es: {
    legalStatus: "public_equivalent",
    currency: "EUR",
    budget: { staff: 112_000, travel: 22_000, external: 42_000, equipment: 2_500 },
    plan: PLAN,
    spent: [86, 91, 95],
    period3: "submitted",
    contributions: OWN("ACCIÓ, own funds"),
    staff: [
      { person: "Jordi Puig", role: "Project manager", share: 50 },
      { person: "Laia Serra", role: "Cluster manager", share: 30 },
    ],
  },
  fr: {
    legalStatus: "public",
    currency: "EUR",
    budget: { staff: 125_000, travel: 23_000, external: 40_000, equipment: 2_000 },
    plan: PLAN,
    spent: [97, 100, 92],
    period3: "submitted",
    contributions: OWN("Auvergne-Rhône-Alpes Region, regional budget"),
    staff: [
      { person: "Claire Martin", role: "Project manager", share: 50 },
      { person: "Julien Bernard", role: "Health-industry officer", share: 30 },
    ],
  },
  fi: {
    legalStatus: "public",
    currency: "EUR",
    budget: { staff: 116_000, travel: 22_000, external: 36_000, equipment: 2_000 },
    plan: PLAN,
    spent: [89, 95, 90],
    period3: "draft",
    contributions: OWN("Helsinki-Uusimaa Regional Council, own funds"),
    staff: [
      { person: "Mikko Virtanen", role: "Project manager", share: 50 },
      { person: "Aino Korhonen", role: "Regional development expert", share: 30 },
    ],
  },
  pl: {
    legalStatus: "public",
    currency: "PLN",
    budget: { staff: 106_000, travel: 21_000, external: 40_000, equipment: 3_000 },
    plan: PLAN,
    spent: [30, 34, 38],
    period3: "submitted",
    contributions: [
      { name: "State budget co-financing", kind: "automatic_public", share: 75 },
      { name: "Pomorskie Voivodeship, own funds", kind: "public", share: 25 },
    ],
    staff: [
      { person: "Katarzyna Nowak", role: "Project manager", share: 40 },
      { person: "Tomasz Wójcik", role: "Innovation officer", share: 20 },
    ],
  },
  ie: {
    legalStatus: "public",
    currency: "EUR",
    budget: { staff: 110_000, travel: 22_000, external: 37_000, equipment: 2_000 },
    plan: PLAN,
    spent: [93, 96, 97],
    period3: "draft",
    contributions: OWN("Eastern and Midland Regional Assembly, own funds"),
    staff: [
      { person: "Aoife Byrne", role: "Project manager", share: 50 },
      { person: "Cian Murphy", role: "Policy analyst", share: 30 },
    ],
  },
  de: {
    legalStatus: "public",
    currency: "EUR",
    budget: { staff: 120_000, travel: 22_000, external: 40_000, equipment: 2_000 },
    plan: PLAN,
    spent: [91, 93, 0],
    period3: "none",
    contributions: OWN("State of Berlin, budget of the Senate Department"),
    staff: [
      { person: "Jonas Weber", role: "Project manager", share: 50 },
      { person: "Lena Fischer", role: "Health-economy officer", share: 30 },
    ],
  },
  kth: {
    legalStatus: "public",
    currency: "SEK",
    budget: { staff: 40_000, travel: 8_000, external: 3_000, equipment: 0 },
    // The methodological support (self-assessment, peer-review method) comes first.
    plan: [20, 25, 25, 10, 5, 5, 5, 5],
    spent: [150, 155, 157],
    period3: "submitted",
    contributions: OWN("KTH Royal Institute of Technology, own funds"),
    staff: [
      { person: "Erik Lindqvist", role: "Senior researcher", share: 30 },
      { person: "Sara Nilsson", role: "Research engineer", share: 20 },
    ],
  },
};

/** Two procurements per partner, reused across periods (external expertise and services). */
export const demoContracts: readonly {
  name: string;
  type: ProcurementType;
  /** Share of the partner's external budget. */
  share: number;
  supplier: string;
}[] = [
  {
    name: "Regional self-assessment and stakeholder facilitation",
    type: "open",
    share: 70,
    supplier: "Nordic Innovation Consulting",
  },
  {
    name: "Venue, catering and interpretation for stakeholder meetings",
    type: "direct_award",
    share: 30,
    supplier: "EventWorks",
  },
];

/** The periods with expenditure and when their reports were submitted (rate month = that month). */
export const demoFinancePeriods = [
  { number: 1, start: "2025-03-01", submittedOn: "2025-09-10" },
  { number: 2, start: "2025-09-01", submittedOn: "2026-03-11" },
  { number: 3, start: "2026-03-01", submittedOn: "2026-09-09" },
] as const;

/** Units for one euro around the Commission's 2025–2026 rates; March 2025 to February 2027. */
export function demoRates(): { currency: string; month: string; rate: string }[] {
  const bases = { DKK: [7.4596, 0.0012], SEK: [11.05, 0.32], PLN: [4.255, 0.045] } as const;
  const out: { currency: string; month: string; rate: string }[] = [];
  for (let i = 0; i < 24; i++) {
    const y = 2025 + Math.floor((i + 2) / 12);
    const m = ((i + 2) % 12) + 1;
    const month = `${y}-${String(m).padStart(2, "0")}-01`;
    for (const [currency, [base, swing]] of Object.entries(bases)) {
      out.push({ currency, month, rate: (base + swing * Math.sin(i / 3)).toFixed(4) });
    }
  }
  return out;
}
