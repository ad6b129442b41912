import type { SendOptions } from "./queue";

/**
 * The names of the jobs the app runs, `<room>.<what>`. Each room defines its own jobs
 * (`account/account-jobs.ts`, `documents/document-jobs.ts`, `notifications/notification-jobs.ts`);
 * `job-registry.ts` lists them and fails to compile when this list and the definitions differ.
 */
export type JobName =
  | "account.password-reset-mail"
  | "documents.purge-expired"
  | "documents.backfill-chunk-hashes"
  | "storage.sweep"
  | "notifications.dispatch"
  | "notifications.deadlines"
  | "notifications.digest";

/**
 * What services hold in their context: sending only, by name. The payload is checked against
 * the job's own schema when it is sent, so the context needs to know no room's job module
 * (and no import cycle runs through it).
 */
export type JobSender = {
  send(name: JobName, data: object, options?: SendOptions): Promise<string | null>;
};
