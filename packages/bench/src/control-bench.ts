import { apiCaller, milliseconds, type ProcedureTiming, showProcedure } from "./api-caller";
import {
  CONTROL_ITEMS,
  CONTROL_PARTNERS,
  CONTROL_REPORTS,
  type ControlDataset,
  generateControlDataset,
} from "./control-dataset";
import { type InProcessApp, rowSummary, withInProcessApp } from "./in-process";
import { recordStatements, replay, type Statement, statementCount } from "./recorded-sql";
import { median } from "./stats";

/**
 * The `control` part (issue 19), in this process like the finance part, as the partners'
 * controller and the lead coordinator of a partnership of 30 partners (control-dataset.ts):
 *
 * - controlling a report of 2,000 items: `control.start` (taken into control), `control.sample`
 *   (10 % drawn at random with a seed) and `control.verifyRest` (the 1,800 items outside the
 *   sample certified as declared), one round after the other on ten such reports in turn;
 * - `control.get` of such a control, sampled and verified (the controller's view, every item);
 * - `periodReports.certificates`: the joint claim of period 4, 120 certificates of 30
 *   partners, per partner × cost category declared, certified, fund and contribution.
 *
 * Each against the very statements it sent, sent again straight through pg (recorded-sql.ts).
 * The reads are timed as the finance part's. The writes change what they write to, so each
 * round starts from the same state: a submitted report not in control. A round of the app and
 * a round of the floor alternate (which goes first alternating too), each on the report's
 * state as the dataset left it, and after each the control is deleted again (untimed; its
 * items go with it, as for both). The floor replays the statements the app sent for that same
 * report in an unmeasured round before (transactions on one connection, the new control's id
 * in place of the recorded one), and commits as the app does: same rows, same writes, same
 * WAL flushes. A check after every floor round (untimed) makes sure it sampled and verified
 * what the app did.
 */
export type ControlBenchResult = {
  dataset: { rows: Record<string, number>; generationSeconds: number };
  start: ProcedureTiming;
  sample: ProcedureTiming;
  verifyRest: ProcedureTiming;
  round: { items: number; sampled: number; verified: number };
  get: ProcedureTiming;
  claim: ProcedureTiming & { partners: number; certificates: number };
};

const ROUNDS = 20;
const STEPS = ["start", "sample", "verifyRest"] as const;
type Step = (typeof STEPS)[number];
type Recording = Record<Step, Statement[][]>;
type Outcome = { sampled: number; verified: number };

export async function runControlBench(o: {
  databaseUrl: string;
  dataDir: string;
  log: (msg: string) => void;
}): Promise<ControlBenchResult> {
  const d = await generateControlDataset(o.databaseUrl);
  o.log(`control dataset in ${d.seconds.toFixed(1)} s: ${rowSummary(d.rows)}`);
  return withInProcessApp(o, async (app) => {
    const api = apiCaller(app);
    const controller = await api.session(d.controllerId);
    const lead = await api.session(d.leadId);
    const rounds = controlRounds(app, d, (path, input) => api.call(controller, path, input));

    // One unmeasured round per report, recorded: what the floor will send for that report.
    const recordings = new Map<string, { recording: Recording; outcome: Outcome }>();
    for (const reportId of d.reportIds) {
      const recording = {} as Recording;
      const outcome = await rounds.app(reportId, async (step, fn) => {
        let answer: unknown;
        recording[step] = await recordStatements(async () => (answer = await fn()));
        return answer;
      });
      recordings.set(reportId, { recording, outcome });
      await rounds.undo(reportId);
    }
    const appMs = timings();
    const floorMs = timings();
    let outcome: Outcome = { sampled: 0, verified: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const reportId = d.reportIds[i % d.reportIds.length] ?? "";
      const pair = [
        async () => {
          outcome = await rounds.app(reportId, async (step, fn) => {
            let answer: unknown;
            appMs[step].push(await milliseconds(async () => (answer = await fn())));
            return answer;
          });
        },
        async () => {
          const recorded = recordings.get(reportId);
          if (!recorded) throw new Error(`no recorded round for report ${reportId}`);
          await rounds.floor(recorded.recording, floorMs);
          await rounds.check(reportId, recorded.outcome);
        },
      ];
      if (i % 2) pair.reverse();
      for (const step of pair) {
        await step();
        await rounds.undo(reportId);
      }
    }
    const stepTiming = (step: Step): ProcedureTiming => ({
      app: { p50Ms: median(appMs[step]), runs: appMs[step].length },
      floor: { p50Ms: median(floorMs[step]), runs: floorMs[step].length },
      statements: statementCount(recordings.get(d.reportIds[0] ?? "")?.recording[step] ?? []),
    });

    // A control left in place, sampled and verified, for the controller to read.
    const reportId = d.reportIds[0] ?? "";
    let controlId = "";
    await rounds.app(reportId, async (step, fn) => {
      const answer = await fn();
      if (step === "start") controlId = (answer as { id: string }).id;
      return answer;
    });
    const get = await api.measured(controller, "control.get", {
      projectId: d.projectId,
      controlId,
    });
    const claimInput = { projectId: d.projectId, periodNumber: d.claimPeriod };
    const claimed = (await api.call(lead, "periodReports.certificates", claimInput)) as {
      claim: { certificateCount: number; partners: unknown[] };
    };
    if (claimed.claim.partners.length !== CONTROL_PARTNERS)
      throw new Error(`the claim has ${claimed.claim.partners.length} partners`);
    const claim = await api.measured(lead, "periodReports.certificates", claimInput);
    return {
      dataset: { rows: d.rows, generationSeconds: d.seconds },
      start: stepTiming("start"),
      sample: stepTiming("sample"),
      verifyRest: stepTiming("verifyRest"),
      round: { items: CONTROL_ITEMS, ...outcome },
      get,
      claim: {
        ...claim,
        partners: claimed.claim.partners.length,
        certificates: claimed.claim.certificateCount,
      },
    };
  });
}

