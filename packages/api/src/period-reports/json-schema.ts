import {
  CONTRIBUTION_KINDS,
  COST_CATEGORIES,
  FINANCIAL_REPORT_STATUSES,
  LEGAL_STATUSES,
} from "@consortia/db/schema";
import { z } from "zod";
import { claimSchema } from "./json-schema-claim";
import {
  PERIOD_REPORT_FORMAT,
  PERIOD_REPORT_FORMAT_VERSION,
  type PeriodReportModel,
  WP_ACHIEVEMENTS,
} from "./model";

/**
 * The JSON export's format, as a zod schema with a description on every field: the
 * documentation of `consortia.period-report` (see ./FORMAT.md for the policy). It must stay
 * exactly the PeriodReportModel type — the check at the bottom fails to compile otherwise —
 * and `periodReportJsonSchema()` gives the JSON Schema (draft 2020-12) other systems use.
 */
const isoDay = z.iso.date().describe("A calendar day, YYYY-MM-DD");
const isoInstant = z.iso.datetime({ offset: true }).describe("An instant, ISO 8601 with offset");

const document = z
  .strictObject({
    id: z.string().describe("Document id (UUID)"),
    title: z.string().describe("Document title as its owner wrote it"),
    fileName: z.string().describe("File name of the latest version"),
    category: z.string().describe("Document category (e.g. report, minutes, evidence)"),
    ownerPartnerId: z.string().describe("Id of the partner that owns the document"),
    ownerPartner: z.string().describe("Short name of the owning partner"),
    visibility: z
      .enum(["partnership", "partner", "lead"])
      .describe(
        "Who may see it: the whole partnership, the owning partner only, or the lead partner",
      ),
    updatedAt: isoInstant.describe("When the latest version was uploaded"),
  })
  .describe("A document referenced by the report (evidence or annex)");

const partner = z
  .strictObject({
    id: z.string().describe("Partner id (UUID)"),
    shortName: z.string().describe("Short name used throughout the report"),
    name: z.string().describe("Full legal name"),
    country: z.string().describe("ISO 3166-1 alpha-2 country code (EL for Greece)"),
    role: z.enum(["lead", "partner", "advisory"]).describe("Role in the partnership"),
  })
  .describe("An organisation of the partnership");

const contribution = z
  .strictObject({
    partnerId: z.string().describe("Partner id"),
    partner: z.string().describe("Partner short name"),
    status: z
      .enum(["not_started", "draft", "submitted", "returned"])
      .describe("State of the partner's contribution for the period"),
    submittedAt: isoInstant.nullable().describe("When it was last submitted; null if never"),
    activities: z.string().describe("Narrative: activities carried out (empty until submitted)"),
    stakeholderInvolvement: z.string().describe("Narrative: involvement of stakeholders"),
    communication: z.string().describe("Narrative: communication activities"),
    difficultiesDeviations: z.string().describe("Narrative: difficulties and deviations"),
  })
  .describe("A partner's narrative contribution to the period's report");

const workPackage = z
  .strictObject({
    id: z.string().describe("Work package id"),
    number: z.number().int().describe("Work package number (WP1 = 1)"),
    title: z.string().describe("Work package title"),
    leadPartner: z.string().describe("Short name of the leading partner"),
    achievement: z
      .enum(WP_ACHIEVEMENTS)
      .nullable()
      .describe("Objectives fully / partly / not achieved; null until assessed"),
    explanation: z.string().describe("The lead coordinator's explanation of the assessment"),
  })
  .describe("A work package's status in the period");

const deliverable = z
  .strictObject({
    id: z.string().describe("Deliverable id"),
    code: z.string().describe("Deliverable number, e.g. D1.2"),
    title: z.string().describe("Title"),
    kind: z.enum(["deliverable", "output"]).describe("Deliverable, or output of the work plan"),
    workPackageNumber: z.number().int().describe("Number of its work package"),
    responsiblePartner: z.string().describe("Short name of the responsible partner"),
    dueDate: isoDay.describe("Due day"),
    status: z.string().describe("Work-plan status (planned, in_progress, submitted, approved, …)"),
    approvedOn: isoDay.nullable().describe("Day the lead partner approved it; null if not"),
    targetValue: z.number().nullable().describe("Target quantity of an output; null if none"),
    achievedValue: z.number().nullable().describe("Quantity achieved; null if none"),
    evidence: z.array(document).describe("Documents submitted as evidence"),
  })
  .describe("A deliverable or output due or approved in the period");

