import { describe, expect } from "vitest";
import { financeLanding } from "../finance/desk-landing";
import { moneyDeskOverview } from "../finance/desk-overview";
import { moneySummary } from "../finance/desk-summary";
import { it, refused } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { paymentsOverview } from "./payments-read";
import { certifiedClaim } from "./test-claims";

/** Rows that a refused change must leave as they were. */
const snapshot = async (h: Harness) => ({
  payments: await h.db.selectFrom("payments_received").selectAll().orderBy("id").execute(),
  claims: await h.db.selectFrom("payment_claims").selectAll().orderBy("payment_id").execute(),
  transfers: await h.db.selectFrom("partner_transfers").selectAll().orderBy("id").execute(),
  audit: await h.auditCount(),
});

/** Two fresh partners certified in the claim of `period`: 80 % and 70 % co-financing. */
async function twoPartnerClaim(h: Harness, period: number) {
  const [a, b] = [await h.f.newPartner(), await h.f.newPartner()];
  const claimId = await certifiedClaim(h.db, h.f.projectA.id, period, [
    { partnerId: a.id, certifiedCents: 1_000_001 },
    { partnerId: b.id, certifiedCents: 333_333, cofinancing: "70" },
  ]);
  // Fund amounts, rounded once per certificate: 800 000.80 → 800 001; 233 333.1 → 233 333.
  return { a: a.id, b: b.id, claimId, dueA: 800_001, dueB: 233_333 };
}

// The file's database is made before the first test (a hook may take longer than a test).
it.beforeAll(async ({ h }) => {
  expect(h.f.projectA.id).toBeTruthy();
});

