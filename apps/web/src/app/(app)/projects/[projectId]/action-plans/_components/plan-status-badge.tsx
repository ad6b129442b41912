import type { ActionPlanStatus } from "@consortia/db/schema";
import { Badge } from "@/components/ui/badge";
import { PLAN_STATUS_TEXT, PLAN_STATUS_VARIANTS } from "./labels";

/** An action plan's status in words, with colour as a second cue only. */
export function PlanStatusBadge({ status }: { status: ActionPlanStatus }) {
  return <Badge variant={PLAN_STATUS_VARIANTS[status]}>{PLAN_STATUS_TEXT[status]}</Badge>;
}
