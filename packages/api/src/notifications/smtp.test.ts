import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createJobs } from "../jobs/queue";
import { type DocumentFixtures, documentFixtures } from "../testing/document-fixtures";
import { createHarness, type Harness } from "../testing/harness";
import { type WorkplanFixtures, workplanFixtures } from "../testing/workplan-fixtures";
import { notificationsDispatchJob } from "./notification-jobs";
import { triggerDispatch } from "./trigger";

type Received = { to: string[]; raw: string };
const received: Received[] = [];
let sink: SMTPServer;
let h: Harness;
let docs: DocumentFixtures;
let wp: WorkplanFixtures;

/** A local SMTP sink on a random port (as in mail/mailer.test.ts). */
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
  h = await createHarness({
    smtpUrl: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`,
  });
  docs = documentFixtures(h);
  wp = workplanFixtures(h.f, docs);
});
afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
});

const to = (email: string, code: string) =>
  received.filter((m) => m.to.includes(email) && m.raw.includes(code));

describe("notification e-mail through the job queue", () => {
  it("a triggered dispatch mails the lead coordinator over SMTP exactly once", async () => {
    const jobs = createJobs(
      { ...h.deps, handle: h.handle },
      {
        definitions: [notificationsDispatchJob],
        runAtStart: false,
        pollingIntervalSeconds: 0.5,
        stopTimeoutMs: 5_000,
      },
    );
    await jobs.start();
    try {
      const lead = h.f.users.lead_coordinator;
      const d = await wp.newDeliverable({ status: "submitted" });
      const deps = { jobs };
      await triggerDispatch(deps);
      await triggerDispatch(deps); // a burst of triggers: still one e-mail
      await vi.waitFor(
        () => {
          if (to(lead.email, `${d.code} was submitted`).length === 0)
            throw new Error("no mail yet");
        },
        { timeout: 20_000, interval: 100 },
      );
      const [mail] = to(lead.email, `${d.code} was submitted`);
      expect(mail?.raw).toContain("Subject: [MEDTECH-S3]");
      const id = await jobs.send("notifications.dispatch", {});
      if (id) {
        await vi.waitFor(
          async () => {
            if ((await jobs.job("notifications.dispatch", id))?.state !== "completed")
              throw new Error("still running");
          },
          { timeout: 20_000, interval: 100 },
        );
      }
      expect(to(lead.email, `${d.code} was submitted`)).toHaveLength(1);
      const row = await h.db
        .selectFrom("mail_outbox")
        .select(["transport", "sent_at", "error"])
        .where("to_address", "=", lead.email)
        .where("subject", "like", `%${d.code}%`)
        .execute();
      expect(row).toEqual([{ transport: "smtp", sent_at: expect.any(Date), error: null }]);
    } finally {
      await jobs.stop();
    }
  });
});
