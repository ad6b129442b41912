import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import type { Caller, Harness } from "../testing/harness";
import { ACHIEVE_REQUIREMENTS } from "./schemas";

const audit = (h: Harness, entityId: string) =>
  h.db
    .selectFrom("audit_log")
    .select(["action", "summary", "actor_id as actorId"])
    .where("entity", "=", "policy_improvement")
    .where("entity_id", "=", entityId)
    .orderBy("id")
    .execute();

describe("policy improvements", () => {
  it("refuses references outside the partner and bad amounts, field by field", async ({
    editor: anna,
    improvements: fx,
    h,
    learning,
    projectId,
  }) => {
    const se = await fx.newInstrument();
    const it_ = await fx.newInstrument({ partnerId: h.f.partnersA.it });
    const itAction = (await fx.planWithAction({ partnerId: h.f.partnersA.it })).action;
    const itDraftPractice = await learning.newPractice({ ownerPartnerId: h.f.partnersA.it });
    const before = await h.auditCount();
    const base = { projectId, ...fx.improvementInput(se) };
    const refs = await refused(
      anna.improvements.create({
        ...base,
        policyInstrumentId: it_.id,
        actionIds: [itAction.id],
        goodPracticeIds: [itDraftPractice.id],
      }),
    );
    expect(refs).toMatchObject({
      code: "BAD_REQUEST",
      fields: {
        policyInstrumentId: ["This policy instrument belongs to another partner"],
        actionIds: ["Link only actions of this partner's action plans in the project"],
        goodPracticeIds: ["Unknown good practice"],
      },
    });
    const money = await refused(anna.improvements.create({ ...base, fundsMobilisedEur: "-5" }));
    expect(money.fields).toEqual({ fundsMobilisedEur: ["Funds mobilised cannot be negative"] });
    const cents = await refused(anna.improvements.create({ ...base, fundsMobilisedEur: "1.005" }));
    expect(cents.fields).toEqual({
      fundsMobilisedEur: ["Give euros with at most two decimals and no separators, like 125000.50"],
    });
    // Another partner's improvement is not Anna's to record.
    const other = await refused(
      anna.improvements.create({ ...fx.improvementInput(it_), projectId }),
    );
    expect(other.code).toBe("FORBIDDEN");
    expect(await h.auditCount()).toBe(before);
  });

  it("goes expected → achieved → validated, naming every missing field, audited", async ({
    editor: anna,
    docs,
    improvements: fx,
    h,
    lead,
    learning,
    observer,
    projectId,
  }) => {
    const instrument = await fx.newInstrument();
    const { action } = await fx.planWithAction();
    const practice = await learning.newPractice({ status: "submitted" });
    const created = await anna.improvements.create({
      projectId,
      ...fx.improvementInput(instrument, {
        description: "",
        improvementDate: null,
        justification: "",
        fundsMobilisedEur: "1250000.5",
        actionIds: [action.id],
        goodPracticeIds: [practice.id],
      }),
    });
    const ref = { projectId, improvementId: created.id };
    const missing = await refused(anna.improvements.achieve({ ...ref, version: 1 }));
    expect(missing).toMatchObject({
      code: "BAD_REQUEST",
      fields: {
        description: [ACHIEVE_REQUIREMENTS.description],
        improvementDate: [ACHIEVE_REQUIREMENTS.improvementDate],
        justification: [ACHIEVE_REQUIREMENTS.justification],
        evidence: [ACHIEVE_REQUIREMENTS.evidence],
      },
    });
    const full = fx.improvementInput(instrument, {
      fundsMobilisedEur: "1250000.5",
      actionIds: [action.id],
      goodPracticeIds: [practice.id],
    });
    await anna.improvements.update({ ...ref, ...full, version: 1 });
    const noEvidence = await refused(anna.improvements.achieve({ ...ref, version: 2 }));
    expect(noEvidence.fields).toEqual({ evidence: [ACHIEVE_REQUIREMENTS.evidence] });
    const doc = await docs.newDocument({ ownerPartnerId: h.f.partnersA.se });
    await anna.improvements.attachEvidence({ ...ref, documentIds: [doc.id] });
    const achieved = await anna.improvements.achieve({ ...ref, version: 2 });
    expect(achieved).toMatchObject({ status: "achieved", version: 3 });
    // The last evidence document stays while it is achieved.
    const last = await refused(anna.improvements.detachEvidence({ ...ref, documentId: doc.id }));
    expect(last.fields).toHaveProperty("evidence");

    expect(
      (await refused(anna.improvements.validate({ ...ref, version: 3, validatedOn: "2026-01-10" })))
        .code,
    ).toBe("FORBIDDEN");
    const early = await refused(
      observer.improvements.validate({ ...ref, version: 3, validatedOn: "2025-10-01" }),
    );
    expect(early.fields).toEqual({
      validatedOn: ["The improvement dates from 2025-11-15; it was validated after that"],
    });
    await observer.improvements.validate({ ...ref, version: 3, validatedOn: "2026-01-10" });

    const got = await anna.improvements.get(ref);
    expect(got).toMatchObject({
      status: "validated",
      fundsMobilisedEur: "1250000.50",
      workflow: {
        achieved: { by: "Anna Berg" },
        validated: { on: "2026-01-10", by: "Olivia Officer" },
      },
      actions: [{ id: action.id, title: action.title }],
      goodPractices: [{ id: practice.id }],
      evidence: [{ id: doc.id }],
      can: { edit: false, revert: false },
    });
    expect(got.workflow.validated.at).toBeInstanceOf(Date);
    expect((await audit(h, created.id)).map((a) => a.action)).toEqual([
      "create",
      "update",
      "attach_document",
      "achieve",
      "validate",
    ]);
    expect((await audit(h, created.id)).at(-1)?.summary).toContain(
      "validated by the programme on 2026-01-10",
    );

    // A validated improvement is the programme's record: no edits, no deletion.
    expect((await refused(anna.improvements.update({ ...ref, ...full, version: 4 }))).code).toBe(
      "CONFLICT",
    );
    expect((await refused(lead.improvements.delete({ ...ref, version: 4 }))).code).toBe("CONFLICT");
  });

  it("reverts one step with a reason, by lead coordinators only", async ({
    editor: anna,
    improvements: fx,
    h,
    lead,
    projectId,
  }) => {
    const i = await fx.newImprovement({ status: "validated" });
    const ref = { projectId, improvementId: i.id };
    expect(
      (await refused(anna.improvements.revert({ ...ref, version: i.version, reason: "x" }))).code,
    ).toBe("FORBIDDEN");
    const noReason = await refused(
      lead.improvements.revert({ ...ref, version: i.version, reason: " " }),
    );
    expect(noReason.fields).toEqual({ reason: ["Say why the improvement goes back a step"] });
    const back = await lead.improvements.revert({
      ...ref,
      version: i.version,
      reason: "The programme withdrew its validation",
    });
    expect(back.status).toBe("achieved");
    const row = await h.db
      .selectFrom("policy_improvements")
      .select(["validated_on", "validated_by", "achieved_by"])
      .where("id", "=", i.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      validated_on: null,
      validated_by: null,
      achieved_by: h.f.users.lead_coordinator.id,
    });
    const again = await lead.improvements.revert({
      ...ref,
      version: back.version,
      reason: "Evidence is a draft",
    });
    expect(again.status).toBe("expected");
    const tooFar = await refused(
      lead.improvements.revert({ ...ref, version: again.version, reason: "x" }),
    );
    expect(tooFar.code).toBe("CONFLICT");
    const log = await audit(h, i.id);
    expect(log.slice(-2).map((a) => a.summary)).toEqual([
      `Policy improvement ${(await anna.improvements.get(ref)).title} back to achieved: The programme withdrew its validation`,
      `Policy improvement ${(await anna.improvements.get(ref)).title} back to expected: Evidence is a draft`,
    ]);
    // A stale save is refused, the deletion of an expected one is soft.
    expect((await refused(anna.improvements.delete({ ...ref, version: back.version }))).code).toBe(
      "CONFLICT",
    );
    await anna.improvements.delete({ ...ref, version: again.version });
    expect((await refused(anna.improvements.get(ref))).code).toBe("NOT_FOUND");
    expect(
      await h.db
        .selectFrom("policy_improvements")
        .select("deleted_by")
        .where("id", "=", i.id)
        .executeTakeFirst(),
    ).toEqual({ deleted_by: h.f.users.partner_editor.id });
  });

  it("keeps what an achieved improvement needs, and links the editor cannot see", async ({
    editor: anna,
    improvements: fx,
    h,
    lead,
    learning,
    projectId,
  }) => {
    const instrument = await fx.newInstrument();
    const hidden = await learning.newPractice({ ownerPartnerId: h.f.partnersA.it });
    const i = await fx.newImprovement({
      instrument,
      status: "achieved",
      goodPracticeIds: [hidden.id],
    });
    const ref = { projectId, improvementId: i.id, version: i.version };
    const emptied = await refused(
      anna.improvements.update({
        ...ref,
        ...fx.improvementInput(instrument, { justification: "" }),
      }),
    );
    expect(emptied.fields).toEqual({ justification: ["Needed while the improvement is achieved"] });
    await anna.improvements.update({
      ...ref,
      ...fx.improvementInput(instrument, { title: "Renamed" }),
    });
    const get = { projectId, improvementId: i.id };
    expect((await anna.improvements.get(get)).goodPractices).toEqual([]);
    expect((await lead.improvements.get(get)).goodPractices.map((p) => p.id)).toEqual([hidden.id]);
  });

  it("shows observers achieved and validated improvements only", async ({
    editor: anna,
    improvements: fx,
    h,
    observer,
    projectId,
  }) => {
    const partner = await h.f.newPartner();
    const instrument = await fx.newInstrument({ partnerId: partner.id });
    const expected = await fx.newImprovement({ instrument });
    const achieved = await fx.newImprovement({ instrument, status: "achieved" });
    const validated = await fx.newImprovement({ instrument, status: "validated" });
    const list = (c: Caller) =>
      c.improvements
        .list({ projectId, partnerId: partner.id })
        .then((l) => l.map((i) => i.id).sort());
    expect(await list(observer)).toEqual([achieved.id, validated.id].sort());
    expect(await list(anna)).toEqual([expected.id, achieved.id, validated.id].sort());
    expect(
      (await refused(observer.improvements.get({ projectId, improvementId: expected.id }))).code,
    ).toBe("NOT_FOUND");
    const onlyValidated = await observer.improvements.list({
      projectId,
      partnerId: partner.id,
      status: "validated",
    });
    expect(onlyValidated).toMatchObject([
      { id: validated.id, fundsMobilisedEur: "250000.00", evidenceCount: 1, can: { edit: false } },
    ]);
  });
});
