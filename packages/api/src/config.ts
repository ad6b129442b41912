import { readAuthConfig } from "@consortia/auth";
import { z } from "zod";
import { IMAGE_TYPES, OFFICE_TYPES, PDF_TYPES, TEXT_TYPES } from "./shared/media-types";

const GiB = 1024 ** 3;

/** The upload allow-list when UPLOAD_ALLOWED_TYPES is not set (judged from the bytes). */
export const DEFAULT_ALLOWED_TYPES = [
  ...PDF_TYPES,
  ...OFFICE_TYPES,
  "application/zip",
  ...IMAGE_TYPES,
  "video/mp4",
  "audio/mpeg",
  ...TEXT_TYPES,
];

const schema = z.object({
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Consortia <no-reply@consortia.localhost>"),
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24 * 7),
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(GiB),
  STORAGE_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1024 * 1024)
    .default(50 * GiB),
  DEMO_PASSWORD: z.string().min(8, "DEMO_PASSWORD needs at least 8 characters").optional(),
  UPLOAD_ALLOWED_TYPES: z
    .string()
    .regex(
      /^[\w.+-]+\/[\w.+-]+(\s*,\s*[\w.+-]+\/[\w.+-]+)*$/,
      "A comma-separated list of MIME types",
    )
    .optional(),
  JOB_SCHEDULES: z
    .string()
    .regex(
      /^\s*[\w.-]+\s*=\s*[^;=]+(;\s*[\w.-]+\s*=\s*[^;=]+)*;?\s*$/,
      "Entries `job.name=cron expression`, separated by semicolons",
    )
    .optional(),
});

/** The demo people's password when the demo partnership is seeded (README: DEMO_PASSWORD). */
export const DEMO_PASSWORD_DEFAULT = "medtech-demo-2026";

export type ApiConfig = {
  smtpUrl: string | undefined;
  mailFrom: string;
  appUrl: string;
  invitationTtlHours: number;
  passwordResetTtlMinutes: number;
  /** Largest single upload, enforced while streaming (413). */
  uploadMaxBytes: number;
  /** Default storage per project when the project sets none (507 when full). */
  storageQuotaBytes: number;
  /** MIME types accepted for upload, judged from the bytes. */
  allowedTypes: readonly string[];
  /** Password of the demo people, used only when the demo partnership is seeded. */
  demoPassword: string;
  /** Cron expressions (UTC) replacing scheduled jobs' own, by job name. */
  jobSchedules: Record<string, string>;
};

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = schema.parse({
    SMTP_URL: env.SMTP_URL || undefined,
    MAIL_FROM: env.MAIL_FROM || undefined,
    INVITATION_TTL_HOURS: env.INVITATION_TTL_HOURS || undefined,
    PASSWORD_RESET_TTL_MINUTES: env.PASSWORD_RESET_TTL_MINUTES || undefined,
    UPLOAD_MAX_BYTES: env.UPLOAD_MAX_BYTES || undefined,
    STORAGE_QUOTA_BYTES: env.STORAGE_QUOTA_BYTES || undefined,
    UPLOAD_ALLOWED_TYPES: env.UPLOAD_ALLOWED_TYPES || undefined,
    DEMO_PASSWORD: env.DEMO_PASSWORD || undefined,
    JOB_SCHEDULES: env.JOB_SCHEDULES || undefined,
  });
  return {
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
    appUrl: readAuthConfig(env).url,
    invitationTtlHours: parsed.INVITATION_TTL_HOURS,
    passwordResetTtlMinutes: parsed.PASSWORD_RESET_TTL_MINUTES,
    uploadMaxBytes: parsed.UPLOAD_MAX_BYTES,
    storageQuotaBytes: parsed.STORAGE_QUOTA_BYTES,
    allowedTypes: parsed.UPLOAD_ALLOWED_TYPES
      ? parsed.UPLOAD_ALLOWED_TYPES.split(",").map((t) => t.trim().toLowerCase())
      : DEFAULT_ALLOWED_TYPES,
    demoPassword: parsed.DEMO_PASSWORD ?? DEMO_PASSWORD_DEFAULT,
    jobSchedules: parseSchedules(parsed.JOB_SCHEDULES),
  };
}

// `storage.sweep=* * * * *; notifications.digest=0 6 * * *` (cron fields hold commas, not semicolons).
function parseSchedules(raw: string | undefined): Record<string, string> {
  const entries = (raw ?? "")
    .split(";")
    .filter((e) => e.trim())
    .map((e) => {
      const i = e.indexOf("=");
      return [e.slice(0, i).trim(), e.slice(i + 1).trim()] as const;
    });
  return Object.fromEntries(entries);
}

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

/** The log level (LOG_LEVEL; tests are silent unless asked), read once by the logger. */
export function readLogLevel(env: NodeJS.ProcessEnv = process.env): (typeof LOG_LEVELS)[number] {
  return z
    .enum(LOG_LEVELS)
    .default(env.NODE_ENV === "test" ? "silent" : "info")
    .parse(env.LOG_LEVEL || undefined);
}
