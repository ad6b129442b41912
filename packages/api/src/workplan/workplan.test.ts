import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import type { WorkplanFixtures } from "../testing/workplan-fixtures";

/** The field messages of a refused call (zod's or the service's). */
async function fieldErrors(call: Promise<unknown>) {
  const err = await trpcError(call);
  const cause = err.cause as { fieldErrors?: Record<string, string[]>; issues?: unknown[] };
  if (cause.fieldErrors) return { code: err.code, fields: cause.fieldErrors };
  const issues = (cause.issues ?? []) as { path: (string | number)[]; message: string }[];
  const fields: Record<string, string[]> = {};
  for (const i of issues)
    fields[String(i.path[0])] = [...(fields[String(i.path[0])] ?? []), i.message];
  return { code: err.code, fields };
}

const wpInput = (h: Harness, wp: WorkplanFixtures) => ({
  projectId: h.f.projectA.id,
  number: wp.uniqueNumber(),
  title: "Pilot actions",
  objectives: "Test two pilots jointly",
  leadPartnerId: h.f.partnersA.it,
  startDate: "2026-03-01",
  endDate: "2027-02-28",
});

const deliverableInput = async (
  h: Harness,
  wp: WorkplanFixtures,
  fields: Record<string, unknown> = {},
) => ({
  projectId: h.f.projectA.id,
  code: wp.uniqueCode(),
  title: "Pilot action report",
  description: "",
  kind: "deliverable" as const,
  workPackageId: (await wp.sharedWorkPackage()).id,
  activityId: null,
  responsiblePartnerId: h.f.partnersA.se,
  contributingPartnerIds: [h.f.partnersA.it],
  dueDate: "2026-12-31",
  targetValue: null,
  achievedValue: null,
  ...fields,
});

describe("work packages", () => {
  it("are created, listed with progress, updated with the version, and deleted when empty", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const busy = await wp.newWorkPackage();
    for (const status of ["approved", "approved", "submitted"] as const)
      await wp.newDeliverable({ status, workPackageId: busy.id });
    const input = wpInput(h, wp);
    const created = await lead.workPackages.create(input);
    const list = await lead.workPackages.list({ projectId: h.f.projectA.id });
    expect(list.map((w) => w.number)).toEqual(expect.arrayContaining([busy.number, input.number]));
    expect(list.find((w) => w.id === busy.id)).toMatchObject({
      deliverableCount: 3,
      approvedCount: 2,
    });
    expect(list.find((w) => w.id === created.id)).toMatchObject({
      deliverableCount: 0,
      approvedCount: 0,
    });
    const updated = await lead.workPackages.update({
      ...input,
      title: "Pilot actions (revised)",
      workPackageId: created.id,
      version: created.version,
    });
    expect(updated.version).toBe(created.version + 1);
    const stale = await trpcError(
      lead.workPackages.update({ ...input, workPackageId: created.id, version: created.version }),
    );
    expect(stale.code).toBe("CONFLICT");
    await lead.workPackages.delete({
      projectId: h.f.projectA.id,
      workPackageId: created.id,
      version: updated.version,
    });
  });

  it("reports field errors: end before start, unknown partner, dates outside the project", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const bad = await fieldErrors(
      lead.workPackages.create({
        ...wpInput(h, wp),
        startDate: "2026-05-01",
        endDate: "2026-04-01",
      }),
    );
    expect(bad).toEqual({
      code: "BAD_REQUEST",
      fields: { endDate: ["The end date must not be before the start date"] },
    });
    const service = await fieldErrors(
      lead.workPackages.create({
        ...wpInput(h, wp),
        leadPartnerId: h.f.partnerB,
        startDate: "2024-01-01",
        endDate: "2030-01-01",
      }),
    );
    expect(service).toEqual({
      code: "BAD_REQUEST",
      fields: {
        leadPartnerId: ["Unknown partner"],
        startDate: ["The project starts on 2025-03-01"],
        endDate: ["The project ends on 2029-02-28"],
      },
    });
  });

  it("refuses a number already used, with the field named", async ({ h, lead, workplan: wp }) => {
    const { number } = await wp.newWorkPackage();
    const taken = await fieldErrors(lead.workPackages.create({ ...wpInput(h, wp), number }));
    expect(taken).toEqual({
      code: "CONFLICT",
      fields: { number: [`Work package ${number} already exists`] },
    });
  });

  it("refuses to delete a work package that still has activities or deliverables", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const full = await wp.newWorkPackage();
    for (let i = 0; i < 4; i++) await wp.newActivity({ workPackageId: full.id });
    for (let i = 0; i < 2; i++) await wp.newDeliverable({ workPackageId: full.id });
    const list = await lead.workPackages.list({ projectId: h.f.projectA.id });
    const wp2 = list.find((w) => w.id === full.id);
    const err = await trpcError(
      lead.workPackages.delete({
        projectId: h.f.projectA.id,
        workPackageId: wp2?.id ?? "",
        version: wp2?.version ?? 1,
      }),
    );
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toMatch(/still has 4 activities and 2 deliverables/);
  });
});

