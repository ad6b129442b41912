import { sql } from "kysely";
import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import { type Caller, clientShape, type Harness, trpcError } from "../testing/harness";

/** Audit ids of this file's own entries, by what they record. */
const ids: Record<string, number> = {};

const idOf = async (h: Harness, entity: string, summaryLike: string) =>
  (
    await h.db
      .selectFrom("audit_log")
      .select("id")
      .where("entity", "=", entity)
      .where("summary", "like", summaryLike)
      .executeTakeFirstOrThrow()
  ).id;

const backdate = (h: Harness, id: number, at: string) =>
  sql`update audit_log set at = ${at}::timestamptz where id = ${id}`.execute(h.db);

test.beforeAll(async ({ h, lead, projectId }) => {
  const admin = await h.callerFor(h.f.users.admin.id);
  const region = (name: string, nutsCode: string) => ({
    projectId,
    name,
    shortName: name,
    country: "PT",
    nutsCode,
    regionName: name,
    type: "regional_authority" as const,
    role: "partner" as const,
  });
  await lead.partners.create(region("Norte", "PT11"));
  await lead.partners.create(region("Centro", "PT16"));
  await admin.partners.create(region("Alentejo", "PT18"));
  await lead.members.invite({
    projectId,
    email: "audit@example.org",
    role: "observer",
    partnerId: null,
  });
  // Project B's log must never show up in project A's.
  const b = await h.callerFor(h.f.users.memberB.id);
  await b.partners.create({ ...region("Algarve", "PT15"), projectId: h.f.projectB.id });

  ids.norte = await idOf(h, "partner", "Partner Norte %");
  ids.centro = await idOf(h, "partner", "Partner Centro %");
  ids.alentejo = await idOf(h, "partner", "Partner Alentejo %");
  await backdate(h, ids.norte, "2025-03-10T00:00:00Z");
  await backdate(h, ids.centro, "2025-03-10T23:59:59Z");
  await backdate(h, ids.alentejo, "2025-03-11T00:00:00Z");
});

const everything = async (lead: Caller, projectId: string) =>
  (await lead.audit.list({ projectId, limit: 200 })).items;

describe("audit.list", () => {
  it("shows only this project's entries, newest first", async ({ h, lead, projectId }) => {
    const items = await everything(lead, projectId);
    const inA = await h.db
      .selectFrom("audit_log")
      .select("id")
      .where("project_id", "=", projectId)
      .orderBy("id", "desc")
      .execute();
    expect(items.map((i) => i.id)).toEqual(inA.map((r) => r.id));
    expect(items.some((i) => i.summary.includes("Algarve"))).toBe(false);
  });

  it("filters by actor", async ({ h, lead, projectId }) => {
    const { items } = await lead.audit.list({ projectId, actorId: h.f.users.admin.id, limit: 200 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.actorId === h.f.users.admin.id)).toBe(true);
    expect(items.map((i) => i.id)).toContain(ids.alentejo);
    expect(items[0]?.actorName).toBe("Ada Admin");
  });

  it("filters by entity", async ({ lead, projectId }) => {
    const { items } = await lead.audit.list({ projectId, entity: "partner", limit: 200 });
    expect(items.map((i) => i.id).sort()).toEqual([ids.norte, ids.centro, ids.alentejo].sort());
    const invitations = await lead.audit.list({ projectId, entity: "invitation", limit: 200 });
    expect(invitations.items.map((i) => i.summary)).toEqual([
      "Invited audit@example.org as observer",
    ]);
  });

  it("filters by day, both ends inclusive", async ({ h, lead, projectId }) => {
    const day = await lead.audit.list({
      projectId,
      from: "2025-03-10",
      to: "2025-03-10",
      limit: 200,
    });
    expect(day.items.map((i) => i.id).sort()).toEqual([ids.norte, ids.centro].sort());
    const from = await lead.audit.list({
      projectId,
      from: "2025-03-11",
      entity: "partner",
      limit: 200,
    });
    expect(from.items.map((i) => i.id)).toEqual([ids.alentejo]);
    const to = await lead.audit.list({ projectId, to: "2025-03-10", limit: 200 });
    expect(to.items.map((i) => i.id).sort()).toEqual([ids.norte, ids.centro].sort());
    const combined = await lead.audit.list({
      projectId,
      from: "2025-03-01",
      to: "2025-03-31",
      actorId: h.f.users.lead_coordinator.id,
      limit: 200,
    });
    expect(combined.items.map((i) => i.id).sort()).toEqual([ids.norte, ids.centro].sort());
  });

  it("refuses 'to' before 'from'", async ({ lead, projectId }) => {
    const err = await trpcError(
      lead.audit.list({ projectId, from: "2025-03-11", to: "2025-03-10" }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(clientShape(err).data.fieldErrors).toHaveProperty("to");
  });

  it("pages with a cursor: every entry once, in order, then no cursor", async ({
    lead,
    projectId,
  }) => {
    const all = (await everything(lead, projectId)).map((i) => i.id);
    expect(all.length).toBeGreaterThan(4);
    const seen: number[] = [];
    let cursor: number | undefined;
    for (let page = 0; page < 20; page++) {
      const r = await lead.audit.list({ projectId, limit: 2, ...(cursor ? { cursor } : {}) });
      expect(r.items.length).toBeLessThanOrEqual(2);
      seen.push(...r.items.map((i) => i.id));
      if (r.nextCursor === null) break;
      expect(r.nextCursor).toBe(r.items.at(-1)?.id);
      cursor = r.nextCursor;
    }
    expect(seen).toEqual(all);
    // An exact fit ends without an empty extra page.
    const exact = await lead.audit.list({ projectId, limit: all.length });
    expect(exact.nextCursor).toBeNull();
  });

  it("pages within a filter", async ({ lead, projectId }) => {
    const first = await lead.audit.list({ projectId, entity: "partner", limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await lead.audit.list({
      projectId,
      entity: "partner",
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual(
      [ids.norte, ids.centro, ids.alentejo].sort(),
    );
  });
});

describe("audit.facets", () => {
  it("offers the people and entity kinds of this project's log only", async ({
    h,
    lead,
    projectId,
  }) => {
    const f = await lead.audit.facets({ projectId });
    expect(f.people.map((p) => p.id).sort()).toEqual(
      [h.f.users.admin.id, h.f.users.lead_coordinator.id].sort(),
    );
    expect(f.entities).toEqual(["indicator", "invitation", "partner", "project"]);
  });
});
