import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import { listIndicators } from "./list";
import { buildPartnership, NOW } from "./test-partnership";

let b: Awaited<ReturnType<typeof buildPartnership>>;

test.beforeAll(async ({ h }) => {
  b = await buildPartnership(h);
});

async function indicator(code: string) {
  const list = await listIndicators(b.ctx, NOW);
  const found = list.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}
const valuesOf = (h: Harness, projectId: string) =>
  h.db.selectFrom("indicator_values").selectAll().where("project_id", "=", projectId).execute();
const lastAudit = (h: Harness) =>
  h.db
    .selectFrom("audit_log")
    .select(["entity", "action", "summary", "actor_id"])
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();

describe("overrides of computed values", () => {
  it("replace the computed value of the period, shown with their justification", async ({ h }) => {
    const gp = await indicator("GP");
    const justification = "One practice validated by letter of 2026-03-30, not yet in the register";
    const v = await b.lead.indicators.setValue({
      projectId: b.projectId,
      indicatorId: gp.id,
      periodNumber: 3,
      value: "3",
      justification,
    });
    expect(await lastAudit(h)).toMatchObject({
      entity: "indicator_value",
      action: "override",
      actor_id: h.f.users.memberB.id,
    });
    const after = await indicator("GP");
    const p3 = after.periods[2];
    expect(p3).toMatchObject({ computed: "2", value: "3", overridden: true, cumulative: "4" });
    expect(p3?.entered).toMatchObject({ value: "3", justification, version: v.version });
    expect(p3?.entered?.updatedBy).toEqual({ id: h.f.users.memberB.id, name: "Bea Blue" });
    // Other periods keep their computed values; the total follows the override.
    expect(after.periods.map((p) => p.overridden)).toEqual([
      false,
      false,
      true,
      ...Array(5).fill(false),
    ]);
    expect(after.cumulative).toBe("5");
    // The split by partner stays the computed one.
    expect(after.byPartner?.find((p) => p.partnerId === b.partners.sardinia)?.periods[2]).toBe("2");

    const changed = await b.lead.indicators.setValue({
      projectId: b.projectId,
      indicatorId: gp.id,
      periodNumber: 3,
      value: "4",
      justification,
      version: v.version,
    });
    expect(changed.version).toBe(v.version + 1);
    await b.lead.indicators.clearOverride({
      projectId: b.projectId,
      indicatorId: gp.id,
      periodNumber: 3,
      version: changed.version,
    });
    expect(await lastAudit(h)).toMatchObject({ action: "clear_override" });
    const cleared = await indicator("GP");
    expect(cleared.periods[2]).toMatchObject({ value: "2", overridden: false, entered: null });
    expect(cleared.cumulative).toBe("4");
  });

  it("conflict when based on a stale version, or when a first value already exists", async ({
    h,
  }) => {
    const le = await indicator("LE");
    const base = {
      projectId: b.projectId,
      indicatorId: le.id,
      periodNumber: 2,
      justification: "Count corrected",
    };
    const first = await b.lead.indicators.setValue({ ...base, value: "2" });
    // A second "first" value (the form was opened before the first was saved).
    expect((await trpcError(b.lead.indicators.setValue({ ...base, value: "5" }))).code).toBe(
      "CONFLICT",
    );
    const second = await b.lead.indicators.setValue({
      ...base,
      value: "3",
      version: first.version,
    });
    const stale = await trpcError(
      b.lead.indicators.setValue({ ...base, value: "4", version: first.version }),
    );
    expect(stale.code).toBe("CONFLICT");
    const staleClear = await trpcError(
      b.lead.indicators.clearOverride({
        projectId: b.projectId,
        indicatorId: le.id,
        periodNumber: 2,
        version: first.version,
      }),
    );
    expect(staleClear.code).toBe("CONFLICT");
    const rows = (await valuesOf(h, b.projectId)).filter((r) => r.indicator_id === le.id);
    expect(rows.map((r) => [r.value, r.version])).toEqual([["3.00", second.version]]);
  });
});

describe("manual indicators", () => {
  it("take a value per period with a justification, summed into the cumulative", async ({ h }) => {
    const pa = await indicator("PA");
    const set = (periodNumber: number, value: string) =>
      b.lead.indicators.setValue({
        projectId: b.projectId,
        indicatorId: pa.id,
        periodNumber,
        value,
        justification: "Pilot agreements signed, see annex 4",
      });
    await set(2, "1");
    await set(4, "2");
    expect(await lastAudit(h)).toMatchObject({ action: "set_value" });
    const after = await indicator("PA");
    expect(after.periods.map((p) => p.value)).toEqual([
      null,
      "1",
      null,
      "2",
      null,
      null,
      null,
      null,
    ]);
    expect(after.periods.map((p) => p.cumulative)).toEqual([
      "0",
      "1",
      "1",
      "3",
      "3",
      "3",
      "3",
      "3",
    ]);
    expect(after.periods[1]).toMatchObject({ overridden: false, computed: null });
  });

  it("refuse a value without a justification, as a field error, and change nothing", async ({
    h,
  }) => {
    const pa = await indicator("PA");
    const before = await valuesOf(h, b.projectId);
    const auditBefore = await h.auditCount();
    for (const justification of ["", "   "]) {
      const err = await trpcError(
        b.lead.indicators.setValue({
          projectId: b.projectId,
          indicatorId: pa.id,
          periodNumber: 1,
          value: "1",
          justification,
        }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.cause).toMatchObject({ name: "ZodError" });
      expect(JSON.stringify(err.cause)).toContain("justification");
    }
    expect(await valuesOf(h, b.projectId)).toEqual(before);
    expect(await h.auditCount()).toBe(auditBefore);
  });

  it("refuse fractions of a count, periods that have not begun and periods the project lacks", async () => {
    const pa = await indicator("PA");
    const base = {
      projectId: b.projectId,
      indicatorId: pa.id,
      justification: "From the partner reports",
    };
    const fraction = await trpcError(
      b.lead.indicators.setValue({ ...base, periodNumber: 1, value: "1.5" }),
    );
    expect(fraction.cause).toMatchObject({ fieldErrors: { value: ["Give a whole number"] } });
    const future = await trpcError(
      b.lead.indicators.setValue({ ...base, periodNumber: 7, value: "1" }),
    );
    expect(future.cause).toMatchObject({
      fieldErrors: { periodNumber: ["Period 7 begins on 2028-01-01"] },
    });
    const beyond = await trpcError(
      b.lead.indicators.setValue({ ...base, periodNumber: 9, value: "1" }),
    );
    expect(beyond.cause).toMatchObject({
      fieldErrors: { periodNumber: ["The project's reporting periods are 1 to 8"] },
    });
    const euros = await indicator("FM");
    const funds = await b.lead.indicators.setValue({
      ...base,
      indicatorId: euros.id,
      periodNumber: 1,
      value: "1250.5",
    });
    expect(funds.version).toBe(1);
    expect((await indicator("FM")).periods[0]).toMatchObject({
      value: "1250.50",
      overridden: true,
    });
  });
});
