import type { RouterOutputs } from "@consortia/api/client";

export type ContributionDetail = RouterOutputs["periodReports"]["contributions"]["get"];
export type Contribution = NonNullable<ContributionDetail["contribution"]>;
export type Records = ContributionDetail["records"];
export type Narrative = Pick<
  Contribution,
  "activities" | "stakeholderInvolvement" | "communication" | "difficultiesDeviations"
>;

export const EMPTY_NARRATIVE: Narrative = {
  activities: "",
  stakeholderInvolvement: "",
  communication: "",
  difficultiesDeviations: "",
};

/** Only the narrative of a contribution: what the form edits and sends. */
export const narrativeOf = (c: Narrative | null): Narrative =>
  c
    ? {
        activities: c.activities,
        stakeholderInvolvement: c.stakeholderInvolvement,
        communication: c.communication,
        difficultiesDeviations: c.difficultiesDeviations,
      }
    : EMPTY_NARRATIVE;
