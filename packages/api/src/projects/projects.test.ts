import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { clientShape, type Harness, trpcError } from "../testing/harness";
import { getProjectOverview } from "./service";

const projectRow = (h: Harness, id: string) =>
  h.db.selectFrom("projects").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("projects.mine", () => {
  it("lists only the projects a person belongs to; an administrator sees all", async ({ h }) => {
    const acronyms = async (userId: string) =>
      (await (await h.callerFor(userId)).projects.mine()).map((p) => p.acronym);
    expect(await acronyms(h.f.users.lead_coordinator.id)).toEqual(["MEDTECH-S3"]);
    expect(await acronyms(h.f.users.memberB.id)).toEqual(["BLUE-PORTS"]);
    expect(await acronyms(h.f.users.admin.id)).toEqual(["BLUE-PORTS", "MEDTECH-S3"]);
    expect(await acronyms((await h.f.newUser()).id)).toEqual([]);
  });
});

describe("projects.overview", () => {
  it("counts only this project's partners, countries and members", async ({
    h,
    lead,
    projectId,
  }) => {
    await h.f.newInvitation();
    expect((await lead.projects.overview({ projectId })).project.acronym).toBe("MEDTECH-S3");
    // A partner in a country of its own, and one in a country already counted.
    await h.f.newPartner({ country: "PT", nutsCode: "PT11" });
    await h.f.newPartner({ country: "SE", nutsCode: "SE11" });
    const o = await lead.projects.overview({ projectId });
    const partnersA = await h.db
      .selectFrom("partners")
      .select(["id", "country"])
      .where("project_id", "=", projectId)
      .execute();
    expect(o.partners.map((p) => p.id).sort()).toEqual(partnersA.map((p) => p.id).sort());
    expect(o.partners.map((p) => p.id)).not.toContain(h.f.partnerB);
    expect(o.partners[0]?.role).toBe("lead");
    expect(o.countries).toBe(new Set(partnersA.map((p) => p.country)).size);
    expect(o.countries).toBeLessThan(partnersA.length); // Sweden counts once

    // Active memberships of active accounts: the deactivated fixture account does not count.
    const active = await h.db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select("memberships.id")
      .where("memberships.project_id", "=", projectId)
      .where("memberships.is_active", "=", true)
      .where("users.is_active", "=", true)
      .execute();
    expect(o.memberCount).toBe(active.length);
    expect(o.membersByRole.lead_coordinator).toBe(1);
    const openInA = await h.db
      .selectFrom("invitations")
      .select("id")
      .where("project_id", "=", projectId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .execute();
    expect(o.pendingInvitations).toBe(openInA.length);
    expect(o.myRole).toBe("lead_coordinator");

    const stockholm = o.partners.find((p) => p.id === h.f.partnersA.se);
    const staffInSe = await h.db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select("users.email")
      .where("memberships.partner_id", "=", h.f.partnersA.se)
      .where("memberships.is_active", "=", true)
      .where("users.is_active", "=", true)
      .execute();
    expect(staffInSe.map((u) => u.email)).not.toContain(h.f.users.deactivated.email);
    expect(stockholm?.memberCount).toBe(staffInSe.length);
  });

  it("hides pending invitations from partner staff and names the caller's role", async ({
    h,
    projectId,
  }) => {
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    const o = await editor.projects.overview({ projectId });
    expect(o.pendingInvitations).toBeNull();
    expect(o).toMatchObject({ myRole: "partner_editor", myPartnerId: h.f.partnersA.se });
    const admin = await h.callerFor(h.f.users.admin.id);
    expect((await admin.projects.overview({ projectId })).myRole).toBe("admin");
  });

  it("says where the project stands: its current period and phase, from the project calendar", async ({
    h,
  }) => {
    const admin = await h.callerFor(h.f.users.admin.id);
    const forty = await admin.admin.createProject({
      acronym: h.f.unique("FORTY-"),
      title: "A project of forty months",
      startDate: "2024-03-15",
      endDate: "2027-07-14",
      leadPartner: {
        name: "Region of Murcia",
        shortName: "Murcia",
        country: "ES",
        nutsCode: "ES62",
        regionName: "Región de Murcia",
        type: "regional_authority",
      },
      leadCoordinatorEmail: `${h.f.unique("forty")}@example.org`,
    });
    const ctx = await h.projectCtxFor(h.f.users.admin.id, forty.id);
    const on = (day: string) => getProjectOverview(ctx, new Date(`${day}T12:00:00Z`));
    expect((await on("2027-03-20")).project).toMatchObject({ currentPeriod: 7, phase: "core" });
    expect((await on("2027-08-01")).project).toMatchObject({
      currentPeriod: 7,
      phase: "closure",
      phaseLabel: "Closure",
    });
    expect((await on("2028-01-01")).project).toMatchObject({
      currentPeriod: null,
      phase: "closed",
    });
  });

  it("tells the pages what the caller may do, by role", async ({ h, projectId }) => {
    const flags = async (userId: string) =>
      (await (await h.callerFor(userId)).projects.overview({ projectId })).can;
    expect(await flags(h.f.users.lead_coordinator.id)).toMatchObject({
      manageProject: true,
      manageWorkPlan: true,
      contribute: true,
      comment: true,
      validate: true,
    });
    expect(await flags(h.f.users.partner_editor.id)).toMatchObject({
      manageProject: false,
      actForAnyPartner: false,
      contribute: true,
      comment: true,
      validate: false,
    });
    expect(await flags(h.f.users.partner_viewer.id)).toMatchObject({
      manageProject: false,
      contribute: false,
      comment: true,
    });
    expect(await flags(h.f.users.observer.id)).toMatchObject({
      contribute: false,
      comment: false,
      validate: true,
    });
  });

  it("an unknown project is not found", async ({ lead }) => {
    const err = await trpcError(
      lead.projects.overview({ projectId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(err.code).toBe("NOT_FOUND");
  });
});

describe("projects.update", () => {
  const fieldsOf = async (h: Harness, projectId: string) => {
    const p = await projectRow(h, projectId);
    return {
      projectId,
      acronym: p.acronym,
      title: p.title,
      programme: p.programme,
      description: p.description,
      startDate: p.start_date,
      endDate: p.end_date,
      corePhaseEnd: p.core_phase_end,
      version: p.version,
    };
  };

  it("saves with the current version and bumps it", async ({ h, lead, projectId }) => {
    const input = await fieldsOf(h, projectId);
    const row = await lead.projects.update({ ...input, title: "MedTech S3, second edition" });
    expect(row).toMatchObject({ title: "MedTech S3, second edition", version: input.version + 1 });
  });

  it("a stale version is CONFLICT and changes nothing", async ({ h, lead, projectId }) => {
    const input = await fieldsOf(h, projectId);
    await lead.projects.update({ ...input, description: "First save wins." });
    const before = await projectRow(h, projectId);
    const auditBefore = await h.auditCount();
    const err = await trpcError(lead.projects.update({ ...input, description: "Second save." }));
    expect(err.code).toBe("CONFLICT");
    expect(await projectRow(h, projectId)).toEqual(before);
    expect(await h.auditCount()).toBe(auditBefore);
  });

  it("refuses another project's acronym and impossible dates", async ({ h, lead, projectId }) => {
    const input = await fieldsOf(h, projectId);
    const taken = await trpcError(lead.projects.update({ ...input, acronym: "blue-ports" }));
    expect(taken.code).toBe("CONFLICT");
    const dates = await trpcError(lead.projects.update({ ...input, endDate: input.startDate }));
    expect(dates.code).toBe("BAD_REQUEST");
    expect(clientShape(dates).data.fieldErrors).toHaveProperty("endDate");
    const phase = await trpcError(lead.projects.update({ ...input, corePhaseEnd: "2030-01-01" }));
    expect(clientShape(phase).data.fieldErrors).toHaveProperty("corePhaseEnd");
    expect((await projectRow(h, projectId)).version).toBe(input.version);
  });
});
