import type { Db } from "../client";
import type { IndicatorComputedKey, IndicatorSource, IndicatorUnit } from "../indicators-schema";

export type StandardIndicator = {
  code: string;
  name: string;
  unit: IndicatorUnit;
  source: IndicatorSource;
  computedKey: IndicatorComputedKey | null;
  /** A realistic target for a partnership of ten regions (the demo's). */
  demoTarget: string;
};

/**
 * The indicators every Interreg Europe project reports (DOMAIN.md), in the order the
 * programme's progress report lists them. Pilot actions have no record of their own yet, so
 * they are entered by hand with a justification.
 */
export const STANDARD_INDICATORS: readonly StandardIndicator[] = [
  {
    code: "GP",
    name: "Good practices identified (validated by the programme)",
    unit: "count",
    source: "computed",
    computedKey: "good_practices",
    demoTarget: "20",
  },
  {
    code: "LE",
    name: "Interregional learning events held",
    unit: "count",
    source: "computed",
    computedKey: "learning_events",
    demoTarget: "30",
  },
  {
    code: "PR",
    name: "Peer reviews held",
    unit: "count",
    source: "computed",
    computedKey: "peer_reviews",
    demoTarget: "10",
  },
  {
    code: "PC",
    name: "People with increased professional capacity",
    unit: "people",
    source: "computed",
    computedKey: "people_capacity",
    demoTarget: "250",
  },
  {
    code: "PI",
    name: "Policy instruments addressed",
    unit: "count",
    source: "computed",
    computedKey: "instruments_addressed",
    demoTarget: "10",
  },
  {
    code: "AP",
    name: "Action plans developed jointly (RCO83)",
    unit: "count",
    source: "computed",
    computedKey: "action_plans",
    demoTarget: "10",
  },
  {
    code: "PIM",
    name: "Policy instruments improved (RCR79)",
    unit: "count",
    source: "computed",
    computedKey: "instruments_improved",
    demoTarget: "7",
  },
  {
    code: "OC",
    name: "Organisations cooperating across borders (RCO87)",
    unit: "organisations",
    source: "computed",
    computedKey: "organisations",
    demoTarget: "11",
  },
  {
    code: "PA",
    name: "Pilot actions developed jointly (RCO84)",
    unit: "count",
    source: "manual",
    computedKey: null,
    demoTarget: "2",
  },
  {
    code: "FM",
    name: "Funds mobilised for the policy instruments (EUR)",
    unit: "eur",
    source: "computed",
    computedKey: "funds_mobilised",
    demoTarget: "20000000.00",
  },
];

/** A new project's good-practice target until the lead enters the application form's. */
export const DEFAULT_GOOD_PRACTICE_TARGET = "20";

/**
 * Inserts the standard catalogue of a new project, in the transaction that creates it (a
 * project always has its catalogue; nothing creates it later on a read). Targets are the
 * demo's with `demoTargets`; otherwise only good practices get the default target and the
 * rest wait for the lead partner to enter the application form's (a made-up target would be
 * worse than none). The catalogue is where targets live: the desk and the good-practice card
 * read them here.
 */
export async function insertStandardCatalogue(
  trx: Db,
  projectId: string,
  opts: { demoTargets: boolean; actorId: string | null },
): Promise<void> {
  const initialTarget = (s: StandardIndicator) =>
    opts.demoTargets
      ? s.demoTarget
      : s.computedKey === "good_practices"
        ? DEFAULT_GOOD_PRACTICE_TARGET
        : null;
  await trx
    .insertInto("indicators")
    .values(
      STANDARD_INDICATORS.map((s, i) => ({
        project_id: projectId,
        code: s.code,
        name: s.name,
        unit: s.unit,
        target: initialTarget(s),
        source: s.source,
        computed_key: s.computedKey,
        position: i + 1,
        created_by: opts.actorId,
      })),
    )
    .execute();
  await trx
    .insertInto("audit_log")
    .values({
      project_id: projectId,
      actor_id: opts.actorId,
      entity: "indicator",
      entity_id: null,
      action: "create_catalogue",
      summary: `Standard indicator catalogue created (${STANDARD_INDICATORS.length} indicators)`,
    })
    .execute();
}

/** The demo partnership's catalogue, with realistic targets (inside the demo seed). */
export function seedDemoIndicators(trx: Db, projectId: string): Promise<void> {
  return insertStandardCatalogue(trx, projectId, { demoTargets: true, actorId: null });
}
