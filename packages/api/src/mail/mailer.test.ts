import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, TEST_CONFIG, tokenFromMail } from "../testing/harness";
import { createMailer } from "./mailer";

type Received = { from: string; to: string[]; raw: string };

let h: Harness;
let sink: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];

/** A local SMTP sink on a random port: accepts everything and keeps what it got. */
function startSink(): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  sink = await startSink();
  smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
  h = await createHarness({ smtpUrl });
});
afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
});

const outboxRow = (to: string) =>
  h.db.selectFrom("mail_outbox").selectAll().where("to_address", "=", to).executeTakeFirstOrThrow();

describe("mailer", () => {
  it("delivers over SMTP and marks the outbox row sent", async () => {
    const mailer = createMailer(h.db, { smtpUrl, from: "Consortia <no-reply@consortia.test>" });
    await mailer.send({
      to: "smtp.check@example.org",
      subject: "Deliverable D1.2 is due",
      text: "The interregional learning report is due on 30 June.",
    });
    const got = received.find((m) => m.to.includes("smtp.check@example.org"));
    expect(got?.from).toBe("no-reply@consortia.test");
    expect(got?.raw).toContain("Subject: Deliverable D1.2 is due");
    expect(got?.raw).toContain("The interregional learning report is due on 30 June.");
    const row = await outboxRow("smtp.check@example.org");
    expect(row).toMatchObject({ transport: "smtp", error: null });
    expect(row.sent_at).toBeInstanceOf(Date);
  });

  it("an invitation made through the API arrives with a working link", async () => {
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    await lead.members.invite({
      projectId: h.f.projectA.id,
      email: "smtp.invitee@example.org",
      role: "observer",
      partnerId: null,
    });
    const got = received.find((m) => m.to.includes("smtp.invitee@example.org"));
    if (!got) throw new Error("the invitation was not delivered");
    expect(got.raw).toContain("invited you to MEDTECH-S3 on Consortia");
    // The body may be quoted-printable: undo soft line breaks before looking for the link.
    const body = got.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const token = tokenFromMail(body, "invite");
    const anon = await h.callerFor(null);
    await expect(anon.account.invitation({ token })).resolves.toMatchObject({
      email: "smtp.invitee@example.org",
    });
    expect((await outboxRow("smtp.invitee@example.org")).sent_at).not.toBeNull();
  });

  it("without SMTP a message is only stored in the outbox", async () => {
    const before = received.length;
    const mailer = createMailer(h.db, { smtpUrl: undefined, from: TEST_CONFIG.mailFrom });
    await mailer.send({ to: "outbox.only@example.org", subject: "Stored", text: "Kept here." });
    const row = await outboxRow("outbox.only@example.org");
    expect(row).toMatchObject({
      transport: "outbox",
      subject: "Stored",
      text_body: "Kept here.",
      sent_at: null,
      error: null,
    });
    expect(received.length).toBe(before);
  });

  it("a failed delivery does not throw and is kept with its error", async () => {
    const closed = await startSink();
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const mailer = createMailer(h.db, { smtpUrl: `smtp://127.0.0.1:${port}`, from: "a@b.test" });
    await expect(
      mailer.send({ to: "unreachable@example.org", subject: "Lost", text: "Nobody listens." }),
    ).resolves.toBeUndefined();
    const row = await outboxRow("unreachable@example.org");
    expect(row).toMatchObject({ transport: "smtp", sent_at: null });
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
  });
});
