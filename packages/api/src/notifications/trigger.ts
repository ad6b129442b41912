import type { ApiDeps } from "../context";
import { logger } from "../logger";

/**
 * Asks the queue to dispatch notification events now. Call it after the transaction that
 * wrote the events has committed. Without a queue (tests, scripts) or if the send fails,
 * nothing is lost: the dispatch job's minute schedule picks the events up.
 */
export async function triggerDispatch(deps: Pick<ApiDeps, "jobs">): Promise<void> {
  if (!deps.jobs) return;
  try {
    await deps.jobs.send("notifications.dispatch", {});
  } catch (err) {
    logger.warn({ err }, "could not queue notifications.dispatch; the schedule will catch up");
  }
}
