import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";

const auditActions = async (h: Harness, entityId: string) =>
  (
    await h.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", entityId)
      .orderBy("id")
      .execute()
  ).map((a) => a.action);

describe("good-practice workflow", () => {
  it("goes draft → submitted → approved → validated → published, audited and mailed to the author", async ({
    editor: anna,
    learning: fx,
    h,
    lead,
    observer,
    projectId,
    viewer,
  }) => {
    const draft = await anna.goodPractices.create({
      projectId,
      ...fx.practiceInput({ description: "" }),
    });
    const ref = { projectId, goodPracticeId: draft.id };
    const incomplete = await refused(anna.goodPractices.submit({ ...ref, version: 1 }));
    expect(incomplete.code).toBe("BAD_REQUEST");
    expect(incomplete.fields).toEqual({
      description: ["Detailed description is needed before submitting"],
    });
    await anna.goodPractices.update({ ...ref, ...fx.practiceInput(), version: 1 });
    const submitted = await anna.goodPractices.submit({ ...ref, version: 2 });
    expect(submitted).toMatchObject({ status: "submitted", version: 3 });
    expect((await h.mailsTo(h.f.users.lead_coordinator.email))[0]?.subject).toMatch(
      /awaits your review/,
    );

    await lead.goodPractices.approve({ ...ref, version: 3 });
    await observer.goodPractices.validate({ ...ref, version: 4, validatedOn: "2026-06-30" });
    const published = await lead.goodPractices.publish({ ...ref, version: 5 });
    expect(published).toMatchObject({ status: "published", version: 6 });

    const got = await viewer.goodPractices.get(ref);
    expect(got.workflow.approved.by).toBe("Mette Lund");
    expect(got.workflow.validated).toMatchObject({ by: "Olivia Officer", on: "2026-06-30" });
    expect(got.createdByName).toBe("Anna Berg");
    expect(await auditActions(h, draft.id)).toEqual([
      "create",
      "update",
      "submit",
      "approve",
      "validate",
      "publish",
    ]);
    const mails = (await h.mailsTo(h.f.users.partner_editor.email)).map((m) => m.subject);
    for (const step of ["approved", "validated by the programme", "was published"])
      expect(mails.some((s) => s.includes(got.title) && s.includes(step))).toBe(true);
  });

  it("refuses illegal transitions and changes nothing", async ({
    learning: fx,
    h,
    lead,
    projectId,
  }) => {
    const cases = [
      ["draft", () => "approve"],
      ["submitted", () => "validate"],
      ["approved", () => "publish"],
      ["approved", () => "submit"],
      ["validated", () => "approve"],
      ["published", () => "return"],
    ] as const;
    for (const [status, step] of cases) {
      const gp = await fx.newPractice({ status });
      const before = await h.auditCount();
      const input = { projectId, goodPracticeId: gp.id, version: gp.version };
      const call =
        step() === "return"
          ? lead.goodPractices.return({ ...input, comment: "No" })
          : step() === "validate"
            ? lead.goodPractices.validate({ ...input, validatedOn: "2026-01-01" })
            : lead.goodPractices[step() as "approve" | "publish" | "submit"](input);
      const err = await refused(call);
      expect([status, err.code]).toEqual([status, "CONFLICT"]);
      expect(err.message).toContain(`This good practice is`);
      const after = await lead.goodPractices.get({ projectId, goodPracticeId: gp.id });
      expect(after).toMatchObject({ status, version: gp.version });
      expect(await h.auditCount()).toBe(before);
    }
  });

  it("returns a practice with a comment, mails it, and lets the author submit again", async ({
    editor: anna,
    learning: fx,
    h,
    lead,
    projectId,
  }) => {
    const gp = await fx.newPractice({ status: "submitted", by: h.f.users.partner_editor.id });
    const ref = { projectId, goodPracticeId: gp.id };
    const noComment = await refused(
      lead.goodPractices.return({ ...ref, version: gp.version, comment: " " }),
    );
    expect(noComment.fields).toHaveProperty("comment");
    await lead.goodPractices.return({
      ...ref,
      version: gp.version,
      comment: "Add figures, please",
    });
    const [mail] = await h.mailsTo(h.f.users.partner_editor.email);
    expect(mail?.subject).toMatch(/returned to you/);
    expect(mail?.text_body).toContain("Add figures, please");
    expect(mail?.text_body).toContain(`/projects/${projectId}/practices/${gp.id}`);
    const back = await anna.goodPractices.get(ref);
    expect(back).toMatchObject({ status: "returned", can: { edit: true, submit: true } });
    expect(back.workflow.returned.comment).toBe("Add figures, please");
    await anna.goodPractices.submit({ ...ref, version: back.version });
  });

  it("validates only with a date that is not in the future", async ({
    learning: fx,
    observer,
    projectId,
  }) => {
    const gp = await fx.newPractice({ status: "approved" });
    const future = await refused(
      observer.goodPractices.validate({
        projectId,
        goodPracticeId: gp.id,
        version: gp.version,
        validatedOn: "2999-01-01",
      }),
    );
    expect(future.fields).toEqual({ validatedOn: ["The validation date cannot be in the future"] });
  });
});

