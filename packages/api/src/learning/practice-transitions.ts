import type { GoodPracticeStatus } from "@consortia/db/schema";

export const STATUS_LABELS: Record<GoodPracticeStatus, string> = {
  draft: "a draft",
  submitted: "submitted",
  approved: "approved",
  returned: "returned",
  validated: "validated",
  published: "published",
};

export type Transition = "submit" | "approve" | "return" | "validate" | "publish";

/**
 * The good-practice workflow: author drafts → submits → the lead coordinator approves (or
 * returns it with a comment, and the author submits again) → the programme validates it
 * (recorded by a lead coordinator or an observer, with the date) → the lead publishes it.
 */
export const TRANSITIONS: Record<
  Transition,
  { from: readonly GoodPracticeStatus[]; to: GoodPracticeStatus; done: string }
> = {
  submit: { from: ["draft", "returned"], to: "submitted", done: "submitted" },
  approve: { from: ["submitted"], to: "approved", done: "approved" },
  return: { from: ["submitted", "approved"], to: "returned", done: "returned" },
  validate: { from: ["approved"], to: "validated", done: "validated" },
  publish: { from: ["validated"], to: "published", done: "published" },
};

/** Why a transition is not possible from the practice's current status. */
export function illegalTransition(t: Transition, status: GoodPracticeStatus): string {
  const from = TRANSITIONS[t].from.map((s) => STATUS_LABELS[s]).join(" or ");
  return `This good practice is ${STATUS_LABELS[status]}; it can be ${TRANSITIONS[t].done} only when it is ${from}.`;
}
