import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import type { DeliverableKind } from "@consortia/db/schema";
import { KIND_LABELS } from "./labels";

export type SavedDeliverable = RouterOutputs["deliverables"]["get"];
export type DeliverableInput = Omit<RouterInputs["deliverables"]["create"], "projectId">;
export type Periods = RouterOutputs["projects"]["periods"];

export type FormOptions = {
  partners: { id: string; name: string }[];
  workPackages: { id: string; number: number; title: string; startDate: string; endDate: string }[];
  activities: { id: string; workPackageId: string; title: string }[];
  periods: Periods;
};

/** The form's values: selects hold "" for "none", the target is the text typed. */
export type DeliverableValues = {
  code: string;
  title: string;
  description: string;
  kind: DeliverableKind;
  workPackageId: string;
  activityId: string;
  responsiblePartnerId: string;
  contributingPartnerIds: string[];
  dueDate: string;
  targetValue: string;
};

export const DELIVERABLE_LABELS: Record<keyof DeliverableValues, string> = {
  code: "Code",
  title: "Title",
  description: "Description",
  kind: "Kind",
  workPackageId: "Work package",
  activityId: "Activity",
  responsiblePartnerId: "Responsible partner",
  contributingPartnerIds: "Contributing partners",
  dueDate: "Due date",
  targetValue: "Target value",
};

export function emptyDeliverable(workPackageId = ""): DeliverableValues {
  return {
    code: "",
    title: "",
    description: "",
    kind: "deliverable",
    workPackageId,
    activityId: "",
    responsiblePartnerId: "",
    contributingPartnerIds: [],
    dueDate: "",
    targetValue: "",
  };
}

export function toDeliverableValues(d: SavedDeliverable): DeliverableValues {
  return {
    code: d.code,
    title: d.title,
    description: d.description,
    kind: d.kind,
    workPackageId: d.workPackageId,
    activityId: d.activityId ?? "",
    responsiblePartnerId: d.responsiblePartnerId,
    contributingPartnerIds: d.contributingPartners.map((p) => p.id),
    dueDate: d.dueDate,
    targetValue: d.targetValue === null ? "" : String(d.targetValue),
  };
}

/**
 * What the API receives. The achieved value is the responsible partner's report at
 * submission; the plan's form carries it over unchanged (an output turned into a plain
 * deliverable no longer counts one).
 */
export function toDeliverableInput(
  v: DeliverableValues,
  achievedValue: number | null,
): DeliverableInput {
  const output = v.kind === "output";
  const target = v.targetValue.trim();
  return {
    code: v.code,
    title: v.title,
    description: v.description,
    kind: v.kind,
    workPackageId: v.workPackageId,
    activityId: v.activityId || null,
    responsiblePartnerId: v.responsiblePartnerId,
    contributingPartnerIds: v.contributingPartnerIds.filter((id) => id !== v.responsiblePartnerId),
    dueDate: v.dueDate,
    targetValue: output && target !== "" ? Number(target) : null,
    achievedValue: output ? achievedValue : null,
  };
}

/** The reporting period a due date falls in, in words, for the hint under the date. */
export function periodHint(periods: Periods, day: string): string {
  const range = `${periods.startDate} to ${periods.lastDay}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return `Due dates fall within the project: ${range}.`;
  const p = periods.periods.find((x) => x.start <= day && day <= x.end);
  if (!p) return `Outside the project's reporting periods (${range}).`;
  const closure = p.closureStart !== null && day >= p.closureStart ? ", in the closure months" : "";
  return `Falls in reporting period ${p.number} (${p.start} to ${p.end})${closure}.`;
}

export function displayDeliverableValue(
  k: keyof DeliverableValues,
  v: DeliverableValues,
  options: FormOptions,
): string {
  const partner = (id: string) => options.partners.find((p) => p.id === id)?.name ?? "";
  switch (k) {
    case "kind":
      return KIND_LABELS[v.kind] ?? v.kind;
    case "workPackageId": {
      const wp = options.workPackages.find((w) => w.id === v.workPackageId);
      return wp ? `WP${wp.number} ${wp.title}` : "";
    }
    case "activityId":
      return options.activities.find((a) => a.id === v.activityId)?.title ?? "";
    case "responsiblePartnerId":
      return partner(v.responsiblePartnerId);
    case "contributingPartnerIds":
      return v.contributingPartnerIds.map(partner).sort().join(", ");
    case "targetValue":
      return v.kind === "output" ? v.targetValue.trim() : "";
    case "code":
      return v.code.trim().toUpperCase();
    default:
      return String(v[k]).trim();
  }
}