const output = z
  .strictObject({
    kind: z
      .enum(["learning_event", "peer_review", "good_practice", "action_plan", "policy_improvement"])
      .describe("Which record of the learning chain"),
    id: z.string().describe("Record id"),
    title: z.string().describe("Title"),
    partner: z.string().describe("Short name of the hosting or owning partner"),
    date: isoDay.describe("The day that places it in the period"),
    status: z.string().nullable().describe("Record status, where it has one"),
    evidence: z.array(document).describe("Evidence documents"),
  })
  .describe("A result of the period other than a deliverable");

const indicator = z
  .strictObject({
    id: z.string().describe("Indicator id"),
    code: z.string().describe("Indicator code (e.g. GP, RCO83)"),
    name: z.string().describe("Indicator name"),
    unit: z.enum(["count", "people", "organisations", "eur"]).describe("Unit of the values"),
    source: z
      .enum(["computed", "manual"])
      .describe("Computed from the records, or entered by hand"),
    target: z.number().nullable().describe("Target for the project; null if none"),
    previously: z.number().describe("Cumulative value up to the end of the previous period"),
    thisPeriod: z.number().describe("Value of this period"),
    cumulative: z.number().describe("Cumulative value up to the end of this period"),
    percentOfTarget: z
      .number()
      .nullable()
      .describe("cumulative / target in percent, one decimal; null without a target"),
    entered: z.boolean().describe("This period's value was entered (manual or override)"),
    justification: z.string().nullable().describe("Justification of an entered value"),
    participations: z
      .strictObject({
        thisPeriod: z.number().describe("Participations in the period"),
        cumulative: z.number().describe("Participations up to the end of the period"),
      })
      .optional()
      .describe(
        "People counted once (indicator PC: each person once in the period and once in the cumulative; members by account, guests by e-mail where given, else each participation): the participations behind the computed values. Absent for other indicators",
      ),
    byPartner: z
      .array(
        z
          .strictObject({
            partnerId: z.string().describe("Partner id"),
            partner: z.string().describe("Partner short name"),
            value: z.number().describe("The partner's share of this period's computed value"),
          })
          .describe("One partner's share"),
      )
      .describe(
        "This period's computed value split by partner (computed indicators only); empty when the lead coordinator entered the period's value over the computed one (source computed, entered true): an override is not split by partner",
      ),
  })
  .describe("An indicator's values for the period");

const category = z
  .enum(COST_CATEGORIES)
  .describe(
    "Cost category: staff, office_admin (office and administration), travel (travel and accommodation), external (external expertise and services), equipment, infrastructure (infrastructure and works)",
  );
const eur = (what: string) => z.number().describe(`${what}, in euros with cents as decimals`);