describe("activities", () => {
  it("save with a warning when they run outside their work package, an error outside the project", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const w = await lead.workPackages.create(wpInput(h, wp));
    const outside = await lead.activities.create({
      projectId: h.f.projectA.id,
      workPackageId: w.id,
      title: "Study visit to Lyon",
      description: "",
      partnerIds: [h.f.partnersA.se, h.f.partnersA.it],
      startDate: "2026-01-15",
      endDate: "2026-06-30",
    });
    expect(outside.warnings).toEqual({
      startDate: [expect.stringMatching(/^Starts before work package \d+ \(2026-03-01\)$/)],
    });
    const listed = await lead.activities.list({ projectId: h.f.projectA.id, workPackageId: w.id });
    expect(listed.map((a) => a.partnerIds.sort())).toEqual([
      [h.f.partnersA.se, h.f.partnersA.it].sort(),
    ]);
    const err = await fieldErrors(
      lead.activities.create({
        projectId: h.f.projectA.id,
        workPackageId: w.id,
        title: "After the project",
        description: "",
        partnerIds: [h.f.partnersA.se, h.f.partnersA.se],
        startDate: "2029-01-01",
        endDate: "2029-04-30",
      }),
    );
    expect(err.fields).toEqual({ partnerIds: ["Name each partner once"] });
    const late = await fieldErrors(
      lead.activities.create({
        projectId: h.f.projectA.id,
        workPackageId: w.id,
        title: "After the project",
        description: "",
        partnerIds: [h.f.partnerB],
        startDate: "2029-01-01",
        endDate: "2029-04-30",
      }),
    );
    expect(late.fields).toEqual({
      endDate: ["The project ends on 2029-02-28"],
      partnerIds: ["Unknown partner"],
    });
  });
});

