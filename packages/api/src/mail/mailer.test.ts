import { describe, expect } from "vitest";
import { smtpTest as it } from "../testing/fixture";
import { type Harness, TEST_CONFIG, tokenFromMail } from "../testing/harness";
import { startSmtpSink } from "../testing/smtp-sink";
import { createMailer } from "./mailer";

const outboxRow = (h: Harness, to: string) =>
  h.db.selectFrom("mail_outbox").selectAll().where("to_address", "=", to).executeTakeFirstOrThrow();

describe("mailer", () => {
  it("delivers over SMTP and marks the outbox row sent", async ({ h, smtp }) => {
    const mailer = createMailer(h.db, {
      smtpUrl: smtp.url,
      from: "Consortia <no-reply@consortia.test>",
    });
    await mailer.send({
      to: "smtp.check@example.org",
      subject: "Deliverable D1.2 is due",
      text: "The interregional learning report is due on 30 June.",
    });
    const got = smtp.received.find((m) => m.to.includes("smtp.check@example.org"));
    expect(got?.from).toBe("no-reply@consortia.test");
    expect(got?.raw).toContain("Subject: Deliverable D1.2 is due");
    expect(got?.raw).toContain("The interregional learning report is due on 30 June.");
    const row = await outboxRow(h, "smtp.check@example.org");
    expect(row).toMatchObject({ transport: "smtp", error: null });
    expect(row.sent_at).toBeInstanceOf(Date);
  });

  it("an invitation made through the API arrives with a working link", async ({
    h,
    lead,
    anonymous: anon,
    smtp,
  }) => {
    await lead.members.invite({
      projectId: h.f.projectA.id,
      email: "smtp.invitee@example.org",
      role: "observer",
      partnerId: null,
    });
    const got = smtp.received.find((m) => m.to.includes("smtp.invitee@example.org"));
    if (!got) throw new Error("the invitation was not delivered");
    expect(got.raw).toContain("invited you to MEDTECH-S3 on Consortia");
    // The body may be quoted-printable: undo soft line breaks before looking for the link.
    const body = got.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const token = tokenFromMail(body, "invite");
    await expect(anon.account.invitation({ token })).resolves.toMatchObject({
      email: "smtp.invitee@example.org",
    });
    expect((await outboxRow(h, "smtp.invitee@example.org")).sent_at).not.toBeNull();
  });

  it("without SMTP a message is only stored in the outbox", async ({ h, smtp }) => {
    const before = smtp.received.length;
    const mailer = createMailer(h.db, { smtpUrl: undefined, from: TEST_CONFIG.mailFrom });
    await mailer.send({ to: "outbox.only@example.org", subject: "Stored", text: "Kept here." });
    const row = await outboxRow(h, "outbox.only@example.org");
    expect(row).toMatchObject({
      transport: "outbox",
      subject: "Stored",
      text_body: "Kept here.",
      sent_at: null,
      error: null,
    });
    expect(smtp.received.length).toBe(before);
  });

  it("a failed delivery does not throw and is kept with its error", async ({ h }) => {
    const closed = await startSmtpSink();
    await closed.close();
    const mailer = createMailer(h.db, { smtpUrl: closed.url, from: "a@b.test" });
    await expect(
      mailer.send({ to: "unreachable@example.org", subject: "Lost", text: "Nobody listens." }),
    ).resolves.toBeUndefined();
    const row = await outboxRow(h, "unreachable@example.org");
    expect(row).toMatchObject({ transport: "smtp", sent_at: null });
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
  });
});
