import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, vi } from "vitest";
import { type ApiDeps, createContext } from "./context";
import { logger } from "./logger";
import { appRouter } from "./root";
import { it, test } from "./testing/fixture";
import type { Harness } from "./testing/harness";

let leadSession: string;
const SECRET = "smtp-login relay-user:hunter2 refused";

test.beforeAll(async ({ h }) => {
  leadSession = await h.sessionFor(h.f.users.lead_coordinator.id);
});

type ErrorBody = { message: string; code: number; data: Record<string, unknown> };

/** One HTTP round trip through the same adapter the web app's route handler uses. */
async function http(
  h: Harness,
  opts: {
    path: string;
    type: "query" | "mutation";
    input: unknown;
    sessionId: string | null;
    requestId?: string;
    deps?: ApiDeps;
  },
) {
  const payload = JSON.stringify(superjson.serialize(opts.input));
  const url = `http://consortia.test/api/trpc/${opts.path}`;
  const req =
    opts.type === "query"
      ? new Request(`${url}?input=${encodeURIComponent(payload)}`)
      : new Request(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: payload,
        });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () =>
      createContext(opts.deps ?? h.deps, {
        sessionId: opts.sessionId,
        requestId: opts.requestId ?? "req-test",
        clientAddress: "127.0.0.1",
      }),
  });
  const raw = await res.text();
  const body = JSON.parse(raw) as { error?: Parameters<typeof superjson.deserialize>[0] };
  const error = body.error ? superjson.deserialize<ErrorBody>(body.error) : null;
  return { status: res.status, raw, error };
}

describe("error model over HTTP", () => {
  it("an unexpected error is masked: generic message with the request id; detail only in the log", async ({
    h,
  }) => {
    const brokenDeps: ApiDeps = {
      ...h.deps,
      mailer: {
        send: async () => {
          throw new Error(SECRET);
        },
      },
    };
    const logged = vi.spyOn(logger, "error");
    const r = await http(h, {
      path: "members.invite",
      type: "mutation",
      input: {
        projectId: h.f.projectA.id,
        email: "masked@example.org",
        role: "observer",
        partnerId: null,
      },
      sessionId: leadSession,
      requestId: "req-7f3a",
      deps: brokenDeps,
    });
    expect(r.status).toBe(500);
    expect(r.error?.message).toBe("Something went wrong on our side. Reference: req-7f3a");
    expect(r.error?.data).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      httpStatus: 500,
      fieldErrors: null,
    });
    expect(r.raw).not.toContain("hunter2");
    expect(r.raw).not.toContain("stack");
    const entry = logged.mock.calls
      .map(([obj]) => obj as { requestId?: string; err?: unknown })
      .find((obj) => obj.requestId === "req-7f3a");
    expect(String(entry?.err)).toContain("hunter2");
    logged.mockRestore();
  });

  it("a domain error keeps its code, status and message", async ({ h }) => {
    const r = await http(h, {
      path: "members.invite",
      type: "mutation",
      input: {
        projectId: h.f.projectA.id,
        email: h.f.users.partner_editor.email,
        role: "observer",
        partnerId: null,
      },
      sessionId: leadSession,
    });
    expect(r.status).toBe(409);
    expect(r.error?.message).toBe(
      `${h.f.users.partner_editor.email} is already a member of this project`,
    );
    expect(r.error?.data).toMatchObject({ code: "CONFLICT", fieldErrors: null });
  });

  it("invalid input answers 400 with field errors", async ({ h }) => {
    const r = await http(h, {
      path: "members.invite",
      type: "mutation",
      input: {
        projectId: h.f.projectA.id,
        email: "not-an-address",
        role: "observer",
        partnerId: null,
      },
      sessionId: leadSession,
    });
    expect(r.status).toBe(400);
    expect(r.error?.message).toBe("Some fields need attention");
    expect(r.error?.data.fieldErrors).toEqual({ email: ["Not an e-mail address"] });
  });

  it("no session is 401, a missing role is 403, a foreign project is 404", async ({ h }) => {
    const input = { projectId: h.f.projectA.id };
    const anon = await http(h, { path: "members.list", type: "query", input, sessionId: null });
    expect([anon.status, anon.error?.data.code]).toEqual([401, "UNAUTHORIZED"]);
    const viewer = await http(h, {
      path: "members.list",
      type: "query",
      input,
      sessionId: await h.sessionFor(h.f.users.partner_viewer.id),
    });
    expect([viewer.status, viewer.error?.data.code]).toEqual([403, "FORBIDDEN"]);
    const outsider = await http(h, {
      path: "projects.overview",
      type: "query",
      input,
      sessionId: await h.sessionFor(h.f.users.memberB.id),
    });
    expect([outsider.status, outsider.error?.data.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("a successful query answers 200 with superjson data", async ({ h }) => {
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://consortia.test/api/trpc/account.me"),
      router: appRouter,
      createContext: () =>
        createContext(h.deps, { sessionId: leadSession, requestId: "r", clientAddress: "x" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      result: { data: Parameters<typeof superjson.deserialize>[0] };
    };
    const me = superjson.deserialize<{ email: string; created_at: Date }>(body.result.data);
    expect(me.email).toBe(h.f.users.lead_coordinator.email);
    expect(me.created_at).toBeInstanceOf(Date);
  });
});
