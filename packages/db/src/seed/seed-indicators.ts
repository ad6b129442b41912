import type { Db } from "../client";
import {
  type IndicatorComputedKey,
  type IndicatorSource,
  type IndicatorUnit,
  projectTargetColumn,
} from "../indicators-schema";

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

/**
 * Inserts the standard catalogue into a project that has none. The targets of good
 * practices, learning events and peer reviews are the project's columns of the same name
 * (from then on the catalogue and the columns change together); the other targets are the
 * demo's with `demoTargets`, else left unset for the lead partner to enter from the
 * application form (a made-up target would be worse than none). Call it inside the
 * transaction that owns the project row.
 */
export async function insertStandardCatalogue(
  trx: Db,
  projectId: string,
  opts: { demoTargets: boolean; actorId: string | null },
): Promise<void> {
  const project = await trx
    .selectFrom("projects")
    .select(["good_practice_target", "learning_event_target", "peer_review_target"])
    .where("id", "=", projectId)
    .executeTakeFirstOrThrow();
  const initialTarget = (s: StandardIndicator) => {
    const column = projectTargetColumn(s.computedKey);
    if (!column) return opts.demoTargets ? s.demoTarget : null;
    const fromProject = project[column];
    return fromProject === null ? null : String(fromProject);
  };
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
}

/** The demo partnership's catalogue, with realistic targets (inside the demo seed). */
export function seedDemoIndicators(trx: Db, projectId: string): Promise<void> {
  return insertStandardCatalogue(trx, projectId, { demoTargets: true, actorId: null });
}

/**
 * Creates the standard catalogue for a project that has never had one (a catalogue whose
 * indicators were all deleted is left alone). Idempotent and safe under concurrent calls:
 * the project row is locked while checking and inserting, so two first readers cannot both
 * insert. Returns whether it created the catalogue.
 */
export async function ensureIndicatorCatalogue(
  db: Db,
  projectId: string,
  actorId: string | null,
): Promise<boolean> {
  const hasAny = (q: Db) =>
    q.selectFrom("indicators").select("id").where("project_id", "=", projectId).limit(1);
  if (await hasAny(db).executeTakeFirst()) return false;
  // Inside a caller's transaction (a report submission composes its indicators in one), the
  // catalogue is created in that transaction; Kysely cannot nest them.
  const create = async (trx: Db) => {
    await trx
      .selectFrom("projects")
      .select("id")
      .where("id", "=", projectId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (await hasAny(trx).executeTakeFirst()) return false;
    await insertStandardCatalogue(trx, projectId, { demoTargets: false, actorId });
    await trx
      .insertInto("audit_log")
      .values({
        project_id: projectId,
        actor_id: actorId,
        entity: "indicator",
        entity_id: null,
        action: "create_catalogue",
        summary: `Standard indicator catalogue created (${STANDARD_INDICATORS.length} indicators)`,
      })
      .execute();
    return true;
  };
  return db.isTransaction ? create(db) : db.transaction().execute(create);
}
