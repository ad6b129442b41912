import { describe, expect, vi } from "vitest";
import { createJobs } from "../jobs/queue";
import { smtpTest as it } from "../testing/fixture";
import type { ReceivedMail } from "../testing/smtp-sink";
import { notificationsDispatchJob } from "./notification-jobs";
import { triggerDispatch } from "./trigger";

const to = (received: ReceivedMail[], email: string, code: string) =>
  received.filter((m) => m.to.includes(email) && m.raw.includes(code));

describe("notification e-mail through the job queue", () => {
  it("a triggered dispatch mails the lead coordinator over SMTP exactly once", async ({
    h,
    smtp,
    workplan: wp,
  }) => {
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
          if (to(smtp.received, lead.email, `${d.code} was submitted`).length === 0)
            throw new Error("no mail yet");
        },
        { timeout: 20_000, interval: 100 },
      );
      const [mail] = to(smtp.received, lead.email, `${d.code} was submitted`);
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
      expect(to(smtp.received, lead.email, `${d.code} was submitted`)).toHaveLength(1);
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
