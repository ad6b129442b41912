import { purgeExpiredJob, storageSweepJob } from "./maintenance";

/**
 * Every job the app runs. A module adds its definitions here (deadline reminders, digests,
 * exports); queues, schedules and workers follow from this list when the app starts.
 */
export const JOBS = [purgeExpiredJob, storageSweepJob] as const;
export type AppJobs = typeof JOBS;
