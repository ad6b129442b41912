import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import { addItems, addRate, draftReport, reportOf, signAgreement } from "./report-fixtures";
import { reportModel } from "./report-model";
import { returnReport, submitReport } from "./report-workflow";

const DEC = new Date("2026-12-10T09:00:00Z");
const JAN = new Date("2027-01-12T09:00:00Z");

const ctxOf = (h: Harness, userId: string) => h.projectCtxFor(userId);
const reportRow = (h: Harness, id: string) =>
  h.db.selectFrom("financial_reports").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const itemsOf = (h: Harness, reportId: string) =>
  h.db
    .selectFrom("expenditure_items")
    .select(["currency", "declared_cents", "conversion_rate", "eur_cents"])
    .where("report_id", "=", reportId)
    .orderBy("position")
    .execute();
const versionsOf = (h: Harness, reportId: string) =>
  h.db
    .selectFrom("financial_report_versions")
    .select(["number", "content"])
    .where("report_id", "=", reportId)
    .orderBy("number")
    .execute();

// The file's database is made in a hook, whose time limit is longer than a test's.
test.beforeAll(({ h }) => {
  expect(h.f.projectA.id).toBeTruthy();
});

describe("submitting a financial report", () => {
  it("converts each item at the rate of the month of submission and keeps a snapshot", async ({
    h,
  }) => {
    const projectId = h.f.projectA.id;
    const partnerId = (await h.f.newPartner()).id;
    const reportId = await draftReport(h.db, projectId, partnerId, 3, [
      { category: "staff", declaredCents: 300_000 },
      { category: "travel", declaredCents: 74_593, currency: "DKK" },
      { category: "external", declaredCents: 100_001, currency: "DKK" },
    ]);
    await addRate(h.db, projectId, "DKK", "2026-11-01", "7.000000");
    await addRate(h.db, projectId, "DKK", "2026-12-01", "7.459300");
    const lead = await ctxOf(h, h.f.users.lead_coordinator.id);
    const before = await reportModel(lead, partnerId, 3, DEC);
    expect(before.estimated).toBe(true);
    const { version } = await reportRow(h, reportId);
    const done = await submitReport(lead, { partnerId, periodNumber: 3, version }, DEC);
    expect(done).toMatchObject({ status: "submitted", number: 1 });
    expect(await itemsOf(h, reportId)).toEqual([
      { currency: "EUR", declared_cents: 300_000, conversion_rate: "1.000000", eur_cents: 300_000 },
      { currency: "DKK", declared_cents: 74_593, conversion_rate: "7.459300", eur_cents: 10_000 },
      // 1000.01 DKK / 7.4593 = 134.0622… EUR: rounded once, to the nearest cent.
      { currency: "DKK", declared_cents: 100_001, conversion_rate: "7.459300", eur_cents: 13_406 },
    ]);
    const row = await reportRow(h, reportId);
    expect(row).toMatchObject({ status: "submitted", latest_version: 1, rate_month: "2026-12-01" });
    const [snapshot] = await versionsOf(h, reportId);
    const content = snapshot?.content as Awaited<ReturnType<typeof reportModel>>;
    // Staff 3000 + office 15 % of it (450) + travel 100 + external 134.06.
    expect(content.eligibleCents).toBe(300_000 + 45_000 + 10_000 + 13_406);
    expect(content.estimated).toBe(false);
    expect(content.items?.[0]?.staffPerson).toBe("Karin Holm");
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["action", "entity"])
      .where("entity_id", "=", reportId)
      .execute();
    expect(audit).toEqual([{ action: "submit", entity: "financial_report" }]);
  });

  it("is refused when a rate, the agreement or any expenditure is missing, and changes nothing", async ({
    h,
  }) => {
    const projectId = h.f.projectA.id;
    const partnerId = (await h.f.newPartner()).id;
    const lead = await ctxOf(h, h.f.users.lead_coordinator.id);
    const submit = async () => {
      const id = await reportOf(h.db, projectId, partnerId, 2);
      const { version } = await reportRow(h, id);
      return trpcErrorOf(submitReport(lead, { partnerId, periodNumber: 2, version }, DEC));
    };
    await signAgreement(h.db, projectId, partnerId);
    const empty = await submit();
    expect(empty.fieldErrors?.items?.[0]).toMatch(/Add the expenditure/);

    const reportId = await draftReport(h.db, projectId, partnerId, 2, [
      { category: "travel", declaredCents: 50_000, currency: "PLN" },
      { category: "equipment", declaredCents: 20_000 },
    ]);
    const missingRate = await submit();
    expect(missingRate.fieldErrors?.rates).toEqual([
      "No PLN rate for 2026-12: the lead coordinator adds it under Finance → Rates",
    ]);

    await addRate(h.db, projectId, "PLN", "2026-12-01", "4.250000");
    await signAgreement(h.db, projectId, partnerId, { signedOn: null });
    const unsigned = await submit();
    expect(unsigned.fieldErrors?.agreement?.[0]).toMatch(/not signed the partnership agreement/);

    expect(await reportRow(h, reportId)).toMatchObject({ status: "draft", latest_version: 0 });
    expect((await itemsOf(h, reportId)).map((i) => i.eur_cents)).toEqual([null, null]);
    expect(await versionsOf(h, reportId)).toEqual([]);
  });

  it("refuses a stale version, another partner's editor, and a second submission", async ({
    h,
    editorIt,
  }) => {
    const projectId = h.f.projectA.id;
    const partnerId = h.f.partnersA.se;
    const reportId = await draftReport(h.db, projectId, partnerId, 1, [
      { category: "equipment", declaredCents: 10_000 },
    ]);
    const editor = await ctxOf(h, h.f.users.partner_editor.id);
    const { version } = await reportRow(h, reportId);
    const ref = { projectId, partnerId, periodNumber: 1 };
    expect((await trpcError(editorIt.financialReports.submit({ ...ref, version }))).code).toBe(
      "FORBIDDEN",
    );
    const stale = await trpcErrorOf(
      submitReport(editor, { partnerId, periodNumber: 1, version: version + 1 }, DEC),
    );
    expect(stale.code).toBe("CONFLICT");
    const ok = await submitReport(editor, { partnerId, periodNumber: 1, version }, DEC);
    const again = await trpcErrorOf(
      submitReport(editor, { partnerId, periodNumber: 1, version: ok.version }, DEC),
    );
    expect(again.code).toBe("CONFLICT");
  });
});

