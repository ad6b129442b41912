import fc from "fast-check";
import { describe, expect } from "vitest";
import { periodFinance } from "../period-reports/compose-finance";
import { it } from "../testing/fixture";
import { trpcError } from "../testing/harness";
import { addCorrection } from "./corrections-service";
import { loadDesk } from "./desk-load";
import { draftReport, type TestItem } from "./report-fixtures";
import { buildModel } from "./report-model";
import { submitReport } from "./report-workflow";
import { sumCents } from "./rules";
import { certifiedReport } from "./test-certified";

const DEC = new Date("2026-12-10T09:00:00Z");
const REAL = ["staff", "travel", "external", "equipment"] as const;
const itemArb: fc.Arbitrary<TestItem> = fc.record({
  category: fc.constantFrom(...REAL),
  declaredCents: fc.integer({ min: 100, max: 5_000_000 }),
});
/** Corrections as (which certified item, which share of what is left of it, in thousandths). */
const correctionsArb = fc.array(
  fc.record({ item: fc.nat(), share: fc.integer({ min: 1, max: 1000 }) }),
  { minLength: 1, maxLength: 6 },
);

describe("a financial correction", () => {
  // Generous: each run builds a partner, two reports and a submission on a shared machine.
  it("reduces the partner's next report by exactly what it names", {
    timeout: 120_000,
  }, async ({ h }) => {
    const projectId = h.f.projectA.id;
    const ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
    await fc.assert(
      fc.asyncProperty(
        fc.array(itemArb, { minLength: 1, maxLength: 6 }),
        fc.array(itemArb, { minLength: 1, maxLength: 4 }),
        correctionsArb,
        async (certifiedItems, nextItems, picks) => {
          const partnerId = (await h.f.newPartner()).id;
          const { itemIds } = await certifiedReport(h.db, projectId, partnerId, 1, certifiedItems);
          await draftReport(h.db, projectId, partnerId, 2, nextItems);
          const before = await buildModel(h.db, projectId, partnerId, 2, DEC);
          const left = certifiedItems.map((i) => i.declaredCents);
          const named: { category: string; amountCents: number }[] = [];
          for (const pick of picks) {
            const n = pick.item % itemIds.length;
            const amountCents = Math.max(1, Math.floor(((left[n] ?? 0) * pick.share) / 1000));
            if ((left[n] ?? 0) < amountCents) continue;
            left[n] = (left[n] ?? 0) - amountCents;
            await addCorrection(ctx, {
              itemId: itemIds[n] ?? "",
              amountCents,
              reason: "Ineligible",
            });
            named.push({ category: certifiedItems[n]?.category ?? "staff", amountCents });
          }
          const total = sumCents(named.map((c) => c.amountCents));
          const after = await buildModel(h.db, projectId, partnerId, 2, DEC);
          expect(after.corrections.totalCents).toBe(total);
          expect(after.overview.total.currentCents).toBe(
            before.overview.total.currentCents - total,
          );
          expect(after.eligibleCents).toBe(before.eligibleCents - total);
          for (const c of REAL) {
            const of = sumCents(named.filter((x) => x.category === c).map((x) => x.amountCents));
            const row = (m: typeof after) => m.overview.rows.find((r) => r.category === c);
            expect(row(after)?.currentCents).toBe((row(before)?.currentCents ?? 0) - of);
          }
          // Submitted, the report keeps its corrections; the desk and later reports follow.
          await submitReport(ctx, { partnerId, periodNumber: 2, version: 1 }, DEC);
          const submitted = await buildModel(h.db, projectId, partnerId, 2, DEC);
          expect(submitted.corrections.totalCents).toBe(total);
          const snapshot = await h.db
            .selectFrom("financial_report_versions as v")
            .innerJoin("financial_reports as r", "r.id", "v.report_id")
            .select("v.content")
            .where("r.partner_id", "=", partnerId)
            .executeTakeFirstOrThrow();
          expect((snapshot.content as typeof after).corrections.totalCents).toBe(total);
          const desk = await loadDesk(h.db, projectId, DEC);
          const cell = desk.reported.get(`${partnerId}|2`) ?? {};
          expect(sumCents(desk.options.inUse.map((c) => cell[c] ?? 0))).toBe(
            submitted.overview.total.currentCents,
          );
          const first = await buildModel(h.db, projectId, partnerId, 1, DEC);
          const third = await buildModel(h.db, projectId, partnerId, 3, DEC);
          expect(third.overview.total.previousCents).toBe(
            first.overview.total.currentCents + submitted.overview.total.currentCents,
          );
        },
      ),
      { numRuns: 6 },
    );
  });

  it("is refused beyond the certified amount, on uncertified items, and stays once submitted", async ({
    h,
    lead,
    editor,
    viewer,
    outsider,
    projectId,
  }) => {
    const partnerId = (await h.f.newPartner()).id;
    const { itemIds } = await certifiedReport(h.db, projectId, partnerId, 1, [
      { category: "external", declaredCents: 100_000, certifiedCents: 80_000 },
    ]);
    const itemId = itemIds[0] ?? "";
    const draftId = await draftReport(h.db, projectId, partnerId, 2, [
      { category: "travel", declaredCents: 30_000 },
    ]);
    const add = (amountCents: number, id = itemId) =>
      lead.corrections.add({ projectId, itemId: id, amountCents, reason: "Not procured" });
    const stored = () =>
      h.db
        .selectFrom("financial_corrections")
        .select("id")
        .where("partner_id", "=", partnerId)
        .execute();

    // Only what was certified (80 000 of the 100 000 declared) can be corrected.
    expect((await trpcError(add(80_001))).code).toBe("BAD_REQUEST");
    const first = await add(50_000);
    expect(first.periodNumber).toBe(2);
    const over = await trpcError(add(30_001));
    expect(over.code).toBe("BAD_REQUEST");
    expect(over.message).toMatch(/larger than what is left/);
    // An item of a report not yet controlled is not certified.
    const [draftItem] = await h.db
      .selectFrom("expenditure_items")
      .select("id")
      .where("report_id", "=", draftId)
      .execute();
    expect((await trpcError(add(1_000, draftItem?.id))).code).toBe("BAD_REQUEST");
    expect(
      (await trpcError(editor.corrections.add({ projectId, itemId, amountCents: 1, reason: "x" })))
        .code,
    ).toBe("FORBIDDEN");
    const otherProject = await trpcError(
      outsider.corrections.add({ projectId: h.f.projectB.id, itemId, amountCents: 1, reason: "x" }),
    );
    expect(otherProject.code).toBe("NOT_FOUND");
    expect((await stored()).length).toBe(1);

    // Other partners see the amount, not the item or the reason.
    const seen = await viewer.corrections.list({ projectId, partnerId });
    expect(seen.corrections).toEqual([
      expect.objectContaining({ amountCents: 50_000, reason: null, itemDescription: null }),
    ]);
    const mine = await lead.corrections.list({ projectId, partnerId });
    expect(mine.corrections[0]).toMatchObject({ reason: "Not procured", periodNumber: 2 });
    const choices = await lead.corrections.certifiedItems({ projectId, partnerId });
    expect(choices).toEqual([
      expect.objectContaining({
        id: itemId,
        certifiedCents: 80_000,
        correctedCents: 50_000,
        leftCents: 30_000,
      }),
    ]);

    // Stale withdrawal refused; once the report carrying it is submitted, it stays.
    const second = await add(10_000);
    const stale = await trpcError(
      lead.corrections.remove({ projectId, id: second.id, version: 2 }),
    );
    expect(stale.code).toBe("CONFLICT");
    await lead.corrections.remove({ projectId, id: second.id, version: second.version });
    await lead.financialReports.submit({ projectId, partnerId, periodNumber: 2, version: 1 });
    const kept = await trpcError(
      lead.corrections.remove({ projectId, id: first.id, version: first.version }),
    );
    expect(kept.code).toBe("CONFLICT");
    const report = await lead.financialReports.get({ projectId, partnerId, periodNumber: 2 });
    expect(report.corrections.totalCents).toBe(50_000);
    expect(report.eligibleCents).toBe(30_000 - 50_000);
    // The list of reports shows the report's own total, corrections taken off.
    const listed = await lead.financialReports.list({ projectId, periodNumber: 2 });
    expect(listed.reports.find((r) => r.partnerId === partnerId)?.totalCents).toBe(
      report.eligibleCents,
    );
    // The progress report's finance section reports the period less the corrections it carries.
    const section = await periodFinance(
      await h.projectCtxFor(h.f.users.lead_coordinator.id),
      { number: 2, end: "2025-08-31" },
      [{ id: partnerId, shortName: "P", name: "P", country: "SE", role: "partner" }],
    );
    const reported = new Map(
      section.partners[0]?.categories.map((c) => [c.category, Math.round(c.reportedEur * 100)]),
    );
    expect([reported.get("travel"), reported.get("external")]).toEqual([30_000, -50_000]);
    // A correction made now waits for the report of period 3.
    expect((await add(5_000)).periodNumber).toBe(3);
    // Removing the partner takes its corrections with it (the item alone cannot go).
    await h.db.deleteFrom("partners").where("id", "=", partnerId).execute();
    expect(await stored()).toEqual([]);
  });
});
