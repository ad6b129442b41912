import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import { CONTRACT } from "./expenditure.matrix";
import { forceStatus, item, itemsOf, STAFF } from "./items-test-kit";
import { toEuroCents } from "./rules";

const P3 = 3; // 2026-03-01 to 2026-08-31 in the test project

describe("the list of expenditure", () => {
  it("adds items and totals them per category, flat rates computed", async ({
    editor,
    f,
    projectId,
  }) => {
    const ref = { projectId, partnerId: f.partnersA.se, periodNumber: P3 };
    await editor.expenditure.create({
      ...ref,
      ...item({ declared: "1 234,56", totalInvoice: "1500" }),
    });
    await editor.expenditure.create({ ...ref, ...STAFF });
    const list = await editor.expenditure.list(ref);
    expect(list.view).toBe("full");
    expect(list.report?.status).toBe("draft");
    expect(list.items.map((i) => [i.category, i.declaredCents, i.eurCents])).toEqual([
      ["travel", 123_456, 123_456],
      ["staff", 200_000, 200_000],
    ]);
    const total = (c: string) => list.totals.find((t) => t.category === c)?.eurCents;
    expect([total("staff"), total("office_admin"), total("travel")]).toEqual([
      200_000, 30_000, 123_456,
    ]);
    expect(list.totalCents).toBe(353_456);
    expect(list.items[1]?.staff).toMatchObject({ person: "Astrid Berg", sharePercent: "50.00" });
  });

  it("refuses each broken rule with a field error and saves nothing", async ({
    h,
    editor,
    lead,
    f,
    projectId,
    docs,
  }) => {
    const ref = { projectId, partnerId: f.partnersA.se, periodNumber: P3 };
    const other = await lead.expenditure.createContract({
      projectId,
      partnerId: f.partnersA.it,
      ...CONTRACT,
    });
    const privateDoc = await docs.newDocument({
      ownerPartnerId: f.partnersA.it,
      visibility: "partner",
    });
    const before = (await itemsOf(h, f.partnersA.se)).length;
    const cases: [Partial<typeof STAFF>, string, RegExp][] = [
      [{ category: "infrastructure" }, "category", /does not use/],
      [{ category: "office_admin" }, "category", /flat rate/],
      [{ declared: "abc" }, "declared", /Not an amount/],
      [{ declared: "-5" }, "declared", /above 0/],
      [{ declared: "0" }, "declared", /above 0/],
      [{ declared: "1000000000.01", totalInvoice: "" }, "declared", /at most/],
      [{ declared: "130" }, "declared", /more than the total/],
      [{ vat: "121" }, "vat", /more than the total/],
      [{ currency: "SEK" }, "currency", /Declare in EUR/],
      [{ invoiceDate: "2026-02-28" }, "invoiceDate", /within period 3/],
      [{ paymentDate: null }, "paymentDate", /date of payment/],
      [{ paymentDate: "2026-09-01" }, "paymentDate", /within period 3/],
      [{ staffPerson: "Astrid Berg" }, "staffPerson", /Only staff costs/],
      [{ contractId: other.id }, "contractId", /partner's contracts/],
      [{ evidenceIds: [privateDoc.id] }, "evidenceIds", /may see/],
      [{ ...STAFF, staffPerson: "" }, "staffPerson", /Name the person/],
      [{ ...STAFF, staffBasis: null }, "staffBasis", /employed/],
      [{ ...STAFF, staffSharePercent: "" }, "staffSharePercent", /share of time/],
      [{ ...STAFF, staffSharePercent: "120" }, "staffSharePercent", /between 0 and 100/],
      [{ ...STAFF, staffBasis: "hourly", staffSharePercent: "" }, "staffHours", /hours/],
    ];
    for (const [over, field, message] of cases) {
      const r = await refused(editor.expenditure.create({ ...ref, ...item(over) }));
      expect(r.code, field).toBe("BAD_REQUEST");
      expect(r.fields[field]?.join(" "), `${field} ${JSON.stringify(over)}`).toMatch(message);
    }
    expect((await itemsOf(h, f.partnersA.se)).length).toBe(before);
  });

  it("refuses a period that has not begun and another partner's editor", async ({
    editor,
    editorIt,
    f,
    projectId,
  }) => {
    const r = await refused(
      editor.expenditure.create({
        projectId,
        partnerId: f.partnersA.se,
        periodNumber: 8,
        ...item(),
      }),
    );
    expect(r.fields.periodNumber?.[0]).toMatch(/begins on/);
    const other = await refused(
      editorIt.expenditure.create({
        projectId,
        partnerId: f.partnersA.se,
        periodNumber: P3,
        ...item(),
      }),
    );
    expect(other.code).toBe("FORBIDDEN");
  });

  it("edits over the version read, duplicates and deletes", async ({
    h,
    editor,
    f,
    projectId,
    docs,
  }) => {
    const ref = { projectId, partnerId: f.partnersA.se, periodNumber: 2 };
    const doc = await docs.newDocument({ ownerPartnerId: f.partnersA.se, visibility: "partner" });
    const made = await editor.expenditure.create({
      ...ref,
      ...item({ invoiceDate: "2025-09-02", paymentDate: "2025-09-03", evidenceIds: [doc.id] }),
    });
    const changed = {
      ...item({ invoiceDate: "2025-09-02", paymentDate: "2025-09-03", declared: "99" }),
      evidenceIds: [doc.id],
    };
    const saved = await editor.expenditure.update({
      projectId,
      itemId: made.id,
      version: made.version,
      ...changed,
    });
    expect(saved.version).toBe(made.version + 1);
    const stale = await refused(
      editor.expenditure.update({ projectId, itemId: made.id, version: made.version, ...changed }),
    );
    expect(stale.code).toBe("CONFLICT");
    const copy = await editor.expenditure.duplicate({ projectId, itemId: made.id });
    const list = await editor.expenditure.list(ref);
    expect(list.items.map((i) => [i.id, i.declaredCents, i.evidence.map((e) => e.id)])).toEqual([
      [made.id, 9_900, [doc.id]],
      [copy.id, 9_900, [doc.id]],
    ]);
    expect(
      (await refused(editor.expenditure.delete({ projectId, itemId: copy.id, version: 99 }))).code,
    ).toBe("CONFLICT");
    await editor.expenditure.delete({ projectId, itemId: copy.id, version: copy.version });
    expect((await itemsOf(h, f.partnersA.se)).some((i) => i.id === copy.id)).toBe(false);
  });

  it("locks the items of a submitted report and unlocks a returned one", async ({
    h,
    lead,
    f,
    projectId,
  }) => {
    const partner = await f.newPartner();
    const ref = { projectId, partnerId: partner.id, periodNumber: 1 };
    const dates = { invoiceDate: "2025-04-02", paymentDate: "2025-04-03" };
    const made = await lead.expenditure.create({ ...ref, ...item(dates) });
    await forceStatus(h, partner.id, 1, "submitted");
    // Called one after another (each a thunk), so every refusal is awaited as it happens.
    const calls = [
      () => lead.expenditure.create({ ...ref, ...item(dates) }),
      () =>
        lead.expenditure.update({
          projectId,
          itemId: made.id,
          version: made.version,
          ...item(dates),
        }),
      () => lead.expenditure.duplicate({ projectId, itemId: made.id }),
      () => lead.expenditure.delete({ projectId, itemId: made.id, version: made.version }),
    ];
    for (const call of calls) {
      const r = await refused(call());
      expect(r.code).toBe("CONFLICT");
      expect(r.message).toMatch(/submitted/);
    }
    expect((await itemsOf(h, partner.id)).length).toBe(1);
    expect((await lead.expenditure.list(ref)).can.edit).toBe(false);
    await forceStatus(h, partner.id, 1, "returned");
    await lead.expenditure.delete({ projectId, itemId: made.id, version: made.version });
    expect(await itemsOf(h, partner.id)).toEqual([]);
  });
});

describe("who sees what", () => {
  it("hides staff details from the lead and items from other partners", async ({
    editor,
    lead,
    observer,
    viewer,
    f,
    projectId,
  }) => {
    const ref = { projectId, partnerId: f.partnersA.se, periodNumber: 4 };
    const dates = { invoiceDate: "2026-09-02", paymentDate: "2026-09-03" };
    await editor.expenditure.create({ ...ref, ...item(dates) });
    await editor.expenditure.create({ ...ref, ...STAFF, ...dates });
    const own = await editor.expenditure.list(ref);
    expect(own.items.map((i) => i.category)).toEqual(["travel", "staff"]);
    for (const caller of [lead, observer]) {
      const list = await caller.expenditure.list(ref);
      expect(list.view).toBe("items");
      expect(list.items.map((i) => i.category)).toEqual(["travel"]);
      expect(list.hiddenStaff).toEqual({ count: 1, eurCents: 200_000 });
      expect(JSON.stringify(list)).not.toMatch(/Astrid/);
      expect(list.totals.find((t) => t.category === "staff")?.eurCents).toBe(200_000);
    }
    const staffId = own.items[1]?.id ?? "";
    expect((await refused(lead.expenditure.duplicate({ projectId, itemId: staffId }))).code).toBe(
      "NOT_FOUND",
    );
    const other = await viewer.expenditure.list(ref);
    expect(other.view).toBe("totals");
    expect(other.items).toEqual([]);
    expect(other.totalCents).toBe(own.totalCents);
    expect(JSON.stringify(other)).not.toMatch(/Astrid|Lyon/);
    expect(
      (await viewer.expenditure.contracts({ projectId, partnerId: f.partnersA.se })).contracts,
    ).toEqual([]);
  });
});

describe("currencies", () => {
  it("estimates a non-euro item at the current month's rate, or says it has none", async ({
    h,
    lead,
    f,
    projectId,
  }) => {
    const partner = await f.newPartner();
    await h.db
      .insertInto("partner_finance")
      .values({ partner_id: partner.id, project_id: projectId, currency: "SEK" })
      .execute();
    const ref = { projectId, partnerId: partner.id, periodNumber: P3 };
    await lead.expenditure.create({
      ...ref,
      ...item({ currency: "SEK", declared: "1000", totalInvoice: "" }),
    });
    const before = await lead.expenditure.list(ref);
    expect(before.items[0]).toMatchObject({ currency: "SEK", eurCents: null, euroEstimated: true });
    expect(before.missingRates).toBe(1);
    const month = new Date().toISOString().slice(0, 7);
    await lead.expenditure.setRate({ projectId, currency: "SEK", month, rate: "11,4567" });
    const after = await lead.expenditure.list(ref);
    expect(after.items[0]).toMatchObject({
      eurCents: toEuroCents(100_000, "11.4567"),
      euroEstimated: true,
    });
    expect(after.items[0]?.eurCents).toBe(8_729); // 1000 / 11.4567 = 87.2851… → 87.29
    expect(after.missingRates).toBe(0);
  });
});
