import type { Db } from "@consortia/db";
import nodemailer from "nodemailer";
import { logger } from "../logger";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

export interface Mailer {
  /** Never throws: a failed delivery is logged and kept in the outbox with its error. */
  send(message: MailMessage): Promise<void>;
}

/**
 * SMTP when configured; otherwise every message only lands in the outbox table, which admins
 * can read in the app, so invitations and resets work on a machine without a mail server.
 */
export function createMailer(db: Db, opts: { smtpUrl: string | undefined; from: string }): Mailer {
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  return {
    async send(message) {
      const row = await db
        .insertInto("mail_outbox")
        .values({
          to_address: message.to,
          subject: message.subject,
          text_body: message.text,
          html_body: message.html ?? null,
          transport: transport ? "smtp" : "outbox",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (!transport) return;
      try {
        await transport.sendMail({ from: opts.from, ...message });
        await db
          .updateTable("mail_outbox")
          .set({ sent_at: new Date() })
          .where("id", "=", row.id)
          .execute();
      } catch (err) {
        logger.error({ err, to: message.to }, "mail delivery failed");
        await db
          .updateTable("mail_outbox")
          .set({ error: String(err).slice(0, 1000) })
          .where("id", "=", row.id)
          .execute();
      }
    },
  };
}