describe("payments", () => {
  it("owes each partner its fund amount once paid, less what was passed on", async ({
    h,
    lead,
  }) => {
    const projectId = h.f.projectA.id;
    const c = await twoPartnerClaim(h, 11);
    const pay = await lead.payments.recordPayment({
      projectId,
      receivedOn: "2026-03-02",
      amountCents: c.dueA + c.dueB,
      claimIds: [c.claimId],
      note: "First instalment",
    });
    await lead.payments.recordTransfer({
      projectId,
      partnerId: c.a,
      transferredOn: "2026-03-10",
      amountCents: 500_000,
      reference: "SEPA 1",
      paymentId: pay.id,
    });
    const o = await lead.payments.overview({ projectId });
    const row = (id: string) => o.partners.find((p) => p.partnerId === id);
    expect(row(c.a)).toMatchObject({
      claimedCents: c.dueA,
      receivedCents: c.dueA,
      transferredCents: 500_000,
      owedCents: c.dueA - 500_000,
    });
    expect(row(c.b)).toMatchObject({
      receivedCents: c.dueB,
      transferredCents: 0,
      owedCents: c.dueB,
    });
    expect(o.claims.find((x) => x.id === c.claimId)).toMatchObject({
      periodNumber: 11,
      dueCents: c.dueA + c.dueB,
      awaitedCents: 0,
    });
    const audit = await h.db
      .selectFrom("audit_log")
      .select("summary")
      .where("entity_id", "=", pay.id)
      .executeTakeFirstOrThrow();
    expect(audit.summary).toBe(
      "Payment of EUR 10333.34 received on 2026-03-02 for the claim of period 11 recorded",
    );
  });

  it("shares a partial payment pro rata, adding up exactly", async ({ h, lead }) => {
    const projectId = h.f.projectA.id;
    const c = await twoPartnerClaim(h, 12);
    const pay = await lead.payments.recordPayment({
      projectId,
      receivedOn: "2026-03-02",
      amountCents: 100_001,
      claimIds: [c.claimId],
      note: "",
    });
    const o = await lead.payments.overview({ projectId });
    const shares = o.payments.find((p) => p.id === pay.id)?.shares ?? [];
    expect(shares.map((s) => s.cents).reduce((x, y) => x + y, 0)).toBe(100_001);
    // 100 001 × 800 001 / 1 033 334 = 77 420.18…, × 233 333 / 1 033 334 = 22 580.82…: the
    // cent the floors leave goes to the larger remainder, b's.
    expect(Object.fromEntries(shares.map((s) => [s.partnerId, s.cents]))).toEqual({
      [c.a]: 77_420,
      [c.b]: 22_581,
    });
  });

  it("refuses a transfer above what the partner is owed, to another project's partner or ahead of time; nothing changes", async ({
    h,
    lead,
  }) => {
    const projectId = h.f.projectA.id;
    const c = await twoPartnerClaim(h, 13);
    await lead.payments.recordPayment({
      projectId,
      receivedOn: "2026-04-01",
      amountCents: c.dueA + c.dueB,
      claimIds: [c.claimId],
      note: "",
    });
    const transfer = {
      projectId,
      partnerId: c.b,
      transferredOn: "2026-04-05",
      amountCents: c.dueB + 1,
      reference: "",
      paymentId: null,
    };
    const before = await snapshot(h);
    const over = await refused(lead.payments.recordTransfer(transfer));
    expect(over.code).toBe("BAD_REQUEST");
    expect(over.fields.amountCents?.[0]).toMatch(/was owed EUR 2333\.33 on 2026-04-05/);
    // Before the money came, the partner was owed nothing.
    const early = await refused(
      lead.payments.recordTransfer({ ...transfer, amountCents: 1, transferredOn: "2026-03-31" }),
    );
    expect(early.fields.amountCents?.[0]).toMatch(/was owed EUR 0\.00 on 2026-03-31/);
    const foreign = await refused(
      lead.payments.recordTransfer({ ...transfer, amountCents: 1, partnerId: h.f.partnerB }),
    );
    expect(foreign.fields.partnerId).toEqual(["This partner is not part of the project"]);
    const future = await refused(
      lead.payments.recordTransfer({ ...transfer, amountCents: 1, transferredOn: "2999-01-01" }),
    );
    expect(future.fields.transferredOn).toEqual(["The date cannot be in the future"]);
    const zero = await refused(lead.payments.recordTransfer({ ...transfer, amountCents: 0 }));
    expect(zero.fields.amountCents).toEqual(["The amount must be more than 0"]);
    // A payment above what its claims await, or for something that is not a claim.
    const overpaid = await refused(
      lead.payments.recordPayment({
        projectId,
        receivedOn: "2026-04-02",
        amountCents: 1,
        claimIds: [c.claimId],
        note: "",
      }),
    );
    expect(overpaid.fields.amountCents?.[0]).toMatch(/more than its claims still await/);
    const notAClaim = await refused(
      lead.payments.recordPayment({
        projectId,
        receivedOn: "2026-04-02",
        amountCents: 1,
        claimIds: [h.f.partnerB],
        note: "",
      }),
    );
    expect(notAClaim.fields.claimIds?.[0]).toMatch(/claims of this project/);
    expect(await snapshot(h)).toEqual(before);
  });

  it("refuses a stale save, and a change that would leave a transfer uncovered", async ({
    h,
    lead,
  }) => {
    const projectId = h.f.projectA.id;
    const c = await twoPartnerClaim(h, 14);
    const fields = {
      projectId,
      receivedOn: "2026-04-01",
      amountCents: 200_000,
      claimIds: [c.claimId],
      note: "",
    };
    const pay = await lead.payments.recordPayment(fields);
    const t = await lead.payments.recordTransfer({
      projectId,
      partnerId: c.a,
      transferredOn: "2026-04-02",
      amountCents: 150_000,
      reference: "",
      paymentId: pay.id,
    });
    const saved = await lead.payments.updatePayment({
      ...fields,
      id: pay.id,
      version: 1,
      note: "Corrected",
    });
    expect(saved.version).toBe(2);
    const before = await snapshot(h);
    const stale = await refused(lead.payments.updatePayment({ ...fields, id: pay.id, version: 1 }));
    expect(stale.code).toBe("CONFLICT");
    // A smaller payment no longer covers what was passed on to partner a.
    const smaller = await refused(
      lead.payments.updatePayment({ ...fields, id: pay.id, version: 2, amountCents: 100_000 }),
    );
    expect(smaller.code).toBe("BAD_REQUEST");
    expect(smaller.message).toMatch(/the transfer of EUR 1500\.00 that day is more than that/);
    const gone = await refused(lead.payments.deletePayment({ projectId, id: pay.id, version: 2 }));
    expect(gone.code).toBe("BAD_REQUEST");
    const staleDelete = await refused(
      lead.payments.deleteTransfer({ projectId, id: t.id, version: 7 }),
    );
    expect(staleDelete.code).toBe("CONFLICT");
    expect(await snapshot(h)).toEqual(before);
    // Once the transfer is gone, so may the payment be.
    await lead.payments.deleteTransfer({ projectId, id: t.id, version: 1 });
    await lead.payments.deletePayment({ projectId, id: pay.id, version: 2 });
    const o = await lead.payments.overview({ projectId });
    expect(o.payments.find((p) => p.id === pay.id)).toBeUndefined();
    expect(o.partners.find((p) => p.partnerId === c.a)?.owedCents).toBe(0);
  });

  it("lets the record be repaired when a claim shrinks after it was paid", async ({ h, lead }) => {
    const projectId = h.f.projectA.id;
    const c = await twoPartnerClaim(h, 17);
    const fields = { projectId, receivedOn: "2026-04-01", claimIds: [c.claimId], note: "" };
    const pay = await lead.payments.recordPayment({ ...fields, amountCents: c.dueA + c.dueB });
    // Partner b's certificate is left out of the claim afterwards: the payment is now too large.
    await h.db
      .updateTable("period_report_certificates")
      .set({ included: false })
      .where("period_report_id", "=", c.claimId)
      .where("certificate_id", "in", (eb) =>
        eb.selectFrom("control_certificates").select("id").where("partner_id", "=", c.b),
      )
      .execute();
    // Other records still change; the payment itself only to an amount that adds up.
    const other = await twoPartnerClaim(h, 18);
    await lead.payments.recordPayment({ ...fields, claimIds: [other.claimId], amountCents: 100 });
    const still = await refused(
      lead.payments.updatePayment({ ...fields, id: pay.id, version: 1, amountCents: c.dueA + 1 }),
    );
    expect(still.fields.amountCents?.[0]).toMatch(/more than its claims still await/);
    await lead.payments.updatePayment({ ...fields, id: pay.id, version: 1, amountCents: c.dueA });
    const o = await lead.payments.overview({ projectId });
    expect(o.partners.find((p) => p.partnerId === c.a)?.receivedCents).toBe(c.dueA);
    expect(o.partners.find((p) => p.partnerId === c.b)?.receivedCents).toBe(0);
  });

  it("shows a partner its own line and observers the totals only", async ({
    h,
    lead,
    editor,
    observer,
  }) => {
    const projectId = h.f.projectA.id;
    const se = h.f.partnersA.se;
    const claimId = await certifiedClaim(h.db, projectId, 15, [
      { partnerId: se, certifiedCents: 10_000 },
    ]);
    await lead.payments.recordPayment({
      projectId,
      receivedOn: "2026-05-01",
      amountCents: 8_000,
      claimIds: [claimId],
      note: "",
    });
    const mine = await editor.payments.overview({ projectId });
    expect(mine.can.manage).toBe(false);
    expect(mine.partners.map((p) => p.partnerId)).toEqual([se]);
    expect(mine.partners[0]?.owedCents).toBe(8_000);
    const landing = await financeLanding(
      await h.projectCtxFor(h.f.users.partner_editor.id),
      new Date(),
    );
    expect(landing.own?.payment).toEqual({
      receivedCents: 8_000,
      owedCents: 8_000,
      waitingSince: "2026-05-01",
    });
    const watching = await observer.payments.overview({ projectId });
    expect(watching.partners).toEqual([]);
    expect(watching.transfers).toEqual([]);
    expect(watching.payments.every((p) => p.shares.length === 0)).toBe(true);
    expect(watching.totals.receivedCents).toBe(mine.totals.receivedCents);
    const desk = await moneyDeskOverview(
      await h.projectCtxFor(h.f.users.observer.id),
      {},
      new Date(),
    );
    expect(desk.partners.every((p) => p.payment === null)).toBe(true);
  });

  it("counts the wait first in, first out and flags it on the desk past the project's limit", async ({
    h,
    lead,
  }) => {
    const projectId = h.f.projectA.id;
    const c = await twoPartnerClaim(h, 16);
    const half = { projectId, amountCents: 500_000, claimIds: [c.claimId], note: "" };
    await lead.payments.recordPayment({ ...half, receivedOn: "2026-01-10" });
    await lead.payments.recordPayment({ ...half, receivedOn: "2026-02-20" });
    const ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
    const now = new Date("2026-03-01T12:00:00Z");
    const first = (await paymentsOverview(ctx, now)).partners.find((p) => p.partnerId === c.a);
    expect(first).toMatchObject({
      waitingSince: "2026-01-10",
      waitingDays: 50,
      waitingTooLong: true,
    });
    // Passing on the first payment's share moves the wait to the second payment.
    const o = await paymentsOverview(ctx, now);
    const shareA = o.payments
      .find((p) => p.receivedOn === "2026-01-10")
      ?.shares.find((s) => s.partnerId === c.a);
    await lead.payments.recordTransfer({
      projectId,
      partnerId: c.a,
      transferredOn: "2026-01-20",
      amountCents: shareA?.cents ?? 0,
      reference: "",
      paymentId: null,
    });
    const after = (await paymentsOverview(ctx, now)).partners.find((p) => p.partnerId === c.a);
    expect(after).toMatchObject({
      waitingSince: "2026-02-20",
      waitingDays: 9,
      waitingTooLong: false,
    });
    const desk = await moneyDeskOverview(ctx, {}, now);
    expect(desk.partners.find((p) => p.partnerId === c.b)?.payment).toMatchObject({
      waitingDays: 50,
      waitingTooLong: true,
    });
    expect((await moneySummary(ctx, now)).paymentsWaiting.map((p) => p.partnerId)).toContain(c.b);
    // A longer limit clears the flag.
    const settings = await lead.payments.overview({ projectId });
    await lead.payments.setWaitDays({ projectId, days: 60, version: settings.settingsVersion });
    const relaxed = await moneySummary(ctx, now);
    expect(relaxed.paymentsWaiting.map((p) => p.partnerId)).not.toContain(c.b);
    const stale = await refused(
      lead.payments.setWaitDays({ projectId, days: 10, version: settings.settingsVersion }),
    );
    expect(stale.code).toBe("CONFLICT");
  });
});
