import { listIndicators } from "../indicators";
import type { ProjectCtx } from "../shared/service-context";
import type { ReportIndicator } from "./model";

/** cumulative / target in percent with one decimal; null without a positive target. */
export function percentOfTarget(cumulative: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return Math.round((cumulative / target) * 1000) / 10;
}

/** The participations of the periods up to this one (index), for people counted once. */
const participationsUpTo = (periods: { participations: number | null }[], index: number) =>
  periods.slice(0, index + 1).reduce((n, p) => n + (p.participations ?? 0), 0);

/**
 * Every indicator's figures for the period, from the indicator catalogue's own computation
 * (so the report says exactly what the indicator pages say): previously reported (the
 * cumulative value up to the previous period), this period's, cumulative, against target,
 * whether it was entered by hand (with the justification) and the computed partner split —
 * none for a period whose computed value the lead coordinator overrode (`isOverride`).
 */
export async function periodIndicators(
  ctx: ProjectCtx,
  periodNumber: number,
  now: Date,
  names: ReadonlyMap<string, string>,
): Promise<ReportIndicator[]> {
  const { indicators } = await listIndicators(ctx, now);
  const index = periodNumber - 1;
  return indicators.map((ind) => {
    const row = ind.periods[index];
    const before = index > 0 ? ind.periods[index - 1] : undefined;
    const cumulative = Number(row?.cumulative ?? 0);
    const target = ind.target === null ? null : Number(ind.target);
    return {
      id: ind.id,
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      source: ind.source,
      target,
      previously: Number(before?.cumulative ?? 0),
      thisPeriod: Number(row?.value ?? 0),
      cumulative,
      percentOfTarget: percentOfTarget(cumulative, target),
      entered: Boolean(row?.entered),
      justification: row?.entered?.justification ?? null,
      ...(ind.participations === null
        ? {}
        : {
            participations: {
              thisPeriod: row?.participations ?? 0,
              cumulative: participationsUpTo(ind.periods, index),
            },
          }),
      // An override corrects the partnership's figure, not a partner's: it is not split, and
      // the computed split (which sums to something else) is not passed off as its split.
      byPartner: row?.overridden
        ? []
        : (ind.byPartner ?? []).map((p) => ({
            partnerId: p.partnerId,
            partner: names.get(p.partnerId) ?? "",
            value: Number(p.periods[index] ?? 0),
          })),
    };
  });
}
