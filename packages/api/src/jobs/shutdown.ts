import { logger } from "../logger";

/**
 * Runs `stop` on SIGTERM and SIGINT before anything else that listens. Next.js's own handler
 * closes its server and exits the process straight away, which would cut a graceful stop
 * short; so the listeners present now are detached and called once `stop` has settled. A
 * second signal finds no listener and ends the process at once.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const others = process.listeners(signal);
    for (const listener of others) process.off(signal, listener);
    process.once(signal, () => {
      stop()
        .catch((err: unknown) => logger.error({ err }, "the job queue did not stop cleanly"))
        .finally(() => {
          if (others.length === 0) process.exit(signal === "SIGTERM" ? 143 : 130);
          for (const listener of others) listener(signal);
        });
    });
  }
}
