import { describe, expect } from "vitest";
import { test } from "../testing/fixture";
import type { Caller, Harness } from "../testing/harness";
import { trpcError } from "../testing/harness";
import { type CategoryOutcome, certifiedReport, reissue } from "./test-certificates";

/** A seeded pseudo-random stream (mulberry32), so the figures are the same on every run. */
function random(seed: number) {
  let a = seed;
  return (max: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

const cents = (eur: number) => Math.round(eur * 100);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function certificate(h: Harness, period: number, outcomes: CategoryOutcome[]) {
  const partner = await h.f.newPartner();
  return { partnerId: partner.id, ...(await certifiedReport(h, partner.id, period, outcomes)) };
}

const include = (lead: Caller, projectId: string, periodNumber: number, id: string, on = true) =>
  lead.periodReports.setCertificateInclusion({
    projectId,
    periodNumber,
    certificateId: id,
    included: on,
  });

const rowsOf = (h: Harness, certificateId: string) =>
  h.db
    .selectFrom("period_report_certificates")
    .selectAll()
    .where("certificate_id", "=", certificateId)
    .execute();

describe("the joint report's financial part", () => {
  test("the report's claim is exactly the certificates the lead included", async ({
    h,
    lead,
    projectId,
  }) => {
    const next = random(19);
    const made = [];
    for (let i = 0; i < 4; i++) {
      const declared = 10_000 + next(2_000_000);
      const deducted = next(declared / 4);
      const parked = next(declared / 4);
      made.push(
        await certificate(h, 1, [
          { category: "staff", declaredCents: declared, deductedCents: deducted },
          { category: "travel", declaredCents: 5_000 + next(90_000), parkedCents: parked % 5_000 },
        ]),
      );
    }
    for (const [i, c] of made.entries()) await include(lead, projectId, 1, c.certificateId, i < 3);
    const list = await lead.periodReports.certificates({ projectId, periodNumber: 1 });
    const state = (id: string) => list.certificates.find((c) => c.certificateId === id)?.state;
    expect(made.map((c) => state(c.certificateId))).toEqual([
      "included",
      "included",
      "included",
      "left",
    ]);
    const included = list.certificates.filter((c) => c.state === "included");
    const { model } = await lead.periodReports.get({ projectId, periodNumber: 1 });
    const claim = model.claim;
    expect(claim).toEqual(list.claim);
    expect(claim?.certificateCount).toBe(included.length);
    expect(cents(claim?.total.certifiedEur ?? -1)).toBe(
      sum(included.map((c) => cents(c.certifiedEur))),
    );
    expect(cents(claim?.total.declaredEur ?? -1)).toBe(
      sum(included.map((c) => cents(c.declaredEur))),
    );
    const fourth = made[3]?.partnerId;
    expect(claim?.partners.some((p) => p.partnerId === fourth)).toBe(false);
    // Partners created by the factory co-finance at 80 %.
    for (const p of claim?.partners ?? [])
      for (const c of p.categories)
        expect(cents(c.fundEur)).toBe(Math.round((cents(c.certifiedEur) * 80) / 100));
  });

  test("a certificate is claimed once: a second report's inclusion is a conflict, nothing changed", async ({
    h,
    lead,
    projectId,
  }) => {
    const { certificateId } = await certificate(h, 1, [
      { category: "staff", declaredCents: 250_000 },
    ]);
    await include(lead, projectId, 2, certificateId);
    const before = await rowsOf(h, certificateId);
    const audits = await h.auditCount();
    const err = await trpcError(include(lead, projectId, 3, certificateId));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toMatch(/already included in the progress report of period 2/);
    expect(await rowsOf(h, certificateId)).toEqual(before);
    expect(await h.auditCount()).toBe(audits);
    const three = await lead.periodReports.certificates({ projectId, periodNumber: 3 });
    expect(three.certificates.some((c) => c.certificateId === certificateId)).toBe(false);
    // Left for the next report, the next one may claim it.
    await include(lead, projectId, 2, certificateId, false);
    await include(lead, projectId, 3, certificateId);
    const after = await lead.periodReports.certificates({ projectId, periodNumber: 3 });
    expect(after.certificates.find((c) => c.certificateId === certificateId)?.state).toBe(
      "included",
    );
  });

  test("only a control's latest certificate counts, of this period or an earlier one", async ({
    h,
    lead,
    projectId,
  }) => {
    const c = await certificate(h, 2, [{ category: "equipment", declaredCents: 80_000 }]);
    const early = await trpcError(include(lead, projectId, 1, c.certificateId));
    expect(early.code).toBe("BAD_REQUEST");
    await include(lead, projectId, 2, c.certificateId);
    const second = await reissue(
      h,
      { id: c.controlId, partnerId: c.partnerId, periodNumber: 2, number: 2 },
      [{ category: "equipment", declaredCents: 80_000, deductedCents: 30_000 }],
    );
    const list = await lead.periodReports.certificates({ projectId, periodNumber: 2 });
    const ids = list.certificates.map((x) => x.certificateId);
    expect(ids).toContain(second);
    expect(ids).not.toContain(c.certificateId);
    expect(list.claim.partners.some((p) => p.partnerId === c.partnerId)).toBe(false);
    expect((await trpcError(include(lead, projectId, 2, c.certificateId))).code).toBe("NOT_FOUND");
    await include(lead, projectId, 2, second);
    const { model } = await lead.periodReports.get({ projectId, periodNumber: 2 });
    const mine = model.claim?.partners.find((p) => p.partnerId === c.partnerId);
    expect(mine?.total).toEqual({
      declaredEur: 800,
      certifiedEur: 500,
      fundEur: 400,
      contributionEur: 100,
    });
  });

  test("locked with the report, frozen in its version, compared; totals only for other readers", async ({
    h,
    lead,
    viewer,
    observer,
    projectId,
  }) => {
    const a = await certificate(h, 3, [{ category: "staff", declaredCents: 100_000 }]);
    const b = await certificate(h, 4, [{ category: "external", declaredCents: 40_000 }]);
    await include(lead, projectId, 4, a.certificateId);
    const wps = await h.db
      .selectFrom("work_packages")
      .select("id")
      .where("project_id", "=", projectId)
      .execute();
    // Asked before submitting: the undecided certificate stays out of the claim.
    const ready = await lead.periodReports.readiness({ projectId, periodNumber: 4 });
    expect(ready.incomplete.certificates.map((c) => c.certificateId)).toContain(b.certificateId);
    expect(ready.locks.certificates).toBeGreaterThanOrEqual(1);
    const { meta } = await lead.periodReports.get({ projectId, periodNumber: 4 });
    const saved = await lead.periodReports.save({
      projectId,
      periodNumber: 4,
      version: meta.version,
      highlights: "The first certified expenditure is claimed.",
      workPackages: wps.map((w) => ({
        workPackageId: w.id,
        achievement: "fully" as const,
        explanation: "",
      })),
    });
    const sub = await lead.periodReports.submit({
      projectId,
      periodNumber: 4,
      version: saved.version,
    });
    const before = await rowsOf(h, b.certificateId);
    const locked = await trpcError(include(lead, projectId, 4, b.certificateId));
    expect(locked.code).toBe("CONFLICT");
    expect(locked.message).toMatch(/submitted/);
    expect(await rowsOf(h, b.certificateId)).toEqual(before);
    expect((await trpcError(include(lead, projectId, 4, a.certificateId, false))).code).toBe(
      "CONFLICT",
    );

    const v1 = await lead.periodReports.get({ projectId, periodNumber: 4, version: 1 });
    expect(v1.model.claim?.certificates?.map((c) => c.certificateId)).toContain(a.certificateId);
    // Readers other than the lead get the totals per partner and category, not the list.
    for (const reader of [viewer, observer]) {
      const seen = await reader.periodReports.get({ projectId, periodNumber: 4, version: 1 });
      expect(seen.model.claim?.certificates).toBeUndefined();
      expect(seen.model.claim?.partners).toEqual(v1.model.claim?.partners);
      expect(seen.model.claim?.total).toEqual(v1.model.claim?.total);
      expect(
        (await trpcError(reader.periodReports.certificates({ projectId, periodNumber: 4 }))).code,
      ).toBe("FORBIDDEN");
    }

    await lead.periodReports.reopen({
      projectId,
      periodNumber: 4,
      version: sub.version,
      reason: "Claim the external expertise too",
    });
    await include(lead, projectId, 4, b.certificateId);
    const diff = await lead.periodReports.compare({ projectId, periodNumber: 4, from: 1 });
    const claimDiffs = diff.differences.filter((d) => d.section === "claim");
    expect(
      claimDiffs.some((d) => d.field === "listed" && d.after?.toString().includes("External")),
    ).toBe(true);
    expect(claimDiffs.find((d) => d.key === "total" && d.field === "certifiedEur")).toMatchObject({
      after: (v1.model.claim?.total.certifiedEur ?? 0) + 400,
    });
  });

  test("a report an inclusion created is still unsaved: the lead's first save based on version 0 applies, once", async ({
    h,
    lead,
    projectId,
  }) => {
    const a = await certificate(h, 2, [{ category: "staff", declaredCents: 50_000 }]);
    const opened = await lead.periodReports.get({ projectId, periodNumber: 2 });
    expect(opened.meta.version).toBe(0);
    await include(lead, projectId, 2, a.certificateId);
    const save = () =>
      lead.periodReports.save({
        projectId,
        periodNumber: 2,
        version: opened.meta.version,
        highlights: "Saved from the page opened before the inclusion.",
        workPackages: [],
      });
    const saved = await save();
    expect(saved.version).toBe(1);
    expect((await trpcError(save())).code).toBe("CONFLICT");
    const { meta, model } = await lead.periodReports.get({ projectId, periodNumber: 2 });
    expect(meta.highlights).toBe("Saved from the page opened before the inclusion.");
    expect(model.claim?.certificates?.map((c) => c.certificateId)).toContain(a.certificateId);
  });
});
