import { chunkHashBackfillJob, purgeExpiredJob, storageSweepJob } from "./maintenance";
import {
  notificationsDeadlinesJob,
  notificationsDigestJob,
  notificationsDispatchJob,
} from "./notifications";

/**
 * Every job the app runs. A module adds its definitions here (deadline reminders, digests,
 * exports); queues, schedules and workers follow from this list when the app starts.
 */
export const JOBS = [
  purgeExpiredJob,
  storageSweepJob,
  chunkHashBackfillJob,
  notificationsDispatchJob,
  notificationsDeadlinesJob,
  notificationsDigestJob,
] as const;
export type AppJobs = typeof JOBS;
