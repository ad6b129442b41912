import { parseOfficeAsync } from "officeparser";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import { handleControlCertificatePdf } from "./control-pdf";
import { controlOf } from "./test-kit";

const many = Array.from({ length: 40 }, (_, i) => ({
  category: "external" as const,
  declaredCents: 10_000 + i,
}));

const pdfText = async (h: Harness, userId: string, controlId: string, n = "1") => {
  const res = await handleControlCertificatePdf(
    await h.contextFor(await h.sessionFor(userId)),
    h.f.projectA.id,
    controlId,
    n,
    new Request(`http://consortia.test/api/x/${n}/pdf`),
  );
  if (res.status !== 200) return `status ${res.status}`;
  const text = await parseOfficeAsync(Buffer.from(await res.arrayBuffer()), {
    outputErrorToConsole: false,
  });
  return text.replace(/\s+/g, " ");
};

describe("control tools", () => {
  it("draws the same random sample for the same seed, and records it", async ({ h }) => {
    const p = { projectId: h.f.projectA.id };
    const c = await controlOf(h, many);
    const ctl = await h.callerFor(c.controllerId);
    const draw = async (seed: string) => {
      const { control } = await ctl.control.get({ ...p, controlId: c.controlId });
      return ctl.control.sample({
        ...p,
        controlId: c.controlId,
        version: control.version,
        sample: { method: "random_share", sharePercent: 25, seed },
      });
    };
    const a = await draw("2026-Q1");
    const b = await draw("another seed");
    const again = await draw("2026-Q1");
    expect(a.itemIds).toHaveLength(10);
    expect(again.itemIds).toEqual(a.itemIds);
    expect(b.itemIds).not.toEqual(a.itemIds);
    const got = await ctl.control.get({ ...p, controlId: c.controlId });
    expect(got.control.sample).toMatchObject({
      method: "random_share",
      seed: "2026-Q1",
      items: 10,
    });
    const tooMany = await trpcError(
      ctl.control.sample({
        ...p,
        controlId: c.controlId,
        version: got.control.version,
        sample: { method: "random_count", count: 41 },
      }),
    );
    expect(tooMany.code).toBe("BAD_REQUEST");

    // Outside the sample, pending items are certified as declared in bulk.
    expect(await ctl.control.verifyRest({ ...p, controlId: c.controlId })).toEqual({
      verified: 30,
    });
  });

  it("carries a parked item once into a later report, and never certifies its original", async ({
    h,
    lead,
  }) => {
    const p = { projectId: h.f.projectA.id };
    const c = await controlOf(h, [
      { category: "equipment", declaredCents: 70_000 },
      { category: "travel", declaredCents: 12_345 },
    ]);
    const ctl = await h.callerFor(c.controllerId);
    const [parked, travel] = c.items;
    if (!parked || !travel) throw new Error("two items expected");
    let { control } = await ctl.control.get({ ...p, controlId: c.controlId });
    await ctl.control.sample({
      ...p,
      controlId: c.controlId,
      version: control.version,
      sample: { method: "all" },
    });
    await ctl.control.setItem({
      ...p,
      controlId: c.controlId,
      itemId: parked.item_id,
      version: parked.version,
      decision: { outcome: "parked", comment: "Paid in the next period" },
    });
    await ctl.control.setItem({
      ...p,
      controlId: c.controlId,
      itemId: travel.item_id,
      version: travel.version,
      decision: {
        outcome: "deducted",
        certifiedCents: 10_000,
        errorType: "missing_document",
        comment: "Boarding pass missing",
      },
    });
    ({ control } = await ctl.control.get({ ...p, controlId: c.controlId }));
    const done = await ctl.control.finish({
      ...p,
      controlId: c.controlId,
      version: control.version,
      conclusion: "Eligible, one parked item.",
    });

    // The PDF: the controller reads the deduction and why; the lead the category table only.
    const own = await pdfText(h, c.controllerId, c.controlId);
    expect(own).toContain("Control certificate 1");
    expect(own).toContain("Boarding pass missing");
    expect(own).toContain("Missing supporting document");
    expect(own).toContain("Eligible, one parked item.");
    const leadPdf = await pdfText(h, h.f.users.lead_coordinator.id, c.controlId);
    expect(leadPdf).toContain("Travel and accommodation");
    expect(leadPdf).toContain("23.45");
    expect(leadPdf).not.toContain("Boarding pass missing");
    expect(await pdfText(h, h.f.users.editorIt.id, c.controlId)).toBe("status 404");
    // The partner's own people read each outcome and the controller's comment.
    const partnerViewer = await h.f.newMember({ role: "partner_viewer", partnerId: c.partnerId });
    const partnerView = await (await h.callerFor(partnerViewer.id)).control.get({
      ...p,
      controlId: c.controlId,
    });
    expect(partnerView.view).toBe("partner");
    expect(partnerView.can).toEqual({ sample: false, decide: false, finish: false, reopen: false });
    expect(partnerView.items?.find((i) => i.itemId === travel.item_id)).toMatchObject({
      outcome: "deducted",
      deductedCents: 2_345,
      comment: "Boarding pass missing",
    });
    expect(await pdfText(h, c.controllerId, c.controlId, "2")).toBe("status 404");

    const list = await lead.control.parkedItems({ ...p, partnerId: c.partnerId });
    expect(list.items.map((i) => i.itemId)).toEqual([parked.item_id]);
    const carried = await lead.control.carry({ ...p, itemId: parked.item_id, periodNumber: 2 });
    const twice = await trpcError(
      lead.control.carry({ ...p, itemId: parked.item_id, periodNumber: 3 }),
    );
    expect(twice.code).toBe("CONFLICT");
    const copies = await h.db
      .selectFrom("expenditure_items")
      .select(["id", "declared_cents"])
      .where("carried_from_item_id", "=", parked.item_id)
      .execute();
    expect(copies).toEqual([{ id: carried.id, declared_cents: 70_000 }]);
    expect((await lead.control.parkedItems({ ...p, partnerId: c.partnerId })).items).toEqual([]);

    // Reopened, the carried original cannot be certified here too.
    const open = await ctl.control.reopen({
      ...p,
      controlId: c.controlId,
      version: done.version,
      reason: "Recheck",
    });
    const row = (await ctl.control.get({ ...p, controlId: c.controlId })).items?.find(
      (i) => i.itemId === parked.item_id,
    );
    const certify = await trpcError(
      ctl.control.setItem({
        ...p,
        controlId: c.controlId,
        itemId: parked.item_id,
        version: row?.version ?? 0,
        decision: { outcome: "verified" },
      }),
    );
    expect(certify.code).toBe("CONFLICT");
    expect(certify.message).toContain("never certified twice");
    expect(open.status).toBe("in_control");
  });

  it("keeps the project's error types and its controllers, as the lead sets them", async ({
    h,
    lead,
    editor,
  }) => {
    const p = { projectId: h.f.projectA.id };
    expect((await lead.control.errorTypes(p)).map((t) => t.code)).toContain("vat_recoverable");
    await lead.control.saveErrorType({ ...p, code: "state_aid", label: "State aid breach" });
    await lead.control.archiveErrorType({ ...p, code: "other", archived: true });
    const types = await lead.control.errorTypes(p);
    expect(types.find((t) => t.code === "state_aid")?.label).toBe("State aid breach");
    expect(types.find((t) => t.code === "other")?.archived).toBe(true);
    expect(types.filter((t) => t.code === "ineligible_cost")).toHaveLength(1);

    const person = await h.f.newMember({ role: "controller" });
    await lead.control.assign({
      ...p,
      userId: person.id,
      partnerId: h.f.partnersA.it,
      duty: "reviewer",
    });
    const notyet = await trpcError(
      lead.control.assign({
        ...p,
        userId: h.f.users.partner_viewer.id,
        partnerId: h.f.partnersA.it,
        duty: "controller",
      }),
    );
    expect(notyet.code).toBe("BAD_REQUEST");
    const seen = await editor.control.assignments(p);
    expect(seen.assignments.find((a) => a.userId === person.id)).toMatchObject({
      duty: "reviewer",
      email: null,
    });
    const note = await h.db
      .selectFrom("notifications")
      .select("title")
      .where("user_id", "=", person.id)
      .executeTakeFirst();
    expect(note?.title).toContain("reviewer");
    await lead.control.unassign({ ...p, userId: person.id, partnerId: h.f.partnersA.it });
    expect(
      (
        await trpcError(
          lead.control.unassign({ ...p, userId: person.id, partnerId: h.f.partnersA.it }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});
