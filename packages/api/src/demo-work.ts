import type { ApiDeps } from "./context";
import { seedDemoBudgetChange } from "./demo-budget-change";
import { seedDemoControl } from "./demo-control";
import { seedDemoEvidence } from "./demo-evidence";
import { seedDemoPayments } from "./demo-payments";

/**
 * What the demo's people did after the partnership was seeded, done through the API in the
 * order they did it: the evidence of period 2, the control of period 1, the claim of period 2
 * and its payment, and the budget change. Runs once, when the demo is seeded (server boot on an
 * empty database, `pnpm db:seed`).
 */
export async function seedDemoWork(deps: ApiDeps, projectId: string): Promise<void> {
  await seedDemoEvidence(deps, projectId);
  await seedDemoControl(deps, projectId);
  await seedDemoPayments(deps, projectId);
  await seedDemoBudgetChange(deps, projectId);
}
