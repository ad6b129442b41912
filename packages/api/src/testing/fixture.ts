import { createTestDb } from "@consortia/db/testing";
import { test as base } from "vitest";
import { type RecordFactories, recordFactories } from "./factories";
import { type Caller, clientShape, createHarness, type Harness, trpcError } from "./harness";
import { startSmtpSink } from "./smtp-sink";

/**
 * The test of every database test file: `test("…", async ({ lead, projectId, workplan }) => …)`.
 *
 * Each file gets its own fresh database with the minimal partnership (`createPartnership`) the
 * first time one of its tests asks for any of these, and it is closed after the file's last
 * test. A fixture is only made when a test (or a `test.beforeAll`) names it.
 *
 * - `h`: the harness (database, deps, the partnership `h.f`, `callerFor`, `mailsTo`, …).
 * - Callers, one signed-in session each: `lead` (lead coordinator of the lead partner),
 *   `editor` (partner editor of Region Stockholm, `f.partnersA.se`), `editorIt` (partner
 *   editor of Lombardy, `f.partnersA.it`), `viewer` (partner viewer of Lombardy), `observer`,
 *   `admin` (platform administrator, no membership), `outsider` (the lead coordinator of
 *   another project) and `anonymous` (no session).
 * - The record factories: `docs`, `workplan`, `learning`, `policy`, `improvements`.
 * - `emptyDb`: a migrated database with nothing in it (no partnership, no accounts), for what
 *   runs on a new installation.
 * - `smtp`: a local SMTP sink (`url`, `received`); a file whose mail must go out over SMTP
 *   uses `smtpTest`, whose `h` sends there. (Not `test.override`: test files share this
 *   module in their worker, so an override would reach the files that run after.)
 */
function withFixtures(harness: () => Promise<Harness>) {
  return (
    base
      // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's needs from this pattern
      .extend("smtp", { scope: "file" }, async ({}, { onCleanup }) => {
        const sink = await startSmtpSink();
        onCleanup(() => sink.close());
        return sink;
      })
      // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's needs from this pattern
      .extend("h", { scope: "file" }, async ({}, { onCleanup }) => {
        const h = await harness();
        onCleanup(() => h.close());
        return h;
      })
      .extend("db", { scope: "file" }, ({ h }) => h.db)
      .extend("f", { scope: "file" }, ({ h }) => h.f)
      .extend("projectId", { scope: "file" }, ({ h }) => h.f.projectA.id)
      .extend("lead", { scope: "file" }, ({ h }) => h.callerFor(h.f.users.lead_coordinator.id))
      .extend("editor", { scope: "file" }, ({ h }) => h.callerFor(h.f.users.partner_editor.id))
      .extend("editorIt", { scope: "file" }, ({ h }) => h.callerFor(h.f.users.editorIt.id))
      .extend("viewer", { scope: "file" }, ({ h }) => h.callerFor(h.f.users.partner_viewer.id))
      .extend("observer", { scope: "file" }, ({ h }) => h.callerFor(h.f.users.observer.id))
      .extend("controller", { scope: "file" }, ({ h }) => h.callerFor(h.f.users.controller.id))
      .extend("admin", { scope: "file" }, ({ h }) => h.callerFor(h.f.users.admin.id))
      .extend("outsider", { scope: "file" }, ({ h }) => h.callerFor(h.f.users.memberB.id))
      .extend("anonymous", { scope: "file" }, ({ h }) => h.callerFor(null))
      .extend("factories", { scope: "file" }, ({ h }): RecordFactories => recordFactories(h))
      .extend("docs", { scope: "file" }, ({ factories }) => factories.docs)
      .extend("workplan", { scope: "file" }, ({ factories }) => factories.workplan)
      .extend("learning", { scope: "file" }, ({ factories }) => factories.learning)
      .extend("policy", { scope: "file" }, ({ factories }) => factories.policy)
      .extend("improvements", { scope: "file" }, ({ factories }) => factories.improvements)
      // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's needs from this pattern
      .extend("emptyDb", { scope: "file" }, async ({}, { onCleanup }) => {
        const handle = await createTestDb();
        onCleanup(() => handle.close());
        return handle;
      })
  );
}

export const test = withFixtures(() => createHarness());
/**
 * The same fixtures on the whole demo partnership, for the few tests about the demo itself
 * (its figures as the desk shows them, the seed); each such file says why.
 */
export const demoTest = withFixtures(() => createHarness({ demo: true }));

export const it = test;

/** The same fixtures, with a harness that sends its mail to the file's SMTP sink. */
export const smtpTest = test.extend("h", { scope: "file" }, async ({ smtp }, { onCleanup }) => {
  const h = await createHarness({ smtpUrl: smtp.url });
  onCleanup(() => h.close());
  return h;
});
export type { Caller, Harness };

/** What a call comes to: "ok", or the code of the error it fails with. */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
  return "ok";
}

/** A call that must fail: its tRPC code, message and per-field errors as the client sees them. */
export async function refused(call: Promise<unknown>) {
  const err = await trpcError(call);
  const fields = (clientShape(err).data.fieldErrors ?? {}) as Record<string, string[]>;
  return { code: err.code, message: err.message, fields };
}
