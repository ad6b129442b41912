import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import type { Harness } from "../testing/harness";

const stored = (h: Harness, id: string) =>
  h.db.selectFrom("policy_instruments").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("policy instruments", () => {
  it("keeps one main instrument per partner and says so on the isMain field", async ({
    policy: fx,
    h,
    lead,
    projectId,
  }) => {
    const partner = await h.f.newPartner();
    const main = await lead.policyInstruments.create({
      projectId,
      ...fx.instrumentInput({
        partnerId: partner.id,
        name: "ERDF Programme 2021-2027",
        isMain: true,
      }),
    });
    const before = await h.auditCount();
    const second = await refused(
      lead.policyInstruments.create({
        projectId,
        ...fx.instrumentInput({ partnerId: partner.id, name: "S3 strategy", isMain: true }),
      }),
    );
    expect(second.code).toBe("BAD_REQUEST");
    expect(second.fields.isMain?.[0]).toContain("already has a main policy instrument");
    expect(await h.auditCount()).toBe(before);
    // A secondary one is fine; promoting it while the main exists is not.
    const other = await lead.policyInstruments.create({
      projectId,
      ...fx.instrumentInput({ partnerId: partner.id, name: "S3 strategy", isMain: false }),
    });
    const promote = await refused(
      lead.policyInstruments.update({
        projectId,
        ...fx.instrumentInput({ partnerId: partner.id, name: "S3 strategy", isMain: true }),
        policyInstrumentId: other.id,
        version: other.version,
      }),
    );
    expect(promote.fields).toHaveProperty("isMain");
    expect((await stored(h, other.id)).is_main).toBe(false);
    // Once the main one is deleted, another may take its place.
    await lead.policyInstruments.delete({ projectId, policyInstrumentId: main.id, version: 1 });
    await expect(
      lead.policyInstruments.update({
        projectId,
        ...fx.instrumentInput({ partnerId: partner.id, name: "S3 strategy", isMain: true }),
        policyInstrumentId: other.id,
        version: other.version,
      }),
    ).resolves.toMatchObject({ version: 2 });
  });

  it("refuses bad fields one by one and a partner of another project", async ({
    policy: fx,
    h,
    lead,
    projectId,
  }) => {
    const base = { projectId, ...fx.instrumentInput() };
    const empty = await refused(lead.policyInstruments.create({ ...base, name: " " }));
    expect(empty.fields).toHaveProperty("name");
    const level = await refused(
      lead.policyInstruments.create({ ...base, territorialLevel: "galactic" as "regional" }),
    );
    expect(level.fields).toHaveProperty("territorialLevel");
    const foreign = await refused(
      lead.policyInstruments.create({ ...base, partnerId: h.f.partnerB }),
    );
    expect(foreign.fields).toEqual({ partnerId: ["This partner is not part of the project"] });
  });

  it("lets only the owning partner's editors and lead coordinators change an instrument", async ({
    editor: anna,
    policy: fx,
    editorIt: giulia,
    h,
    projectId,
  }) => {
    const own = await anna.policyInstruments.create({ projectId, ...fx.instrumentInput() });
    expect(own.version).toBe(1);
    const before = await h.auditCount();
    const forOther = await refused(
      anna.policyInstruments.create({
        projectId,
        ...fx.instrumentInput({ partnerId: h.f.partnersA.it }),
      }),
    );
    expect(forOther.code).toBe("FORBIDDEN");
    const input = { projectId, ...fx.instrumentInput(), policyInstrumentId: own.id, version: 1 };
    expect((await refused(giulia.policyInstruments.update(input))).code).toBe("FORBIDDEN");
    expect(
      (
        await refused(
          giulia.policyInstruments.delete({ projectId, policyInstrumentId: own.id, version: 1 }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    // An editor cannot hand their instrument to another partner either.
    const moved = await refused(
      anna.policyInstruments.update({ ...input, partnerId: h.f.partnersA.it }),
    );
    expect(moved.code).toBe("FORBIDDEN");
    expect(await h.auditCount()).toBe(before);
    expect((await stored(h, own.id)).version).toBe(1);
  });

  it("lets observers read instruments but change nothing", async ({
    policy: fx,
    observer,
    projectId,
  }) => {
    const i = await fx.newInstrument({ name: "Regional growth and development strategy ReVUS" });
    const listed = await observer.policyInstruments.list({ projectId });
    expect(listed.find((x) => x.id === i.id)).toMatchObject({
      name: "Regional growth and development strategy ReVUS",
      partnerShortName: "Region Stockholm",
      partnerCountry: "SE",
      hasActionPlan: false,
      actionPlan: null,
      can: { edit: false, delete: false, createActionPlan: false, changePartner: false },
    });
    await expect(
      observer.policyInstruments.get({ projectId, policyInstrumentId: i.id }),
    ).resolves.toMatchObject({ id: i.id, can: { edit: false } });
    const create = await refused(
      observer.policyInstruments.create({ projectId, ...fx.instrumentInput() }),
    );
    expect(create.code).toBe("FORBIDDEN");
    const update = await refused(
      observer.policyInstruments.update({
        projectId,
        ...fx.instrumentInput(),
        policyInstrumentId: i.id,
        version: i.version,
      }),
    );
    expect(update.code).toBe("FORBIDDEN");
  });

  it("shows a plan's status to all but its id only to those who may open it", async ({
    editor: anna,
    policy: fx,
    observer,
    projectId,
  }) => {
    const plan = await fx.newPlan();
    const forObserver = (await observer.policyInstruments.list({ projectId })).find(
      (i) => i.id === plan.policyInstrumentId,
    );
    expect(forObserver).toMatchObject({
      hasActionPlan: true,
      actionPlan: { id: null, status: "draft" },
    });
    const forOwner = (await anna.policyInstruments.list({ projectId })).find(
      (i) => i.id === plan.policyInstrumentId,
    );
    expect(forOwner?.actionPlan).toEqual({ id: plan.id, status: "draft" });
  });

  it("keeps an instrument while it has an action plan, and refuses stale saves", async ({
    policy: fx,
    h,
    lead,
    projectId,
  }) => {
    const plan = await fx.newPlan();
    const i = await stored(h, plan.policyInstrumentId);
    const del = await refused(
      lead.policyInstruments.delete({ projectId, policyInstrumentId: i.id, version: i.version }),
    );
    expect(del.code).toBe("CONFLICT");
    const moved = await refused(
      lead.policyInstruments.update({
        projectId,
        ...fx.instrumentInput({ partnerId: h.f.partnersA.it }),
        policyInstrumentId: i.id,
        version: i.version,
      }),
    );
    expect(moved.fields).toHaveProperty("partnerId");
    const input = { projectId, ...fx.instrumentInput(), policyInstrumentId: i.id };
    await lead.policyInstruments.update({ ...input, name: "First save", version: i.version });
    const stale = await refused(
      lead.policyInstruments.update({ ...input, name: "Second save", version: i.version }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await stored(h, i.id)).name).toBe("First save");
    expect((await stored(h, i.id)).deleted_at).toBeNull();
  });
});
