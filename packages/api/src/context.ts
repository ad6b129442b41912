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

/**
 * The session of one request. Its actor is read from the database when a procedure first
 * needs it, at most once per request (a tRPC batch shares it), never across requests: a
 * project procedure reads it in the same statement as the membership (shared/project-access).
 */
export type RequestSession = {
  readonly id: string | null;
  actor?: Promise<Actor | null>;
};

/** What a request starts with, before any procedure has looked at the session. */
export type RequestContext = ApiDeps & {
  session: RequestSession;
  /** Correlation id: shown to the user on unexpected errors, written to the log with the detail. */
  requestId: string;
  clientAddress: string;
};

export type Context = RequestContext & { actor: Actor | null };

type RequestInfo = { sessionId: string | null; requestId: string; clientAddress: string };

/** The context of a tRPC request: no statement yet (the procedures read the session). */
export function createRequestContext(deps: ApiDeps, req: RequestInfo): RequestContext {
  return {
    ...deps,
    session: { id: req.sessionId },
    requestId: req.requestId,
    clientAddress: req.clientAddress,
  };
}

/** The request's actor, read once per request. */
export function sessionActor(ctx: RequestContext): Promise<Actor | null> {
  ctx.session.actor ??= resolveActor(ctx.db, ctx.session.id);
  return ctx.session.actor;
}

/** The context with the actor already read (route handlers, scripts, tests). */
export async function createContext(deps: ApiDeps, req: RequestInfo): Promise<Context> {
  const ctx = createRequestContext(deps, req);
  return { ...ctx, actor: await sessionActor(ctx) };
}
