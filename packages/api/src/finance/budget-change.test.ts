import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { trpcError } from "../testing/harness";
import { storedLines } from "./budget-test-kit";
import { loadDesk } from "./desk-load";
import { buildModel } from "./report-model";

const cell = (partnerId: string, periodNumber: number, amountCents: number) => ({
  partnerId,
  category: "staff" as const,
  periodNumber,
  amountCents,
});
const NOW = new Date("2026-12-10T09:00:00Z");

describe("a budget change", () => {
  // Generous: the file's first test also builds its database, on a shared machine.
  it("is drafted from the approved budget, compared with it and approved with its date", {
    timeout: 120_000,
  }, async ({ h, lead, viewer, projectId }) => {
    const { se, it: itPartner } = h.f.partnersA;
    const v0 = await lead.budget.saveLines({
      projectId,
      lines: [cell(se, 1, 1_000_000), cell(se, 2, 1_000_000), cell(itPartner, 1, 2_000_000)],
      version: 0,
    });
    await lead.budget.approve({ projectId, version: v0.version });
    expect((await viewer.budget.versions({ projectId })).can.draftChange).toBe(false);
    expect((await lead.budget.versions({ projectId })).can.draftChange).toBe(true);
    const draft = await lead.budget.draftChange({ projectId });
    expect(draft.number).toBe(2);
    // Nothing changed yet: no difference, and approving it is refused.
    expect((await lead.budget.difference({ projectId })).difference?.changed).toBe(false);
    const same = await trpcError(
      lead.budget.approveChange({
        projectId,
        version: draft.version,
        inForceFrom: "2026-01-01",
        note: "No change",
      }),
    );
    expect(same.code).toBe("BAD_REQUEST");

    // SE grows by 10 % (within 20 %), IT shrinks by as much: a shift, no formal change.
    const saved = await lead.budget.saveLines({
      projectId,
      lines: [cell(se, 2, 1_200_000), cell(itPartner, 1, 1_800_000)],
      version: draft.version,
    });
    const { difference: d } = await lead.budget.difference({ projectId });
    expect(d?.total).toMatchObject({ beforeCents: 4_600_000, afterCents: 4_600_000 });
    const seRow = d?.partners.find((p) => p.partnerId === se);
    // Staff 2 000 000 → 2 200 000, office and administration 15 % of it follows.
    expect(seRow).toMatchObject({
      beforeCents: 2_300_000,
      afterCents: 2_530_000,
      changeCents: 230_000,
      changePercent: 10,
      allowanceCents: 460_000,
      beyondFlexibility: false,
    });
    expect(d?.cells.find((c) => c.partnerId === se && c.category === "staff")).toMatchObject({
      beforeCents: 2_000_000,
      afterCents: 2_200_000,
    });
    expect(d?.periods.map((p) => `${p.category}|${p.periodNumber}`).sort()).toEqual([
      "office_admin|1",
      "office_admin|2",
      "staff|1",
      "staff|2",
    ]);
    expect(d?.major).toEqual({ needed: false, reasons: [] });

    const approved = await lead.budget.approveChange({
      projectId,
      version: saved.version,
      inForceFrom: "2026-01-01",
      note: "Stockholm takes over staff work from Lombardy",
    });
    expect(approved.majorChange).toBe(false);
    const list = await viewer.budget.versions({ projectId });
    expect(list.versions.map((v) => [v.number, v.status, v.inForceFrom])).toEqual([
      [2, "approved", "2026-01-01"],
      [1, "approved", null],
    ]);
    // Every version stays readable, as approved.
    const v1 = await viewer.budget.version({ projectId, number: 1 });
    expect(v1.totals.byPartner[se]).toBe(2_300_000);
    expect((await viewer.budget.version({ projectId, number: 2 })).totals.byPartner[se]).toBe(
      2_530_000,
    );
    // Approved versions are locked.
    const locked = await trpcError(
      lead.budget.saveLines({ projectId, lines: [cell(se, 1, 5)], version: approved.version }),
    );
    expect(locked.code).toBe("CONFLICT");

    // A report of a period before the change is compared with version 1, one after with 2.
    const p1 = await buildModel(h.db, projectId, se, 1, NOW);
    const p4 = await buildModel(h.db, projectId, se, 4, NOW);
    expect(p1.budgetVersion).toBe(1);
    expect(p1.overview.total.budgetCents).toBe(2_300_000);
    expect(p4.budgetVersion).toBe(2);
    expect(p4.overview.total.budgetCents).toBe(2_530_000);
    // The money desk plans with the version in force on the day it is read.
    const desk = async (day: string) =>
      (await loadDesk(h.db, projectId, new Date(`${day}T12:00:00Z`))).version?.number;
    expect(await desk("2025-12-31")).toBe(1);
    expect(await desk("2026-01-01")).toBe(2);
  });

  it("marks a formal change, warns at the second, and refuses bad input changing nothing", async ({
    h,
    lead,
    editor,
    projectId,
  }) => {
    const { se } = h.f.partnersA;
    const added = (await h.f.newPartner()).id;
    // The first test left version 2 in force from 2026-01-01.
    const draft = await lead.budget.draftChange({ projectId });
    expect(draft.number).toBe(3);
    const twice = await trpcError(lead.budget.draftChange({ projectId }));
    expect(twice.code).toBe("CONFLICT");
    expect((await trpcError(editor.budget.draftChange({ projectId }))).code).toBe("FORBIDDEN");

    const before = await storedLines(h, projectId);
    const negative = await trpcError(
      lead.budget.saveLines({ projectId, lines: [cell(se, 1, -1)], version: draft.version }),
    );
    expect(negative.code).toBe("BAD_REQUEST");
    expect(await storedLines(h, projectId)).toEqual(before);

    const saved = await lead.budget.saveLines({
      projectId,
      lines: [cell(se, 3, 900_000), cell(added, 3, 500_000)],
      version: draft.version,
    });
    const stale = await trpcError(
      lead.budget.saveLines({ projectId, lines: [cell(se, 3, 1)], version: draft.version }),
    );
    expect(stale.code).toBe("CONFLICT");
    const { difference: d } = await lead.budget.difference({ projectId });
    expect(d?.partners.find((p) => p.partnerId === se)?.beyondFlexibility).toBe(true);
    expect(d?.partners.find((p) => p.partnerId === added)?.added).toBe(true);
    expect(d?.major.needed).toBe(true);
    expect(d?.major.reasons).toEqual(["flexibility", "total", "partners"]);
    expect(d?.majorChanges).toBe(0);
    expect(d?.secondMajorChange).toBe(false);

    const early = await trpcError(
      lead.budget.approveChange({
        projectId,
        version: saved.version,
        inForceFrom: "2025-12-31",
        note: "A new partner joins",
      }),
    );
    expect(early.code).toBe("BAD_REQUEST");
    const noNote = await trpcError(
      lead.budget.approveChange({
        projectId,
        version: saved.version,
        inForceFrom: "2026-07-01",
        note: "  ",
      }),
    );
    expect(noNote.code).toBe("BAD_REQUEST");
    const staleApprove = await trpcError(
      lead.budget.approveChange({
        projectId,
        version: draft.version,
        inForceFrom: "2026-07-01",
        note: "A new partner joins",
      }),
    );
    expect(staleApprove.code).toBe("CONFLICT");
    expect((await lead.budget.versions({ projectId })).versions[0]?.status).toBe("draft");

    const ok = await lead.budget.approveChange({
      projectId,
      version: saved.version,
      inForceFrom: "2026-07-01",
      note: "A new partner joins",
    });
    expect(ok.majorChange).toBe(true);

    // A second formal change is flagged; discarding a draft leaves the budget as it was.
    const next = await lead.budget.draftChange({ projectId });
    const more = await lead.budget.saveLines({
      projectId,
      lines: [cell(se, 4, 3_000_000)],
      version: next.version,
    });
    const again = await lead.budget.difference({ projectId });
    expect(again.difference?.majorChanges).toBe(1);
    expect(again.difference?.secondMajorChange).toBe(true);
    await lead.budget.discardChange({ projectId, version: more.version });
    const after = await lead.budget.versions({ projectId });
    expect(after.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(after.majorChanges).toBe(1);
  });
});
