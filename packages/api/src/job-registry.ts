import { accountPasswordResetMailJob } from "./account/account-jobs";
import { chunkHashBackfillJob, purgeExpiredJob, storageSweepJob } from "./documents/document-jobs";
import type { JobName } from "./jobs/job-sender";
import {
  notificationsDeadlinesJob,
  notificationsDigestJob,
  notificationsDispatchJob,
} from "./notifications/notification-jobs";

/**
 * Every job the app runs: each room defines its jobs, this composition root lists them;
 * queues, schedules and workers follow from this list when the app starts.
 */
export const JOBS = [
  purgeExpiredJob,
  storageSweepJob,
  chunkHashBackfillJob,
  notificationsDispatchJob,
  notificationsDeadlinesJob,
  notificationsDigestJob,
  accountPasswordResetMailJob,
] as const;
export type AppJobs = typeof JOBS;

// The sender's names (jobs/job-sender.ts) and the definitions must be the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<AppJobs[number]["name"], JobName> = true;
void namesMatch;
