import { z } from "zod";
import { defineJob } from "../jobs/define";
import { sendDeadlineReminders } from "./deadlines";
import { dispatchEvents } from "./dispatch";
import { mailDigests } from "./mail";

/**
 * Work-plan events → in-app notifications and immediate e-mails. Services send it right after
 * writing events (`triggerDispatch`); the minute schedule catches anything a send missed.
 * `stately`: one waiting, one running — a burst of sends collapses into one run.
 */
export const notificationsDispatchJob = defineJob({
  name: "notifications.dispatch",
  data: z.strictObject({}),
  cron: "* * * * *",
  policy: "stately",
  retryLimit: 3,
  retryDelaySeconds: 30,
  async handle(_data, { deps, now }) {
    return dispatchEvents(deps, now());
  },
});

/** Deadline reminders (14, 7, 1 days, overdue); hourly, each one decided once. */
export const notificationsDeadlinesJob = defineJob({
  name: "notifications.deadlines",
  data: z.strictObject({}),
  cron: "5 * * * *",
  runAtStart: true,
  policy: "stately",
  retryLimit: 3,
  retryDelaySeconds: 300,
  async handle(_data, { deps, now }) {
    return sendDeadlineReminders(deps, now());
  },
});

/** The daily digest e-mail (07:00 UTC, morning in the programme area). */
export const notificationsDigestJob = defineJob({
  name: "notifications.digest",
  data: z.strictObject({}),
  cron: "0 7 * * *",
  policy: "stately",
  retryLimit: 3,
  retryDelaySeconds: 600,
  async handle(_data, { deps, now }) {
    return { mailed: await mailDigests(deps, now()) };
  },
});
