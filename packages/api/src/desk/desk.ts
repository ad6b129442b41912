import type { DeliverableStatus } from "@consortia/db";
import type { DeliverableFilter } from "../deliverables";
import { listDeliverables, OPEN_STATUSES } from "../deliverables";
import { addDays, isoDay } from "../shared/calendar";
import type { ProjectCtx } from "../shared/service-context";
import { trafficLight } from "./traffic-light";

/** A number on the desk and how to list the deliverables behind it (`deliverables.list`). */
export type Figure = { count: number; ids: string[]; filter: DeliverableFilter };

export const DUE_SOON_DAYS = 30;

type Row = Awaited<ReturnType<typeof listDeliverables>>[number];

const figure = (rows: readonly Row[], filter: DeliverableFilter): Figure => ({
  count: rows.length,
  ids: rows.map((r) => r.id),
  filter,
});

const open = (): DeliverableStatus[] => [...OPEN_STATUSES];

const item = (r: Row) => ({
  id: r.id,
  code: r.code,
  title: r.title,
  status: r.status,
  dueDate: r.dueDate,
  daysLate: r.daysLate,
  responsiblePartnerId: r.responsiblePartnerId,
  responsiblePartnerName: r.responsiblePartnerName,
});

/** Completion: the share of deliverables approved; null where there are none. */
const completion = (all: readonly Row[]) =>
  all.length ? all.filter((r) => r.status === "approved").length / all.length : null;

/**
 * The lead partner's desk for the day `now` falls on (UTC): what is late, what falls due in
 * the next 30 days, what waits for review, completion by partner and by work package, and a
 * traffic light per region. Every figure carries the ids and the list filter behind it; the
 * filter returns exactly those ids on the same day.
 */
export async function deskSummary(ctx: ProjectCtx, now: Date) {
  const today = isoDay(now);
  const yesterday = addDays(today, -1);
  const soon = addDays(today, DUE_SOON_DAYS);
  const [rows, partners, wps] = await Promise.all([
    listDeliverables(ctx, {}, now),
    ctx.db
      .selectFrom("partners")
      .select([
        "id",
        "name",
        "short_name as shortName",
        "region_name as regionName",
        "nuts_code as nutsCode",
        "role",
      ])
      .where("project_id", "=", ctx.access.projectId)
      .orderBy("name")
      .execute(),
    ctx.db
      .selectFrom("work_packages")
      .select(["id", "number", "title"])
      .where("project_id", "=", ctx.access.projectId)
      .orderBy("number")
      .execute(),
  ]);
  const overdue = rows.filter((r) => r.overdue);
  const dueSoon = rows.filter(
    (r) => OPEN_STATUSES.includes(r.status) && r.dueDate >= today && r.dueDate <= soon,
  );
  const awaiting = rows.filter((r) => r.status === "submitted");

  const byPartner = partners.map((p) => {
    const all = rows.filter((r) => r.responsiblePartnerId === p.id);
    const scope = { responsiblePartnerId: p.id };
    const light = trafficLight(all, today);
    return {
      ...p,
      completion: completion(all),
      total: figure(all, scope),
      approved: figure(
        all.filter((r) => r.status === "approved"),
        { ...scope, status: ["approved"] },
      ),
      overdue: figure(
        all.filter((r) => r.overdue),
        { ...scope, status: open(), dueTo: yesterday },
      ),
      light: light.light,
      reasons: light.reasons,
      behindLight: figure(
        all.filter((r) => light.ids.includes(r.id)),
        { ids: light.ids },
      ),
    };
  });

  const byWorkPackage = wps.map((wp) => {
    const all = rows.filter((r) => r.workPackageId === wp.id);
    const scope = { workPackageId: wp.id };
    return {
      ...wp,
      completion: completion(all),
      total: figure(all, scope),
      approved: figure(
        all.filter((r) => r.status === "approved"),
        { ...scope, status: ["approved"] },
      ),
    };
  });

  return {
    today,
    overdue: { ...figure(overdue, { status: open(), dueTo: yesterday }), items: overdue.map(item) },
    dueSoon: {
      ...figure(dueSoon, { status: open(), dueFrom: today, dueTo: soon }),
      items: dueSoon.map(item),
    },
    awaitingReview: {
      ...figure(awaiting, { status: ["submitted"] }),
      items: awaiting.map(item),
    },
    completion: completion(rows),
    byPartner,
    byWorkPackage,
  };
}