const finance = z
  .strictObject({
    currency: z.literal("EUR").describe("Currency of every amount: always EUR"),
    budgetVersion: z
      .number()
      .int()
      .nullable()
      .describe("Number of the approved budget version in force at the period's end; null if none"),
    flatRates: z
      .array(
        z
          .strictObject({
            category,
            percent: z.number().describe("The rate, in percent of the base (15 for 15 %)"),
            base: category.describe("The real-cost category the rate applies to"),
          })
          .describe("A flat-rate category: computed from its base, never declared"),
      )
      .describe("The flat-rate categories in use"),
    partners: z
      .array(
        z
          .strictObject({
            partnerId: z.string().describe("Partner id"),
            partner: z.string().describe("Partner short name"),
            legalStatus: z
              .enum(LEGAL_STATUSES)
              .nullable()
              .describe("Legal status for co-financing; null until the lead coordinator sets it"),
            cofinancingPercent: z
              .number()
              .nullable()
              .describe("Rate of eligible expenditure the fund pays, in percent; null until set"),
            lumpSumEur: eur("Preparation lump sum (not a cost category)"),
            reportStatus: z
              .enum(["not_started", ...FINANCIAL_REPORT_STATUSES])
              .describe("State of the partner's financial report for the period"),
            categories: z
              .array(
                z
                  .strictObject({
                    category,
                    budgetEur: eur(
                      "The partner's whole budget in the category (all periods, flat rates computed)",
                    ),
                    reportedEur: eur(
                      "Reported in the period's submitted financial report (0 if not submitted): the items' euro amounts, flat rates computed once per report",
                    ),
                  })
                  .describe("One cost category in use"),
              )
              .describe("Every cost category in use, in the programme's order"),
            contributions: z
              .array(
                z
                  .strictObject({
                    name: z.string().describe("Source of the contribution"),
                    kind: z
                      .enum(CONTRIBUTION_KINDS)
                      .describe("Public, automatic public or private"),
                    amountEur: eur("Budgeted amount of the source"),
                  })
                  .describe("A source of the partner's own contribution"),
              )
              .describe("The partner's contribution sources"),
          })
          .describe("A partner's budget and reported expenditure (totals per category only)"),
      )
      .describe("Every partner of the project"),
  })
  .describe(
    "The money of the period: totals per partner and cost category, never items or staff-cost details",
  );

export const periodReportSchema = z
  .strictObject({
    format: z.literal(PERIOD_REPORT_FORMAT).describe("Always consortia.period-report"),
    formatVersion: z
      .literal(PERIOD_REPORT_FORMAT_VERSION)
      .describe("Version of this format; raised on any incompatible change"),
    generatedAt: isoInstant.describe("When composed (for a submitted version: when submitted)"),
    project: z
      .strictObject({
        id: z.string().describe("Project id"),
        acronym: z.string().describe("Project acronym"),
        title: z.string().describe("Project title"),
        programme: z.string().describe("Funding programme, e.g. Interreg Europe"),
      })
      .describe("The project"),
    period: z
      .strictObject({
        number: z.number().int().min(1).describe("Reporting period number, from 1"),
        start: isoDay.describe("First day of the period"),
        end: isoDay.describe("Last day of the period"),
      })
      .describe("The reporting period"),
    report: z
      .strictObject({
        status: z.enum(["draft", "submitted"]).describe("Live draft or a submitted version"),
        version: z.number().int().nullable().describe("Submitted version; null for the draft"),
        submittedAt: isoInstant.nullable().describe("When this version was submitted"),
        submittedBy: z.string().nullable().describe("Name of who submitted it"),
      })
      .describe("Which edition of the report this is"),
    highlights: z.string().describe("The lead coordinator's highlights of the period"),
    partners: z.array(partner).describe("Every partner of the project"),
    contributions: z.array(contribution).describe("One contribution per partner"),
    workPackages: z.array(workPackage).describe("Work packages with their assessment"),
    deliverables: z.array(deliverable).describe("Deliverables and outputs of the period"),
    outputs: z.array(output).describe("Learning-chain results of the period"),
    indicators: z.array(indicator).describe("Indicator values of the period"),
    annexes: z
      .array(document)
      .describe("Annexed documents, then every evidence document, without repeats"),
    finance: finance
      .optional()
      .describe("The money of the period; absent in versions submitted before it existed"),
    claim: claimSchema
      .optional()
      .describe("The joint report's financial part; absent in versions submitted before format 2"),
  })
  .describe("The consolidated progress report of one reporting period (consortia.period-report)");

/** The JSON Schema of the export, every field described. */
export const periodReportJsonSchema = () => z.toJSONSchema(periodReportSchema);

type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile when the schema and PeriodReportModel drift apart. */
export const SCHEMA_MATCHES_MODEL: Same<
  z.infer<typeof periodReportSchema>,
  PeriodReportModel
> = true;
