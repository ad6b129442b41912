import type { IndicatorUnit } from "@consortia/db";
import { isoDay, periodOf } from "../shared/calendar";
import { projectSchedule } from "../shared/project-calendar";
import { projectPartners } from "../shared/project-partners";
import { isTargetKey } from "../shared/project-targets";
import type { ProjectCtx } from "../shared/service-context";
import { percentOf, runningTotals, shown, total } from "./amounts";
import { computeIndicators } from "./compute";
import { COMPUTED_KEY_LABELS } from "./schemas";

const negative = (amount: string) => (amount.startsWith("-") ? amount.slice(1) : `-${amount}`);

/**
 * A computed indicator's cumulative values with its overrides: the computed cumulative (a
 * running total, or people counted once), moved by what each override up to then changed.
 */
function adjustedCumulative(
  computed: readonly string[],
  rows: readonly { computed: string | null; value: string | null; overridden: boolean }[],
  unit: IndicatorUnit,
): string[] {
  let shift = total([], unit);
  return rows.map((r, i) => {
    if (r.overridden && r.value !== null)
      shift = total([shift, r.value, negative(r.computed ?? "0")], unit);
    return total([computed[i] ?? "0", shift], unit);
  });
}

/**
 * The catalogue with every indicator's values per reporting period (what happened in it),
 * cumulative (the sum up to it; people counted once, once), against its target and, for
 * computed indicators, by partner.
 * A period's value is the one a lead coordinator entered (a manual value, or an override of
 * the computed one, with its justification) or else the computed one. The partner split is
 * always the computed one: an override corrects the partnership's figure, not a partner's.
 *
 * Like the policy counts, these are partnership-level figures every member reads alike: only
 * numbers leave here, never a draft's content. Periods that have not begun count nothing.
 * The first read of a project without a catalogue creates the standard one.
 */
export async function listIndicators(ctx: ProjectCtx, now: Date) {
  const projectId = ctx.access.projectId;
  const today = isoDay(now);
  const schedule = await projectSchedule(ctx.db, projectId);
  const { periods } = schedule;
  const [indicators, entered, partners, computed] = await Promise.all([
    ctx.db
      .selectFrom("indicators")
      .selectAll()
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .orderBy("position")
      .orderBy("code")
      .execute(),
    ctx.db
      .selectFrom("indicator_values as v")
      .innerJoin("indicators as i", "i.id", "v.indicator_id")
      .leftJoin("users as u", "u.id", "v.updated_by")
      .select([
        "v.indicator_id as indicatorId",
        "v.period_number as periodNumber",
        "v.value",
        "v.justification",
        "v.version",
        "v.updated_at as updatedAt",
        "v.updated_by as updatedById",
        "u.name as updatedByName",
      ])
      .where("v.project_id", "=", projectId)
      .where("i.deleted_at", "is", null)
      .execute(),
    projectPartners(ctx.db, projectId),
    computeIndicators(ctx.db, projectId, periods, today),
  ]);
  const current = periodOf(periods, today);
  // Lead coordinators keep the catalogue and enter values (the procedures admit LEAD_ROLES).
  const lead = ctx.access.isLead;
  const can = { edit: lead, delete: lead, setValues: lead };
  return {
    today,
    currentPeriod: current,
    periods: periods.map((p) => ({
      number: p.number,
      start: p.start,
      end: p.end,
      phase: p.phase,
      begun: p.start <= today,
    })),
    partners,
    indicators: indicators.map((ind) => {
      const series = ind.computed_key ? computed[ind.computed_key] : null;
      const rows = periods.map((p, i) => {
        const e = entered.find((v) => v.indicatorId === ind.id && v.periodNumber === p.number);
        const computedValue = series ? (series.periods[i] ?? "0") : null;
        return {
          number: p.number,
          computed: computedValue,
          entered: e
            ? {
                value: shown(e.value, ind.unit),
                justification: e.justification,
                version: e.version,
                updatedAt: e.updatedAt,
                updatedBy: e.updatedById ? { id: e.updatedById, name: e.updatedByName } : null,
              }
            : null,
          /** What the period reports: the entered value, else the computed one (null: none). */
          value: e ? shown(e.value, ind.unit) : computedValue,
          overridden: Boolean(e && series),
          /** People counted once: the participations behind the computed value (else null). */
          participations: series?.participations?.periods[i] ?? null,
        };
      });
      const cumulative = series
        ? adjustedCumulative(series.cumulative, rows, ind.unit)
        : runningTotals(
            rows.map((r) => r.value ?? "0"),
            ind.unit,
          );
      const achieved = cumulative.at(-1) ?? total([], ind.unit);
      const target = ind.target === null ? null : shown(ind.target, ind.unit);
      return {
        id: ind.id,
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        target,
        source: ind.source,
        computedKey: ind.computed_key,
        /** The desk and the good-practice target card show this target too. */
        targetOnProject: ind.computed_key !== null && isTargetKey(ind.computed_key),
        /** How a computed indicator is counted (null: entered by hand). */
        description: ind.computed_key ? COMPUTED_KEY_LABELS[ind.computed_key] : null,
        position: ind.position,
        version: ind.version,
        periods: rows.map((r, i) => ({ ...r, cumulative: cumulative[i] ?? achieved })),
        cumulative: achieved,
        /** People counted once: all their participations so far (else null). */
        participations: series?.participations?.cumulative ?? null,
        percentOfTarget: percentOf(achieved, target),
        byPartner: series
          ? partners.map((p) => {
              const own = series.byPartner.get(p.id);
              return {
                partnerId: p.id,
                periods: own?.periods ?? periods.map(() => total([], ind.unit)),
                cumulative: own?.cumulative ?? total([], ind.unit),
              };
            })
          : null,
        can,
      };
    }),
  };
}
