import {
  authenticate,
  RESET_REQUEST_POLICY,
  SIGN_IN_POLICY,
  throttleResetRequest,
} from "@consortia/auth";
import { describe, expect } from "vitest";
import { type ApiDeps, createContext } from "../context";
import { logger } from "../logger";
import { createCaller } from "../root";
import { it } from "../testing/fixture";
import { type Harness, tokenFromMail, trpcError } from "../testing/harness";
import { accountPasswordResetMailJob } from "./account-jobs";

let requests = 0;
const anonFrom = async (h: Harness, clientAddress: string, deps: ApiDeps = h.deps) =>
  createCaller(
    await createContext(deps, { sessionId: null, requestId: `r${++requests}`, clientAddress }),
  );
const ask = async (h: Harness, email: string, address: string, deps?: ApiDeps) =>
  (await anonFrom(h, address, deps)).account.requestPasswordReset({ email });
const count = async (h: Harness, table: "mail_outbox" | "password_resets") =>
  (
    await h.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
  ).n;

describe("password-reset requests are limited", () => {
  it("per target e-mail, from any address, and alike whether or not the account exists", async ({
    h,
  }) => {
    const u = await h.f.newUser();
    const refusals: string[] = [];
    for (const email of [u.email, "nobody-here@example.org"]) {
      for (let i = 0; i < RESET_REQUEST_POLICY.perAccount; i++)
        expect(await ask(h, email, `10.20.${refusals.length}.${i}`)).toEqual({ ok: true });
      const err = await trpcError(ask(h, email, "10.20.9.9"));
      expect(err.code).toBe("TOO_MANY_REQUESTS");
      refusals.push(err.message);
    }
    expect(refusals[0]).toMatch(/too many password-reset requests.*wait \d+ minutes/i);
    expect(refusals[1]).toBe(refusals[0]);
    expect(await h.mailsTo(u.email)).toHaveLength(RESET_REQUEST_POLICY.perAccount);
  });

  it("per client address, whatever e-mails it asks for", async ({ h }) => {
    for (let i = 0; i < RESET_REQUEST_POLICY.perAddress; i++)
      await ask(h, `someone-${i}@example.org`, "10.21.0.1");
    const err = await trpcError(ask(h, "someone-else@example.org", "10.21.0.1"));
    expect(err.code).toBe("TOO_MANY_REQUESTS");
    expect(await ask(h, "someone-else@example.org", "10.21.0.2")).toEqual({ ok: true });
  });

  it("counts racing requests: no more than the limit get through", async ({ h }) => {
    const u = await h.f.newUser();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => ask(h, u.email, `10.22.0.${i}`)),
    );
    const through = results.filter((r) => r.status === "fulfilled").length;
    expect(through).toBeLessThanOrEqual(RESET_REQUEST_POLICY.perAccount);
    expect(await h.mailsTo(u.email)).toHaveLength(through);
  });

  it("a refused request is not counted and the window moves on", async ({ h }) => {
    const who = { email: "window@example.org", address: "10.23.0.1" };
    const t0 = new Date();
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    for (let i = 0; i < RESET_REQUEST_POLICY.perAccount; i++)
      expect((await throttleResetRequest(h.db, who, undefined, at(i))).allowed).toBe(true);
    for (let i = 0; i < 5; i++)
      expect((await throttleResetRequest(h.db, who, undefined, at(100))).allowed).toBe(false);
    const later = at(RESET_REQUEST_POLICY.windowSeconds + 1);
    expect((await throttleResetRequest(h.db, who, undefined, later)).allowed).toBe(true);
  });
});

describe("the answer does the same work whether or not the account exists", () => {
  it("with a job queue, only the queue hears of it; the job mails active accounts", async ({
    h,
  }) => {
    const sent: unknown[] = [];
    const deps: ApiDeps = {
      ...h.deps,
      jobs: {
        send: async (name, data) => {
          sent.push({ name, data });
          return "job";
        },
      },
    };
    const u = await h.f.newUser();
    const before = {
      mails: await count(h, "mail_outbox"),
      resets: await count(h, "password_resets"),
    };
    expect(await ask(h, u.email, "10.24.0.1", deps)).toEqual({ ok: true });
    expect(await ask(h, "unknown-person@example.org", "10.24.0.1", deps)).toEqual({ ok: true });
    expect(sent).toEqual([
      { name: "account.password-reset-mail", data: { email: u.email } },
      { name: "account.password-reset-mail", data: { email: "unknown-person@example.org" } },
    ]);
    expect(await count(h, "mail_outbox")).toBe(before.mails);
    expect(await count(h, "password_resets")).toBe(before.resets);

    const job = { deps: h.deps, now: () => new Date(), log: logger, jobId: "j" };
    expect(await accountPasswordResetMailJob.handle({ email: u.email }, job)).toEqual({
      mailed: true,
    });
    expect(
      await accountPasswordResetMailJob.handle({ email: "unknown-person@example.org" }, job),
    ).toEqual({ mailed: false });
    expect(await h.mailsTo(u.email)).toHaveLength(1);
  });
});

describe("a password reset", () => {
  it("lifts the sign-in lock on the account", async ({ h }) => {
    const u = await h.f.newUser();
    const signIn = (password: string) =>
      authenticate(h.db, { email: u.email, password, address: "10.25.0.1", userAgent: null });
    for (let i = 0; i < SIGN_IN_POLICY.perAccountAndAddress; i++) await signIn(`wrong-${i}`);
    expect(await signIn(h.f.password)).toMatchObject({ ok: false, reason: "throttled" });

    await ask(h, u.email, "10.25.0.1");
    const [mail] = await h.mailsTo(u.email);
    const token = tokenFromMail(mail?.text_body ?? "", "reset-password");
    await (await anonFrom(h, "10.25.0.1")).account.resetPassword({
      token,
      password: "a-fresh-long-password",
    });
    expect((await signIn("a-fresh-long-password")).ok).toBe(true);
  });
});
