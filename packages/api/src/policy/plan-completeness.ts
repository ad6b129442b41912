import type { ActionPlanSection, Db } from "@consortia/db";
import type { ActionPlanContent } from "./snapshot-content";

/**
 * What an action plan still lacks before it is final (issue 16, item 9), as good practices
 * check their programme fields before submission: every part of the programme's template
 * written (Parts I and II, their English summaries when the plan is in another language, and
 * for each action its background, activities, players, timeframe, costs and funding
 * sources), and every review comment resolved. Each gap names the field it belongs to, so
 * the refusal is a list of field errors and the page lists the same words.
 */
export type PlanGap = { field: string; message: string };

const SECTION_NAMES: Record<ActionPlanSection, string> = {
  general_information: "Part I (general information)",
  policy_context: "Part II (policy context)",
  actions: "the actions",
  action: "an action",
};

/** The parts of an action the template asks for, with the words the page uses. */
const ACTION_PARTS = [
  ["background", "its background"],
  ["activities", "its activities"],
  ["players", "the players involved"],
  ["fundingSources", "its funding sources"],
] as const;

export function contentGaps(content: ActionPlanContent): PlanGap[] {
  const gaps: PlanGap[] = [];
  const { plan } = content;
  const add = (field: string, message: string) => gaps.push({ field, message });
  if (!plan.generalInformation.trim())
    add("generalInformation", "Write Part I, the general information");
  if (!plan.policyContext.trim()) add("policyContext", "Write Part II, the policy context");
  if (plan.language !== "en") {
    if (!plan.generalInformationEn.trim())
      add("generalInformationEn", "Write the English summary of Part I");
    if (!plan.policyContextEn.trim())
      add("policyContextEn", "Write the English summary of Part II");
    if (!plan.actionsSummaryEn.trim())
      add("actionsSummaryEn", "Write the English summary of the actions");
  }
  if (content.actions.length === 0) add("actions", "Add the plan's actions");
  for (const a of content.actions) {
    const missing: string[] = ACTION_PARTS.filter(([k]) => !a[k].trim()).map(([, w]) => w);
    if (!a.startDate || !a.endDate) missing.push("its timeframe");
    if (a.estimatedCostEur === null) missing.push("its costs");
    if (missing.length)
      add(`actions.${a.id}`, `Action ${a.position} (${a.title}) lacks ${listed(missing)}`);
  }
  return gaps;
}

function listed(words: string[]): string {
  if (words.length < 2) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Open review threads (a thread is resolved on its first comment), by section. */
export async function openCommentGaps(db: Db, planId: string): Promise<PlanGap[]> {
  const rows = await db
    .selectFrom("action_plan_comments")
    .select(["section", (eb) => eb.fn.countAll<string>().as("n")])
    .where("action_plan_id", "=", planId)
    .where("parent_id", "is", null)
    .where("deleted_at", "is", null)
    .where("resolved_at", "is", null)
    .groupBy("section")
    .execute();
  return rows
    .map((r) => ({ section: r.section, n: Number(r.n) }))
    .sort((a, b) => a.section.localeCompare(b.section))
    .map(({ section, n }) => ({
      field: "comments",
      message: `${n} open review ${n === 1 ? "comment" : "comments"} on ${SECTION_NAMES[section]}`,
    }));
}

export async function planGaps(
  db: Db,
  content: ActionPlanContent,
  planId: string,
): Promise<PlanGap[]> {
  return [...contentGaps(content), ...(await openCommentGaps(db, planId))];
}
