import { readAuthConfig } from "@consortia/auth";
import { z } from "zod";
import { DEFAULT_ALLOWED_TYPES } from "./documents/sniff";

const GiB = 1024 ** 3;

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
  UPLOAD_ALLOWED_TYPES: z
    .string()
    .regex(
      /^[\w.+-]+\/[\w.+-]+(\s*,\s*[\w.+-]+\/[\w.+-]+)*$/,
      "A comma-separated list of MIME types",
    )
    .optional(),
});

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
  };
}
