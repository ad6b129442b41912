import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import { CONTRACT } from "./expenditure.matrix";
import { forceStatus, item } from "./items-test-kit";

describe("the rate table", () => {
  it("is kept by the lead, read by every member, checked field by field", async ({
    lead,
    editor,
    viewer,
    projectId,
  }) => {
    await lead.expenditure.setRate({
      projectId,
      currency: "dkk",
      month: "2026-03",
      rate: "7.4593",
    });
    await lead.expenditure.setRate({ projectId, currency: "DKK", month: "2026-03", rate: "7,46" });
    const list = await viewer.expenditure.rates({ projectId });
    expect(list.rates).toContainEqual(
      expect.objectContaining({ currency: "DKK", month: "2026-03", rate: "7.46" }),
    );
    expect(list.can.edit).toBe(false);
    expect(
      (
        await refused(
          editor.expenditure.setRate({ projectId, currency: "DKK", month: "2026-03", rate: "7" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const bad: [Record<string, string>, string][] = [
      [{ currency: "EUR" }, "currency"],
      [{ currency: "Kr" }, "currency"],
      [{ month: "2026-13" }, "month"],
      [{ month: "03/2026" }, "month"],
      [{ rate: "7.1234567" }, "rate"],
      [{ rate: "-1" }, "rate"],
      [{ rate: "0" }, "rate"],
    ];
    for (const [over, field] of bad) {
      const r = await refused(
        lead.expenditure.setRate({
          projectId,
          currency: "SEK",
          month: "2026-04",
          rate: "11",
          ...over,
        }),
      );
      expect(r.code).toBe("BAD_REQUEST");
      expect(Object.keys(r.fields), JSON.stringify(over)).toEqual([field]);
    }
  });

  it("imports our layout and the Commission's, all rows or none", async ({ lead, projectId }) => {
    const ours = "currency;month;rate\nSEK;2026-05;11,0012\nPLN;2026-05;4.25\n";
    expect(await lead.expenditure.importRates({ projectId, content: ours, month: null })).toEqual({
      imported: 2,
    });
    const inforEuro = [
      "InforEuro - monthly accounting rates",
      "Country,Currency,ISO Code,Value",
      "Denmark,Danish krone,DKK,7.4612",
      "Germany,Euro,EUR,1",
      '"Sweden","Swedish krona","SEK","11.0523"',
    ].join("\r\n");
    const missingMonth = await refused(
      lead.expenditure.importRates({ projectId, content: inforEuro, month: null }),
    );
    expect(missingMonth.fields.month?.[0]).toMatch(/no month column/);
    expect(
      await lead.expenditure.importRates({ projectId, content: inforEuro, month: "2026-06" }),
    ).toEqual({ imported: 2 });
    const rates = (await lead.expenditure.rates({ projectId })).rates.filter(
      (r) => r.month >= "2026-05",
    );
    expect(rates.map((r) => `${r.month} ${r.currency} ${r.rate}`)).toEqual([
      "2026-06 DKK 7.4612",
      "2026-06 SEK 11.0523",
      "2026-05 PLN 4.25",
      "2026-05 SEK 11.0012",
    ]);
    const broken =
      "currency,month,rate\nNOK,2026-07,11.7\nXX,2026-07,1\nNOK,July,0\nNOK,2026-07,11.8\n";
    const r = await refused(
      lead.expenditure.importRates({ projectId, content: broken, month: null }),
    );
    expect(r.fields.content).toEqual([
      "Row 3, Currency: not a three-letter code",
      "Row 4, Month: use a month like 2026-03",
      "Row 4, Rate: not a rate above 0 with at most 6 decimals",
      "Row 5: NOK for 2026-07 is given twice",
    ]);
    expect(
      (await lead.expenditure.rates({ projectId })).rates.some((x) => x.currency === "NOK"),
    ).toBe(false);
  });

  it("keeps a rate a submitted report was converted with", async ({ h, lead, f, projectId }) => {
    const partner = await f.newPartner();
    await h.db
      .insertInto("partner_finance")
      .values({ partner_id: partner.id, project_id: projectId, currency: "PLN" })
      .execute();
    await lead.expenditure.setRate({ projectId, currency: "PLN", month: "2025-09", rate: "4.3" });
    await lead.expenditure.setRate({ projectId, currency: "HUF", month: "2025-09", rate: "390" });
    const dates = { invoiceDate: "2025-04-02", paymentDate: "2025-04-03" };
    await lead.expenditure.create({
      projectId,
      partnerId: partner.id,
      periodNumber: 1,
      ...item({ ...dates, currency: "PLN" }),
    });
    await forceStatus(h, partner.id, 1, "submitted", "2025-09-01");
    const r = await refused(
      lead.expenditure.deleteRate({ projectId, currency: "PLN", month: "2025-09" }),
    );
    expect(r.code).toBe("CONFLICT");
    const list = await lead.expenditure.rates({ projectId });
    expect(
      list.rates.find((x) => x.currency === "PLN" && x.month === "2025-09")?.usedBySubmittedReport,
    ).toBe(true);
    await lead.expenditure.deleteRate({ projectId, currency: "HUF", month: "2025-09" });
    expect(
      (await refused(lead.expenditure.deleteRate({ projectId, currency: "HUF", month: "2025-09" })))
        .code,
    ).toBe("NOT_FOUND");
  });
});

describe("the list of contracts", () => {
  it("is kept per partner over its version, and a used contract stays", async ({
    h,
    editor,
    editorIt,
    lead,
    observer,
    f,
    projectId,
  }) => {
    const partnerId = f.partnersA.se;
    const c = await editor.expenditure.createContract({ projectId, partnerId, ...CONTRACT });
    expect(c).toMatchObject({ amountCents: 2_500_000, procurementType: "open" });
    const changed = await editor.expenditure.updateContract({
      projectId,
      contractId: c.id,
      version: c.version,
      ...CONTRACT,
      name: "Evaluation, lot 2",
    });
    const stale = await refused(
      editor.expenditure.updateContract({
        projectId,
        contractId: c.id,
        version: c.version,
        ...CONTRACT,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(
      (
        await refused(
          editorIt.expenditure.deleteContract({
            projectId,
            contractId: c.id,
            version: changed.version,
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const bad = await refused(
      editor.expenditure.createContract({ projectId, partnerId, ...CONTRACT, amount: "ten" }),
    );
    expect(Object.keys(bad.fields)).toEqual(["amount"]);
    expect(
      (await observer.expenditure.contracts({ projectId, partnerId })).contracts.map((x) => x.name),
    ).toContain("Evaluation, lot 2");

    await editor.expenditure.create({
      projectId,
      partnerId,
      periodNumber: 3,
      ...item({ contractId: c.id }),
    });
    const used = await refused(
      editor.expenditure.deleteContract({ projectId, contractId: c.id, version: changed.version }),
    );
    expect(used.code).toBe("CONFLICT");
    expect(used.message).toMatch(/1 items/);

    const spare = await lead.expenditure.createContract({
      projectId,
      partnerId,
      ...CONTRACT,
      name: "Spare",
    });
    await editor.expenditure.deleteContract({
      projectId,
      contractId: spare.id,
      version: spare.version,
    });
    const row = await h.db
      .selectFrom("contracts")
      .select("deleted_at")
      .where("id", "=", spare.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(
      (await editor.expenditure.contracts({ projectId, partnerId })).contracts.map((x) => x.id),
    ).not.toContain(spare.id);
    const gone = await refused(
      editor.expenditure.create({
        projectId,
        partnerId,
        periodNumber: 3,
        ...item({ contractId: spare.id }),
      }),
    );
    expect(gone.fields.contractId).toBeDefined();
  });
});