describe("returning a financial report", () => {
  it("goes back to the partner with a comment; resubmitting makes version 2", async ({
    h,
    editor: editorCaller,
  }) => {
    const projectId = h.f.projectA.id;
    const partnerId = h.f.partnersA.se;
    const reportId = await draftReport(h.db, projectId, partnerId, 2, [
      { category: "external", declaredCents: 120_000, currency: "SEK" },
    ]);
    await addRate(h.db, projectId, "SEK", "2026-12-01", "11.000000");
    await addRate(h.db, projectId, "SEK", "2027-01-01", "12.000000");
    const editor = await ctxOf(h, h.f.users.partner_editor.id);
    const lead = await ctxOf(h, h.f.users.lead_coordinator.id);
    const first = await submitReport(editor, { partnerId, periodNumber: 2, version: 1 }, DEC);
    const ref = { partnerId, periodNumber: 2, version: first.version };
    const refused = await trpcError(
      editorCaller.financialReports.return({ projectId, ...ref, comment: "x" }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    const blank = await trpcErrorOf(returnReport(lead, { ...ref, comment: "  " }, DEC));
    expect(blank.fieldErrors?.comment).toBeDefined();
    const returned = await returnReport(
      lead,
      { ...ref, comment: "Attach the invoice of the study visit" },
      DEC,
    );
    expect(await reportRow(h, reportId)).toMatchObject({
      status: "returned",
      return_comment: "Attach the invoice of the study visit",
    });
    const notes = await h.db
      .selectFrom("notifications")
      .select(["user_id", "kind"])
      .where("dedupe_key", "like", `financial-report:${reportId}:%`)
      .execute();
    expect(notes).toContainEqual({ user_id: h.f.users.lead_coordinator.id, kind: "submitted" });
    expect(notes).toContainEqual({
      user_id: h.f.users.partner_editor.id,
      kind: "changes_requested",
    });

    await addItems(h.db, projectId, partnerId, reportId, [
      { category: "equipment", declaredCents: 5_000 },
    ]);
    const second = await submitReport(
      editor,
      { partnerId, periodNumber: 2, version: returned.version },
      JAN,
    );
    expect(second.number).toBe(2);
    const versions = await versionsOf(h, reportId);
    const totals = versions.map((v) => (v.content as { eligibleCents: number }).eligibleCents);
    // Version 1 at 11 SEK/EUR; version 2 at January's 12 SEK/EUR, with the new item.
    expect(totals).toEqual([10_909, 10_000 + 5_000]);
  });
});

/** The domain error a service call throws (services are called directly with a fixed clock). */
async function trpcErrorOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (err) {
    const e = err as { code: string; fieldErrors?: Record<string, string[]> };
    return { code: e.code, fieldErrors: e.fieldErrors };
  }
  throw new Error("expected the call to fail");
}