const timings = (): Record<Step, number[]> => ({ start: [], sample: [], verifyRest: [] });

/** A round of control on one report, by the app or by its floor, and what undoes it. */
function controlRounds(
  { pool }: InProcessApp,
  d: ControlDataset,
  call: (path: string, input: unknown) => Promise<unknown>,
) {
  const projectId = d.projectId;
  return {
    /** start, sample and verifyRest through the API, each call wrapped by `around`. */
    async app(
      reportId: string,
      around: (step: Step, fn: () => Promise<unknown>) => Promise<unknown>,
    ): Promise<Outcome> {
      const started = (await around("start", () =>
        call("control.start", { projectId, reportId }),
      )) as { id: string; version: number };
      const controlId = started.id;
      const sample = { method: "random_share", sharePercent: 10, seed: "bench" };
      const sampled = (await around("sample", () =>
        call("control.sample", { projectId, controlId, version: started.version, sample }),
      )) as { itemIds: string[] };
      const rest = (await around("verifyRest", () =>
        call("control.verifyRest", { projectId, controlId }),
      )) as { verified: number };
      return { sampled: sampled.itemIds.length, verified: rest.verified };
    },
    /** The recorded round sent again, each call's statements timed into `ms`. */
    async floor(recording: Recording, ms: Record<Step, number[]>) {
      const ids = new Map<unknown, unknown>();
      for (const step of STEPS)
        ms[step].push(await milliseconds(() => replay(pool, recording[step], ids)));
    },
    /** The floor's round did what the app's did: the same sample, the rest verified. */
    async check(reportId: string, expected: Outcome) {
      const r = await pool.query<{ sampled: string; verified: string }>(
        `select count(*) filter (where ci.in_sample) as sampled,
                count(*) filter (where ci.outcome = 'verified') as verified
         from controls c join control_items ci on ci.control_id = c.id where c.report_id = $1`,
        [reportId],
      );
      const got = { sampled: Number(r.rows[0]?.sampled), verified: Number(r.rows[0]?.verified) };
      if (got.sampled !== expected.sampled || got.verified !== expected.verified)
        throw new Error(
          `the floor's round differs from the app's: ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`,
        );
    },
    /** Back to a submitted report not in control (the control's items go with it). */
    async undo(reportId: string) {
      await pool.query("delete from controls where report_id = $1", [reportId]);
    },
  };
}

export function formatControl(r: ControlBenchResult): string {
  return [
    `Control: ${CONTROL_PARTNERS} partners; rounds on ${CONTROL_REPORTS} reports of ${r.round.items.toLocaleString("en")} items (${r.round.sampled} sampled, ${r.round.verified.toLocaleString("en")} verified)`,
    `control.start               ${showProcedure(r.start)}`,
    `control.sample (10 %)       ${showProcedure(r.sample)}`,
    `control.verifyRest          ${showProcedure(r.verifyRest)}`,
    `control.get (2,000 items)   ${showProcedure(r.get)}`,
    `periodReports.certificates  ${showProcedure(r.claim)} (${r.claim.certificates} certificates, ${r.claim.partners} partners)`,
  ].join("\n");
}