describe("good-practice records", () => {
  it("refuses a long title, an unknown partner and another partner's practice, field by field", async ({
    editor: anna,
    learning: fx,
    h,
    lead,
    projectId,
  }) => {
    const long = await refused(
      anna.goodPractices.create({ projectId, ...fx.practiceInput({ title: "x".repeat(101) }) }),
    );
    expect(long.fields).toEqual({
      title: ["At most 100 characters: the programme's form allows no more"],
    });
    const unknown = await refused(
      lead.goodPractices.create({
        projectId,
        ...fx.practiceInput({ ownerPartnerId: h.f.partnerB }),
      }),
    );
    expect(unknown.fields).toEqual({ ownerPartnerId: ["This partner is not part of the project"] });
    const other = anna.goodPractices.create({
      projectId,
      ...fx.practiceInput({ ownerPartnerId: h.f.partnersA.it }),
    });
    expect((await trpcError(other)).code).toBe("FORBIDDEN");
  });

  it("keeps drafts to the owning partner and opens them to all once submitted", async ({
    editor: anna,
    learning: fx,
    h,
    lead,
    observer,
    projectId,
    viewer,
  }) => {
    const gp = await fx.newPractice({ by: h.f.users.partner_editor.id });
    const ref = { projectId, goodPracticeId: gp.id };
    for (const caller of [viewer, observer])
      expect((await trpcError(caller.goodPractices.get(ref))).code).toBe("NOT_FOUND");
    const listed = await viewer.goodPractices.list({ projectId, pageSize: 200 });
    expect(listed.practices.some((p) => p.id === gp.id)).toBe(false);
    await anna.goodPractices.submit({ ...ref, version: gp.version });
    await expect(observer.goodPractices.get(ref)).resolves.toMatchObject({ status: "submitted" });
    const locked = anna.goodPractices.update({ ...ref, ...fx.practiceInput(), version: 2 });
    expect((await trpcError(locked)).code).toBe("FORBIDDEN");
    await expect(
      lead.goodPractices.update({ ...ref, ...fx.practiceInput(), version: 2 }),
    ).resolves.toMatchObject({ version: 3, status: "submitted" });
  });

  it("answers a stale save with CONFLICT and keeps the first person's text", async ({
    editor: anna,
    learning: fx,
    h,
    lead,
    projectId,
  }) => {
    const gp = await fx.newPractice({ by: h.f.users.partner_editor.id });
    const edit = { projectId, goodPracticeId: gp.id, version: gp.version, ...fx.practiceInput() };
    await anna.goodPractices.update({ ...edit, summary: "Anna's summary" });
    const stale = await refused(lead.goodPractices.update({ ...edit, summary: "Mette's summary" }));
    expect(stale.code).toBe("CONFLICT");
    const got = await lead.goodPractices.get({ projectId, goodPracticeId: gp.id });
    expect(got.summary).toBe("Anna's summary");
    const staleStep = await refused(
      anna.goodPractices.submit({ projectId, goodPracticeId: gp.id, version: 1 }),
    );
    expect(staleStep.code).toBe("CONFLICT");
  });

  it("records other partners' interest once per partner, and shows who is interested", async ({
    editor: anna,
    learning: fx,
    h,
    lead,
    projectId,
    viewer,
  }) => {
    const gp = await fx.newPractice({ ownerPartnerId: h.f.partnersA.it, status: "validated" });
    const ref = { projectId, goodPracticeId: gp.id };
    const interest = await anna.goodPractices.interests.add({ ...ref, note: "For RUFS 2050" });
    const twice = await refused(anna.goodPractices.interests.add({ ...ref, note: "" }));
    expect(twice.fields).toEqual({ partnerId: ["This partner's interest is already recorded"] });
    const own = await refused(
      lead.goodPractices.interests.add({ ...ref, partnerId: h.f.partnersA.it, note: "" }),
    );
    expect(own.fields).toHaveProperty("partnerId");
    const forOther = anna.goodPractices.interests.add({
      ...ref,
      partnerId: h.f.partnersA.lead,
      note: "",
    });
    expect((await trpcError(forOther)).code).toBe("FORBIDDEN");
    const got = await viewer.goodPractices.get(ref);
    expect(got.interests).toEqual([
      expect.objectContaining({
        partnerName: "Region Stockholm",
        note: "For RUFS 2050",
        createdByName: "Anna Berg",
      }),
    ]);
    const list = await viewer.goodPractices.list({ projectId, q: got.title });
    expect(list.practices[0]?.interestCount).toBe(1);
    await anna.goodPractices.interests.remove({ projectId, interestId: interest.id });
    expect((await viewer.goodPractices.get(ref)).interests).toEqual([]);
  });

  it("links a practice to the events where it was presented", async ({
    editor: anna,
    learning: fx,
    h,
    projectId,
    viewer,
  }) => {
    const gp = await fx.newPractice({ status: "submitted" });
    const e = await fx.newEvent({ hostPartnerId: h.f.partnersA.it, city: "Milan", country: "IT" });
    await anna.goodPractices.linkEvent({ projectId, goodPracticeId: gp.id, eventId: e.id });
    expect((await viewer.goodPractices.get({ projectId, goodPracticeId: gp.id })).events).toEqual([
      expect.objectContaining({ id: e.id, hostPartnerName: "Lombardia" }),
    ]);
    const event = await viewer.learningEvents.get({ projectId, eventId: e.id });
    expect(event.goodPractices.map((p) => p.id)).toEqual([gp.id]);
  });
});

