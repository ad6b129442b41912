import {
  CONTRIBUTION_NARRATIVE_LIMIT,
  CONTRIBUTION_STATUSES,
  type ContributionStatus,
} from "@consortia/db/schema";
import { z } from "zod";
import { periodNumber } from "../shared/fields";

// Client-safe field rules of a partner's contribution to a period's progress report, shared by
// forms and procedures.

export { CONTRIBUTION_NARRATIVE_LIMIT, CONTRIBUTION_STATUSES };

export const CONTRIBUTION_STATUS_LABELS: Record<ContributionStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  returned: "Returned for changes",
};

/** The narrative sections, in the order of the progress report, with their headings. */
export const NARRATIVE_LABELS = {
  activities: "Activities carried out",
  stakeholderInvolvement: "Involvement of stakeholders",
  communication: "Communication",
  difficultiesDeviations: "Difficulties and deviations",
} as const;

const narrativeText = z
  .string("Write some text, or leave it empty")
  .max(CONTRIBUTION_NARRATIVE_LIMIT, `At most ${CONTRIBUTION_NARRATIVE_LIMIT} characters`);

export const contributionNarrative = {
  activities: narrativeText,
  stakeholderInvolvement: narrativeText,
  communication: narrativeText,
  difficultiesDeviations: narrativeText,
};

export const contributionPeriod = periodNumber;

/** Which contribution: a partner of the project and one of its reporting periods. */
export const contributionRef = {
  partnerId: z.uuid("Choose a partner"),
  periodNumber: contributionPeriod,
};

export const contributionReturnComment = z
  .string("Say what the partner should change")
  .trim()
  .min(1, "Say what the partner should change")
  .max(2000, "At most 2000 characters");
