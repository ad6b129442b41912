import { CONTRIBUTION_KINDS, COST_CATEGORIES } from "@consortia/db/schema";
import { z } from "zod";

/**
 * The JSON export's `claim` (format 2, issue 19): the joint report's financial part. Kept
 * beside ./json-schema, which checks the whole schema against the model at compile time.
 */
const eur = (what: string) => z.number().describe(`${what}, in euros with cents as decimals`);
const category = z
  .enum(COST_CATEGORIES)
  .describe("Cost category (staff, office_admin, travel, external, equipment, infrastructure)");

const figures = {
  declaredEur: eur("Declared in the certified partner reports"),
  certifiedEur: eur("Certified by the controllers"),
  fundEur: eur(
    "Fund amount requested: certified × the partner's co-financing rate, rounded to the cent (halves away from zero) once per partner and category; totals are sums",
  ),
  contributionEur: eur("The partner's contribution: certified − fund"),
};
const total = z.strictObject(figures).describe("Sums of the rows above");

export const claimSchema = z
  .strictObject({
    currency: z.literal("EUR").describe("Currency of every amount: always EUR"),
    certificateCount: z.number().int().describe("How many control certificates are included"),
    certificates: z
      .array(
        z
          .strictObject({
            certificateId: z.string().describe("Certificate id (UUID)"),
            partnerId: z.string().describe("Partner id"),
            partner: z.string().describe("Partner short name"),
            periodNumber: z
              .number()
              .int()
              .describe("Period of the certified partner report (this one or earlier)"),
            number: z.number().int().describe("Certificate number within its control"),
            issuedAt: z.iso
              .datetime({ offset: true })
              .describe("When the controller issued it, ISO 8601"),
            controller: z.string().describe("Name of the controller who issued it"),
            declaredEur: eur("Declared"),
            deductedEur: eur("Deducted by the controller"),
            parkedEur: eur("Parked for a later report"),
            certifiedEur: eur("Certified (declared − deducted − parked)"),
          })
          .describe("An included control certificate (the latest of its control)"),
      )
      .optional()
      .describe(
        "The included certificates; only for lead coordinators and admins, absent for readers who see totals",
      ),
    partners: z
      .array(
        z
          .strictObject({
            partnerId: z.string().describe("Partner id"),
            partner: z.string().describe("Partner short name"),
            cofinancingPercent: z
              .number()
              .nullable()
              .describe("The fund's rate in percent; null when not set (then no fund requested)"),
            categories: z
              .array(z.strictObject({ category, ...figures }).describe("One cost category"))
              .describe("Every cost category of the included certificates, in programme order"),
            total,
            contributions: z
              .array(
                z
                  .strictObject({
                    name: z.string().describe("Source of the contribution"),
                    kind: z.enum(CONTRIBUTION_KINDS).describe("Public, automatic public, private"),
                    amountEur: eur("Its share of the contribution (sources sum to the total)"),
                  })
                  .describe("A contribution source's share"),
              )
              .describe("The contribution split by the partner's budgeted sources"),
          })
          .describe("A partner with at least one included certificate"),
      )
      .describe("Figures per partner × cost category"),
    categories: z
      .array(z.strictObject({ category, ...figures }).describe("One cost category"))
      .describe("The project's figures per cost category (sums over the partners)"),
    total,
  })
  .describe(
    "The joint report's financial part: the certified partner reports the lead claims in this report",
  );
