import { diffWords } from "diff";
import type { ActionContent, ActionPlanContent, InspirationContent } from "./snapshot-content";

/** One run of text: unchanged, added or removed. The UI renders `value` as text, never HTML. */
export type DiffPart = { value: string; added: boolean; removed: boolean };
export type FieldDiff = { key: string; label: string; changed: boolean; parts: DiffPart[] };
export type InspirationRef = Pick<InspirationContent, "kind" | "id" | "title">;
export type ActionDiff = {
  actionId: string;
  change: "added" | "removed" | "changed" | "unchanged";
  title: string;
  /** Positions in the older and the newer content (null where the action is absent). */
  from: number | null;
  to: number | null;
  fields: FieldDiff[];
  inspirations: { added: InspirationRef[]; removed: InspirationRef[] };
};
export type PlanDiff = { sections: FieldDiff[]; actions: ActionDiff[] };

const PLAN_FIELDS: { key: keyof ActionPlanContent["plan"]; label: string }[] = [
  { key: "title", label: "Title" },
  { key: "language", label: "Language" },
  { key: "generalInformation", label: "General information" },
  { key: "generalInformationEn", label: "General information (English summary)" },
  { key: "policyContext", label: "Policy context" },
  { key: "policyContextEn", label: "Policy context (English summary)" },
  { key: "actionsSummaryEn", label: "Actions (English summary)" },
];

const ACTION_FIELDS: {
  key: keyof Omit<ActionContent, "id" | "position" | "inspirations">;
  label: string;
}[] = [
  { key: "title", label: "Title" },
  { key: "background", label: "Background" },
  { key: "activities", label: "Activities" },
  { key: "players", label: "Players involved" },
  { key: "startDate", label: "Start" },
  { key: "endDate", label: "End" },
  { key: "estimatedCostEur", label: "Estimated costs (EUR)" },
  { key: "fundingSources", label: "Funding sources" },
  { key: "status", label: "Status" },
  { key: "summaryEn", label: "English summary" },
];

const str = (v: string | null | undefined) => v ?? "";

/** Word-level difference of two texts, as plain parts. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ value: before, added: false, removed: false }] : [];
  return diffWords(before, after).map((c) => ({
    value: c.value,
    added: c.added,
    removed: c.removed,
  }));
}

function field(key: string, label: string, before: string, after: string): FieldDiff {
  return { key, label, changed: before !== after, parts: diffText(before, after) };
}

const inspirationKey = (i: InspirationRef) => `${i.kind}:${i.id}`;
const ref = ({ kind, id, title }: InspirationContent): InspirationRef => ({ kind, id, title });

function actionDiff(before: ActionContent | undefined, after: ActionContent | undefined) {
  const a = (after ?? before) as ActionContent;
  const fields = ACTION_FIELDS.map(({ key, label }) =>
    field(key, label, before ? str(before[key]) : "", after ? str(after[key]) : ""),
  );
  const beforeKeys = new Set((before?.inspirations ?? []).map(inspirationKey));
  const afterKeys = new Set((after?.inspirations ?? []).map(inspirationKey));
  const inspirations = {
    added: (after?.inspirations ?? []).filter((i) => !beforeKeys.has(inspirationKey(i))).map(ref),
    removed: (before?.inspirations ?? []).filter((i) => !afterKeys.has(inspirationKey(i))).map(ref),
  };
  const changed =
    fields.some((f) => f.changed) ||
    inspirations.added.length > 0 ||
    inspirations.removed.length > 0;
  const change: ActionDiff["change"] = !before
    ? "added"
    : !after
      ? "removed"
      : changed
        ? "changed"
        : "unchanged";
  return {
    actionId: a.id,
    change,
    title: a.title,
    from: before?.position ?? null,
    to: after?.position ?? null,
    fields,
    inspirations,
  } satisfies ActionDiff;
}

/**
 * What changed from one version of a plan to another: each section word by word, and each
 * action, matched by its id, as added, removed, changed or unchanged (newer order first,
 * then the removed ones where they stood).
 */
export function diffPlanContent(before: ActionPlanContent, after: ActionPlanContent): PlanDiff {
  const sections = PLAN_FIELDS.map(({ key, label }) =>
    field(key, label, before.plan[key], after.plan[key]),
  );
  const old = new Map(before.actions.map((a) => [a.id, a]));
  const current = new Set(after.actions.map((a) => a.id));
  const actions = [
    ...after.actions.map((a) => actionDiff(old.get(a.id), a)),
    ...before.actions.filter((a) => !current.has(a.id)).map((a) => actionDiff(a, undefined)),
  ];
  return { sections, actions };
}
