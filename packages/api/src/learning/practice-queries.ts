import type { GoodPracticeStatus, GoodPracticeTable } from "@consortia/db";
import { sql } from "kysely";
import { notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { visibleGoodPractices } from "./access";
import type { PracticeFields, ProgrammeFieldKey } from "./practice-schemas";

/**
 * The day a good practice counts from, as `YYYY-MM-DD`: the validation day the programme
 * gave, else the (UTC) day it was marked validated; null for one never validated. Publishing
 * comes later and never moves it. The indicator "good practices" and the period report's
 * outputs both date a practice with it (and place the day with `periodIndex`), so a practice
 * counts, and is listed, in one period only. Select it from `good_practices`.
 */
export const practiceCountDay = sql<string | null>`coalesce(
  to_char(${sql.ref("good_practices.validated_on")}, 'YYYY-MM-DD'),
  to_char(${sql.ref("good_practices.validated_at")} at time zone 'UTC', 'YYYY-MM-DD'))`;

/** Good practices the caller may see, not deleted, with their owning partner. */
export function practicesQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("good_practices")
    .where(visibleGoodPractices(ctx))
    .innerJoin("partners as owner", "owner.id", "good_practices.owner_partner_id");
}

/** The column of each programme field. */
export const PROGRAMME_COLUMNS = {
  title: "title",
  summary: "summary",
  locationCountry: "location_country",
  locationRegion: "location_region",
  locationCity: "location_city",
  mainInstitution: "main_institution",
  description: "description",
  resourcesNeeded: "resources_needed",
  timescale: "timescale",
  evidenceOfSuccess: "evidence_of_success",
  difficulties: "difficulties",
  potentialForTransfer: "potential_for_transfer",
  furtherInformation: "further_information",
  contactName: "contact_name",
  contactEmail: "contact_email",
} as const satisfies Record<ProgrammeFieldKey, keyof GoodPracticeTable>;

/** The programme's fields of a row as written, every one of them (a missing one fails to compile). */
export type ProgrammeRow = {
  [K in ProgrammeFieldKey as (typeof PROGRAMME_COLUMNS)[K]]: PracticeFields[K];
};

/** The programme's fields, named as the forms and the export name them. */
export const programmeColumns = [
  "good_practices.title",
  "good_practices.summary",
  "good_practices.location_country as locationCountry",
  "good_practices.location_region as locationRegion",
  "good_practices.location_city as locationCity",
  "good_practices.main_institution as mainInstitution",
  "good_practices.description",
  "good_practices.resources_needed as resourcesNeeded",
  "good_practices.timescale",
  "good_practices.evidence_of_success as evidenceOfSuccess",
  "good_practices.difficulties",
  "good_practices.potential_for_transfer as potentialForTransfer",
  "good_practices.further_information as furtherInformation",
  "good_practices.contact_name as contactName",
  "good_practices.contact_email as contactEmail",
] as const;

// Every programme field is selected under its own name: a field added to PROGRAMME_FIELDS
// but not here fails to compile.
type SelectedAs<S> = S extends `${string} as ${infer A}`
  ? A
  : S extends `good_practices.${infer C}`
    ? C
    : never;
const everyFieldSelected: ProgrammeFieldKey extends SelectedAs<(typeof programmeColumns)[number]>
  ? true
  : false = true;
void everyFieldSelected;

export const practiceSummaryColumns = [
  "good_practices.id",
  "good_practices.title",
  "good_practices.owner_partner_id as ownerPartnerId",
  "owner.short_name as ownerPartnerName",
  "owner.country as ownerCountry",
  "good_practices.location_country as locationCountry",
  "good_practices.themes",
  "good_practices.status",
  "good_practices.validated_on as validatedOn",
  "good_practices.created_by as createdBy",
  "good_practices.updated_at as updatedAt",
  "good_practices.version",
] as const;

export const workflowColumns = [
  "good_practices.return_comment as returnComment",
  "good_practices.submitted_at as submittedAt",
  "good_practices.submitted_by as submittedBy",
  "good_practices.approved_at as approvedAt",
  "good_practices.approved_by as approvedBy",
  "good_practices.returned_at as returnedAt",
  "good_practices.returned_by as returnedBy",
  "good_practices.validated_at as validatedAt",
  "good_practices.validated_by as validatedBy",
  "good_practices.published_at as publishedAt",
  "good_practices.published_by as publishedBy",
  "good_practices.created_at as createdAt",
] as const;

/** What a change needs to know of a practice the caller can see. */
export async function loadPractice(ctx: ProjectCtx, goodPracticeId: string) {
  const p = await practicesQuery(ctx)
    .select([
      "good_practices.id",
      "good_practices.title",
      "good_practices.status",
      "good_practices.owner_partner_id",
      "good_practices.created_by",
      "good_practices.version",
      "owner.short_name as owner_name",
    ])
    .where("good_practices.id", "=", goodPracticeId)
    .executeTakeFirst();
  if (!p) throw notFound("Good practice");
  return p as typeof p & { status: GoodPracticeStatus };
}