describe("deliverables", () => {
  it("are created with their contributors and the reporting period of the due date", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const input = await deliverableInput(h, wp, { code: "x9.1" });
    const created = await lead.deliverables.create(input);
    expect(created).toMatchObject({ code: "X9.1", status: "planned", warnings: {} });
    const got = await lead.deliverables.get({
      projectId: h.f.projectA.id,
      deliverableId: created.id,
    });
    expect(got.periodNumber).toBe(4);
    expect(got.contributingPartners.map((p) => p.id)).toEqual([h.f.partnersA.it]);
    expect(got.can).toMatchObject({ edit: true, start: true, submit: false });
  });

  it("refuses a code used twice in the project, whatever its case", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    await lead.deliverables.create(await deliverableInput(h, wp, { code: "D1.2" }));
    const err = await fieldErrors(
      lead.deliverables.create(await deliverableInput(h, wp, { code: "d1.2" })),
    );
    expect(err).toEqual({
      code: "CONFLICT",
      fields: { code: ["D1.2 already exists in this project"] },
    });
  });

  it("checks the fields: codes, targets, partners, activity and due date", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const shape = await fieldErrors(
      lead.deliverables.create(
        await deliverableInput(h, wp, {
          code: "Deliverable 1",
          kind: "output",
          contributingPartnerIds: [h.f.partnersA.se],
        }),
      ),
    );
    expect(shape.fields).toEqual({
      code: ["A code looks like D1.2"],
      targetValue: ["An output needs a target"],
      contributingPartnerIds: ["The responsible partner is not also listed as contributing"],
    });
    const otherWp = await wp.newActivity({ workPackageId: (await wp.newWorkPackage()).id });
    const service = await fieldErrors(
      lead.deliverables.create(
        await deliverableInput(h, wp, {
          responsiblePartnerId: h.f.partnerB,
          activityId: otherWp?.id,
          dueDate: "2029-06-01",
        }),
      ),
    );
    expect(service.fields).toEqual({
      activityId: [expect.stringMatching(/belongs to another work package/)],
      responsiblePartnerId: ["Unknown partner"],
      dueDate: ["Due dates fall within the project: 2025-03-01 to 2029-05-31 (end of closure)"],
    });
  });

  it("accept a due date in the closure months with a warning outside the work package", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const w = await lead.workPackages.create(wpInput(h, wp));
    const d = await lead.deliverables.create(
      await deliverableInput(h, wp, { workPackageId: w.id, dueDate: "2029-04-30" }),
    );
    expect(d.warnings).toEqual({
      dueDate: [expect.stringMatching(/^Outside work package \d+ \(2026-03-01 to 2027-02-28\)$/)],
    });
    const got = await lead.deliverables.get({ projectId: h.f.projectA.id, deliverableId: d.id });
    expect(got.periodNumber).toBe(8);
  });

  it("are updated by lead coordinators with the version, whatever their status", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const d = await wp.newDeliverable({ status: "submitted" });
    const input = await deliverableInput(h, wp, { code: d.code, dueDate: "2027-01-31" });
    const saved = await lead.deliverables.update({
      ...input,
      deliverableId: d.id,
      version: d.version,
    });
    expect(saved).toMatchObject({ status: "submitted", version: d.version + 1 });
    const stale = await trpcError(
      lead.deliverables.update({ ...input, deliverableId: d.id, version: d.version }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("are listed by filter, and another project's ids are not found", async ({
    h,
    lead,
    workplan: wp,
  }) => {
    const projectId = h.f.projectA.id;
    const inP3 = await wp.newDeliverable({ status: "submitted", dueDate: "2026-03-01" });
    const alsoP3 = await wp.newDeliverable({ dueDate: "2026-08-31" });
    const inP4 = await wp.newDeliverable({ dueDate: "2026-09-01" });
    const submitted = await lead.deliverables.list({ projectId, status: ["submitted"] });
    expect(submitted.every((d) => d.status === "submitted")).toBe(true);
    expect(submitted.map((d) => d.id)).toContain(inP3.id);
    const p3 = await lead.deliverables.list({ projectId, periodNumber: 3 });
    expect(p3.every((d) => d.dueDate >= "2026-03-01" && d.dueDate <= "2026-08-31")).toBe(true);
    expect(p3.map((d) => d.code)).toEqual(expect.arrayContaining([inP3.code, alsoP3.code]));
    expect(p3.map((d) => d.code)).not.toContain(inP4.code);
    const memberB = await h.callerFor(h.f.users.memberB.id);
    const someId = submitted[0]?.id ?? "";
    const err = await trpcError(
      memberB.deliverables.get({ projectId: h.f.projectB.id, deliverableId: someId }),
    );
    expect(err.code).toBe("NOT_FOUND");
  });
});
