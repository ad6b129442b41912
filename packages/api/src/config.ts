import { readAuthConfig } from "@consortia/auth";
import { z } from "zod";

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
});

export type ApiConfig = {
  smtpUrl: string | undefined;
  mailFrom: string;
  appUrl: string;
  invitationTtlHours: number;
  passwordResetTtlMinutes: number;
};

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = schema.parse({
    SMTP_URL: env.SMTP_URL || undefined,
    MAIL_FROM: env.MAIL_FROM || undefined,
    INVITATION_TTL_HOURS: env.INVITATION_TTL_HOURS || undefined,
    PASSWORD_RESET_TTL_MINUTES: env.PASSWORD_RESET_TTL_MINUTES || undefined,
  });
  return {
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
    appUrl: readAuthConfig(env).url,
    invitationTtlHours: parsed.INVITATION_TTL_HOURS,
    passwordResetTtlMinutes: parsed.PASSWORD_RESET_TTL_MINUTES,
  };
}
