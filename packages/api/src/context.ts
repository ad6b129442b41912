import { type Actor, resolveActor } from "@consortia/auth";
import type { Db } from "@consortia/db";
import type { BlobStore } from "@consortia/storage";
import type { ApiConfig } from "./config";
import type { JobSender } from "./jobs/job-sender";
import type { Mailer } from "./mail/mailer";

export type ApiDeps = {
  db: Db;
  mailer: Mailer;
  config: ApiConfig;
  store: BlobStore;
  /** The job queue, where the web server runs one (tests and scripts have none). */
  jobs?: JobSender;
};

export type Context = ApiDeps & {
  actor: Actor | null;
  /** Correlation id: shown to the user on unexpected errors, written to the log with the detail. */
  requestId: string;
  clientAddress: string;
};

export async function createContext(
  deps: ApiDeps,
  req: { sessionId: string | null; requestId: string; clientAddress: string },
): Promise<Context> {
  const actor = await resolveActor(deps.db, req.sessionId);
  return { ...deps, actor, requestId: req.requestId, clientAddress: req.clientAddress };
}
