import type { RouterInputs } from "@consortia/api/client";
import {
  GOOD_PRACTICE_STATUSES,
  type GoodPracticeStatus,
  LEARNING_EVENT_KINDS,
  POLICY_IMPROVEMENT_STATUSES,
  POLICY_IMPROVEMENT_TYPES,
} from "@consortia/db/schema";
import { z } from "zod";
import { hrefWith, isId, param, type RawSearchParams, readSearchParams } from "./search-params";

// The lists' filters live in the address, so the desk, the home page, the matrix and the
// indicators link straight to the records behind a figure, and a filtered view can be shared.

const project = (projectId: string) => `/projects/${projectId}`;

export type DeliverableFilter = Omit<RouterInputs["deliverables"]["list"], "projectId">;
type DeliverableStatus = NonNullable<DeliverableFilter["status"]>[number];

export const DELIVERABLE_STATUSES = [
  "planned",
  "in_progress",
  "submitted",
  "changes_requested",
  "approved",
] as const satisfies readonly DeliverableStatus[];

const isDeliverableStatus = (s: string): s is DeliverableStatus =>
  (DELIVERABLE_STATUSES as readonly string[]).includes(s);

/** `?ids=` names exact records; present but empty it still means "these (none)". */
const ids = z
  .preprocess(
    (v) => (v === undefined ? undefined : ((Array.isArray(v) ? v[0] : v) ?? "")),
    z
      .string()
      .transform((s) => s.split(",").filter(isId).slice(0, 500))
      .optional(),
  )
  .catch(undefined);

const DELIVERABLE_PARAMS = {
  status: param.list(isDeliverableStatus),
  wp: param.id(),
  partner: param.id(),
  kind: param.oneOf(["deliverable", "output"]),
  from: param.day(),
  to: param.day(),
  period: param.int(1, 40),
  ids,
};

/** The desk's filter objects, read back from the address. */
export function readDeliverableFilter(raw: RawSearchParams): DeliverableFilter {
  const q = readSearchParams(DELIVERABLE_PARAMS, raw);
  const f: DeliverableFilter = {
    status: q.status,
    workPackageId: q.wp,
    responsiblePartnerId: q.partner,
    kind: q.kind,
    dueFrom: q.from,
    dueTo: q.to,
    periodNumber: q.period,
    ids: q.ids,
  };
  // The API's input is strict about what it is given: leave the unset keys out.
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
}

export function deliverablesHref(projectId: string, f: DeliverableFilter): string {
  return hrefWith(`${project(projectId)}/deliverables`, {
    status: f.status?.join(","),
    wp: f.workPackageId,
    partner: f.responsiblePartnerId,
    kind: f.kind,
    from: f.dueFrom,
    to: f.dueTo,
    period: f.periodNumber,
    ids: f.ids?.join(","),
  });
}

const IMPROVEMENT_PARAMS = {
  partner: param.id(),
  status: param.oneOf(POLICY_IMPROVEMENT_STATUSES),
  type: param.oneOf(POLICY_IMPROVEMENT_TYPES),
};
export type ImprovementFilter = Partial<z.output<z.ZodObject<typeof IMPROVEMENT_PARAMS>>>;

export const readImprovementFilter = (raw: RawSearchParams): ImprovementFilter =>
  readSearchParams(IMPROVEMENT_PARAMS, raw);

export const improvementsHref = (projectId: string, f: ImprovementFilter) =>
  hrefWith(`${project(projectId)}/improvements`, {
    partner: f.partner,
    status: f.status,
    type: f.type,
  });

const EVENT_PARAMS = {
  kind: param.oneOf(LEARNING_EVENT_KINDS),
  host: param.id(),
  theme: param.text(60, { lower: true }),
  from: param.day(),
  to: param.day(),
  view: param.oneOf(["list", "timeline"]),
  month: param.month(),
};
export type EventFilter = Partial<z.output<z.ZodObject<typeof EVENT_PARAMS>>>;

export const readEventFilter = (raw: RawSearchParams): EventFilter =>
  readSearchParams(EVENT_PARAMS, raw);

export const eventsHref = (projectId: string, f: EventFilter) =>
  hrefWith(`${project(projectId)}/learning`, {
    view: f.view === "timeline" && f.view,
    kind: f.kind,
    host: f.host,
    theme: f.theme,
    from: f.from,
    to: f.to,
    month: f.month,
  });

/** The practices' status filter for "validated or published": the ones that count. */
export const COUNTED = "counted";

const PRACTICE_PARAMS = {
  status: param.oneOf([...GOOD_PRACTICE_STATUSES, COUNTED]),
  owner: param.id(),
  theme: param.text(60, { lower: true }),
};
export type PracticeFilter = {
  status?: GoodPracticeStatus;
  /** Validated or published: the practices that count for the indicator. */
  counted?: boolean;
  owner?: string;
  theme?: string;
};

export function readPracticeFilter(raw: RawSearchParams): PracticeFilter {
  const { status, owner, theme } = readSearchParams(PRACTICE_PARAMS, raw);
  return status === COUNTED ? { counted: true, owner, theme } : { status, owner, theme };
}

export const practicesHref = (projectId: string, f: PracticeFilter) =>
  hrefWith(`${project(projectId)}/practices`, {
    status: f.status ?? (f.counted && COUNTED),
    owner: f.owner,
    theme: f.theme,
  });