describe("progress against the target", () => {
  it("counts validated practices by partner and theme against the project's target", async ({
    learning: fx,
    h,
    lead,
    projectId,
    viewer,
  }) => {
    const before = await viewer.goodPractices.progress({ projectId });
    expect(before.target).toBe(20);
    const theme = h.f.unique("progress theme ");
    await fx.newPractice({ status: "validated", themes: [theme] });
    await fx.newPractice({ status: "published", themes: [theme, "procurement"] });
    await fx.newPractice({ status: "approved", themes: [theme], ownerPartnerId: h.f.partnersA.it });
    await fx.newPractice({ status: "draft", themes: [theme] });
    const after = await viewer.goodPractices.progress({ projectId });
    expect(after.validated - before.validated).toBe(2);
    expect(after.remaining).toBe(Math.max(0, 20 - after.validated));
    const se = (p: typeof after) => p.byPartner.find((x) => x.partnerId === h.f.partnersA.se);
    const it = (p: typeof after) => p.byPartner.find((x) => x.partnerId === h.f.partnersA.it);
    expect((se(after)?.validated ?? 0) - (se(before)?.validated ?? 0)).toBe(2);
    expect((it(after)?.pending ?? 0) - (it(before)?.pending ?? 0)).toBe(1);
    expect(after.byTheme.find((t) => t.theme === theme)).toEqual({
      theme,
      validated: 2,
      pending: 1,
    });
    // Every partner of the project has its row, with or without practices.
    const partners = await h.db
      .selectFrom("partners")
      .select("id")
      .where("project_id", "=", projectId)
      .execute();
    expect(after.byPartner.map((p) => p.partnerId).sort()).toEqual(
      partners.map((p) => p.id).sort(),
    );

    const set = await lead.goodPractices.setTarget({
      projectId,
      target: 25,
      version: after.targetVersion,
    });
    expect((await viewer.goodPractices.progress({ projectId })).target).toBe(25);
    const stale = await trpcError(
      lead.goodPractices.setTarget({ projectId, target: 30, version: after.targetVersion }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(set.target).toBe(25);
  });
});
