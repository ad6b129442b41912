import { describe, expect } from "vitest";
import { draftReport } from "../finance/report-fixtures";
import { it } from "../testing/fixture";
import { trpcError } from "../testing/harness";
import { controlledPartner, controlOf, submittedReport } from "./test-kit";

const items = [
  { category: "staff" as const, declaredCents: 100_000 },
  { category: "equipment" as const, declaredCents: 50_000 },
  { category: "travel" as const, declaredCents: 30_000 },
];

const figure = (cats: { category: string }[], c: string) => cats.find((x) => x.category === c);

describe("controlling a partner report", () => {
  it("samples, deducts, parks, finishes with certificate 1, reopens and issues certificate 2", async ({
    h,
    lead,
  }) => {
    const p = { projectId: h.f.projectA.id };
    const c = await controlOf(h, items);
    const ctl = await h.callerFor(c.controllerId);
    const [staff, equipment, travel] = c.items;
    if (!staff || !equipment || !travel) throw new Error("three items expected");

    // The lead cannot return a report under control: the control follows one version.
    const report = await h.db
      .selectFrom("financial_reports")
      .select(["version"])
      .where("id", "=", c.reportId)
      .executeTakeFirstOrThrow();
    const ret = await trpcError(
      lead.financialReports.return({
        ...p,
        partnerId: c.partnerId,
        periodNumber: 1,
        version: report.version,
        comment: "Fix it",
      }),
    );
    expect(ret.code).toBe("CONFLICT");

    let control = await ctl.control.get({ ...p, controlId: c.controlId });
    await ctl.control.sample({
      ...p,
      controlId: c.controlId,
      version: control.control.version,
      sample: { method: "manual", itemIds: [staff.item_id, equipment.item_id] },
    });
    // Certifying more than declared: a field error, nothing saved.
    const more = await trpcError(
      ctl.control.setItem({
        ...p,
        controlId: c.controlId,
        itemId: staff.item_id,
        version: staff.version,
        decision: {
          outcome: "deducted",
          certifiedCents: 100_001,
          errorType: "ineligible_cost",
          comment: "x",
        },
      }),
    );
    expect(more.code).toBe("BAD_REQUEST");
    expect(more.message).toContain("more than the amount declared");
    const saved = await ctl.control.setItem({
      ...p,
      controlId: c.controlId,
      itemId: staff.item_id,
      version: staff.version,
      decision: {
        outcome: "deducted",
        certifiedCents: 80_000,
        errorType: "calculation_error",
        comment: "Hourly rate recalculated",
      },
    });
    expect(saved).toMatchObject({ deductedCents: 20_000, certifiedCents: 80_000 });
    // A save over the old version is stale.
    const stale = await trpcError(
      ctl.control.setItem({
        ...p,
        controlId: c.controlId,
        itemId: staff.item_id,
        version: staff.version,
        decision: { outcome: "verified" },
      }),
    );
    expect(stale.code).toBe("CONFLICT");

    control = await ctl.control.get({ ...p, controlId: c.controlId });
    const early = await trpcError(
      ctl.control.finish({
        ...p,
        controlId: c.controlId,
        version: control.control.version,
        conclusion: "Done",
      }),
    );
    expect(early.message).toContain("1 sampled item is still pending");

    await ctl.control.setItem({
      ...p,
      controlId: c.controlId,
      itemId: equipment.item_id,
      version: equipment.version,
      decision: { outcome: "parked", comment: "Invoice paid after the period" },
    });
    const done = await ctl.control.finish({
      ...p,
      controlId: c.controlId,
      version: control.control.version,
      conclusion: "Eligible except the staff rate.",
    });
    expect(done).toMatchObject({
      number: 1,
      declaredCents: 195_000,
      certifiedCents: 122_000,
      deductedCents: 23_000,
      parkedCents: 50_000,
    });

    // Flat rates follow the verified base: office and administration = 15 % of 800.00.
    const certs = await lead.control.certificates({ ...p, controlId: c.controlId });
    const first = certs.certificates[0];
    if (!first) throw new Error("certificate 1 expected");
    const cats = (first.content as { categories: { category: string }[] }).categories;
    expect(figure(cats, "office_admin")).toEqual({
      category: "office_admin",
      declaredCents: 15_000,
      deductedCents: 3_000,
      parkedCents: 0,
      certifiedCents: 12_000,
    });
    // The lead reads totals: the category table, not the deductions and their comments.
    expect(certs.view).toBe("totals");
    expect((first.content as { deductions: unknown }).deductions).toBeNull();
    expect((await lead.control.get({ ...p, controlId: c.controlId })).items).toBeNull();
    const notes = await h.db
      .selectFrom("notifications")
      .select("user_id")
      .where("dedupe_key", "=", `control:${c.controlId}:certificate:1`)
      .execute();
    expect(notes.map((n) => n.user_id)).toContain(h.f.users.lead_coordinator.id);

    // Locked: no more item work; reopening needs a reason (and is kept).
    const locked = await trpcError(ctl.control.verifyRest({ ...p, controlId: c.controlId }));
    expect(locked.code).toBe("FORBIDDEN");
    const noReason = await trpcError(
      ctl.control.reopen({ ...p, controlId: c.controlId, version: done.version, reason: " " }),
    );
    expect(noReason.code).toBe("BAD_REQUEST");
    const open = await ctl.control.reopen({
      ...p,
      controlId: c.controlId,
      version: done.version,
      reason: "The partner sent the missing timesheet",
    });
    const staffNow = (await ctl.control.get({ ...p, controlId: c.controlId })).items?.find(
      (i) => i.itemId === staff.item_id,
    );
    await ctl.control.setItem({
      ...p,
      controlId: c.controlId,
      itemId: staff.item_id,
      version: staffNow?.version ?? 0,
      decision: { outcome: "verified" },
    });
    const again = await ctl.control.finish({
      ...p,
      controlId: c.controlId,
      version: open.version,
      conclusion: "Staff costs now eligible.",
    });
    expect(again).toMatchObject({ number: 2, certifiedCents: 145_000, deductedCents: 0 });
    const both = await ctl.control.certificates({ ...p, controlId: c.controlId });
    expect(both.certificates.map((x) => [x.number, x.certifiedCents])).toEqual([
      [2, 145_000],
      [1, 122_000],
    ]);
    // Issued certificates are immutable.
    await expect(
      h.db
        .updateTable("control_certificates")
        .set({ certified_cents: 1 })
        .where("control_id", "=", c.controlId)
        .execute(),
    ).rejects.toThrow(/cannot be changed/);
  });

  it("refuses a report not submitted, and a controller acting on another partner, changing nothing", async ({
    h,
  }) => {
    const p = { projectId: h.f.projectA.id };
    const ctl = await h.callerFor(h.f.users.controller.id);
    const partnerId = await controlledPartner(h);
    const draftId = await draftReport(h.db, p.projectId, partnerId, 1, items);
    const draft = await trpcError(ctl.control.start({ ...p, reportId: draftId }));
    expect(draft.code).toBe("BAD_REQUEST");
    expect(draft.message).toContain("this one is a draft");

    // Another controller's partner: users.controller may neither start nor work on its control.
    const other = await h.f.newMember({ role: "controller" });
    const theirs = await controlOf(h, items, { controllerId: other.id });
    const otherReport = await submittedReport(h, await controlledPartner(h, other.id), 1, items);
    expect((await trpcError(ctl.control.start({ ...p, reportId: otherReport }))).code).toBe(
      "FORBIDDEN",
    );
    const item = theirs.items[0];
    // Thunks, called one after another, so each refusal is awaited as it happens.
    const calls = [
      () => ctl.control.get({ ...p, controlId: theirs.controlId }),
      () =>
        ctl.control.sample({
          ...p,
          controlId: theirs.controlId,
          version: 1,
          sample: { method: "all" },
        }),
      () =>
        ctl.control.setItem({
          ...p,
          controlId: theirs.controlId,
          itemId: item?.item_id ?? "",
          version: 1,
          decision: { outcome: "verified" },
        }),
      () => ctl.control.finish({ ...p, controlId: theirs.controlId, version: 1, conclusion: "x" }),
    ];
    for (const call of calls) expect((await trpcError(call())).code).toBe("NOT_FOUND");
    const counts = await h.db
      .selectFrom("controls")
      .select(["sample_method", "status"])
      .where("id", "=", theirs.controlId)
      .executeTakeFirstOrThrow();
    expect(counts).toEqual({ sample_method: null, status: "in_control" });
    expect(
      await h.db
        .selectFrom("controls")
        .select("id")
        .where("report_id", "in", [draftId, otherReport])
        .execute(),
    ).toEqual([]);
  });
});
