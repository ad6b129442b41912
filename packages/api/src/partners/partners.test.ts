import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { clientShape, type Harness, trpcError } from "../testing/harness";

const basque = {
  name: "Basque Government",
  shortName: "Euskadi",
  country: "ES",
  nutsCode: "es21",
  regionName: "País Vasco",
  type: "regional_authority" as const,
  role: "partner" as const,
};

const partnerRows = (h: Harness, projectId: string) =>
  h.db
    .selectFrom("partners")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("id")
    .execute();

describe("partners", () => {
  it("lists the project's partners, lead first, with their people, and nothing of project B", async ({
    h,
    projectId,
  }) => {
    const list = await (await h.callerFor(h.f.users.observer.id)).partners.list({ projectId });
    const inA = (await partnerRows(h, projectId)).map((p) => p.id).sort();
    expect(list.map((p) => p.id).sort()).toEqual(inA);
    expect(inA).toEqual(expect.arrayContaining(Object.values(h.f.partnersA)));
    expect(list[0]).toMatchObject({ role: "lead", shortName: "RegionH", can: { edit: false } });
    expect(list.some((p) => p.id === h.f.partnerB)).toBe(false);
    const stockholm = list.find((p) => p.id === h.f.partnersA.se);
    const people = stockholm?.people.map((p) => p.email) ?? [];
    expect(people).toContain(h.f.users.partner_editor.email);
    // Deactivated accounts are not shown in the directory.
    expect(people).not.toContain(h.f.users.deactivated.email);
  });

  it("creates a partner with a normalised NUTS code and audits it", async ({
    h,
    lead,
    projectId,
  }) => {
    const before = await h.auditCount();
    const row = await lead.partners.create({ projectId, ...basque });
    expect(row).toMatchObject({ nutsCode: "ES21", version: 1 });
    const stored = await h.db
      .selectFrom("partners")
      .select("project_id")
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(stored.project_id).toBe(projectId);
    expect(await h.auditCount()).toBe(before + 1);
  });

  it("refuses a NUTS code of another country", async ({ lead, projectId }) => {
    const err = await trpcError(
      lead.partners.create({ projectId, ...basque, name: "Navarre", nutsCode: "FR10" }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(clientShape(err).data.fieldErrors).toEqual({
      nutsCode: ["A NUTS code in Spain starts with ES"],
    });
  });

  it("keeps exactly one lead partner", async ({ h, lead, projectId }) => {
    const second = await trpcError(
      lead.partners.create({ projectId, ...basque, name: "Another lead", role: "lead" }),
    );
    expect(second.code).toBe("CONFLICT");

    const before = await partnerRows(h, projectId);
    const leadRow = before.find((p) => p.role === "lead");
    const other = before.find((p) => p.id === h.f.partnersA.se);
    if (!leadRow || !other) throw new Error("fixture partners missing");
    const demote = await trpcError(
      lead.partners.update({
        projectId,
        partnerId: leadRow.id,
        version: leadRow.version,
        name: leadRow.name,
        shortName: leadRow.short_name,
        country: leadRow.country,
        nutsCode: leadRow.nuts_code,
        regionName: leadRow.region_name,
        type: leadRow.type,
        role: "partner",
      }),
    );
    expect(demote.code).toBe("CONFLICT");
    const promote = await trpcError(
      lead.partners.update({
        projectId,
        partnerId: other.id,
        version: other.version,
        name: other.name,
        shortName: other.short_name,
        country: other.country,
        nutsCode: other.nuts_code,
        regionName: other.region_name,
        type: other.type,
        role: "lead",
      }),
    );
    expect(promote.code).toBe("CONFLICT");
    expect(await partnerRows(h, projectId)).toEqual(before);
  });

  it("refuses a duplicate name, whatever its case, on create and on rename", async ({
    h,
    lead,
    projectId,
  }) => {
    const dup = await trpcError(
      lead.partners.create({ projectId, ...basque, name: "REGION STOCKHOLM", nutsCode: "ES22" }),
    );
    expect(dup.code).toBe("CONFLICT");
    const p = await h.f.newPartner();
    const rename = await trpcError(
      lead.partners.update({
        projectId,
        partnerId: p.id,
        version: p.version,
        ...basque,
        name: "region stockholm",
      }),
    );
    expect(rename.code).toBe("CONFLICT");
    // The same name is fine in another project.
    const b = await h.callerFor(h.f.users.memberB.id);
    await expect(
      b.partners.create({ projectId: h.f.projectB.id, ...basque, name: "Region Stockholm" }),
    ).resolves.toMatchObject({ name: "Region Stockholm" });
  });

  it("updates with the current version; a stale version is CONFLICT and changes nothing", async ({
    h,
    lead,
    projectId,
  }) => {
    const p = await h.f.newPartner();
    const updated = await lead.partners.update({
      projectId,
      partnerId: p.id,
      version: p.version,
      ...basque,
      name: "Gipuzkoa",
      website: "https://www.gipuzkoa.eus",
    });
    expect(updated).toMatchObject({ name: "Gipuzkoa", version: p.version + 1 });
    const before = await partnerRows(h, projectId);
    const auditBefore = await h.auditCount();
    const stale = await trpcError(
      lead.partners.update({
        projectId,
        partnerId: p.id,
        version: p.version,
        ...basque,
        name: "Bizkaia",
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await partnerRows(h, projectId)).toEqual(before);
    expect(await h.auditCount()).toBe(auditBefore);
  });

  it("a partner of another project is not found through this one", async ({
    h,
    lead,
    projectId,
  }) => {
    const err = await trpcError(
      lead.partners.update({
        projectId,
        partnerId: h.f.partnerB,
        version: 1,
        ...basque,
        name: "X-Crete",
      }),
    );
    expect(err.code).toBe("NOT_FOUND");
    const crete = await h.db
      .selectFrom("partners")
      .select("name")
      .where("id", "=", h.f.partnerB)
      .executeTakeFirstOrThrow();
    expect(crete.name).toBe("Region of Crete");
  });
});
