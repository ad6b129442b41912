import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { trpcError } from "../testing/harness";

describe("saves that race for the same name", () => {
  it("give one folder and the same field error the sequential case gives, never a 500", async ({
    h,
  }) => {
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    const input = { projectId: h.f.projectA.id, parentId: null, name: "Peer review Lombardy" };
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => lead.folders.create(input)),
    );
    const created = results.filter((r) => r.status === "fulfilled");
    expect(created).toHaveLength(1);
    const sequential = await trpcError(lead.folders.create(input));
    expect(sequential.code).toBe("CONFLICT");
    for (const r of results) {
      if (r.status === "fulfilled") continue;
      expect(r.reason).toMatchObject({ code: "CONFLICT", message: sequential.message });
      expect(r.reason.cause).toMatchObject({
        fieldErrors: { name: ["A folder named Peer review Lombardy already exists here"] },
      });
    }
    const rows = await h.db
      .selectFrom("folders")
      .select("id")
      .where("project_id", "=", h.f.projectA.id)
      .where("name", "=", input.name)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("turn a unique violation no service expected into a 409 conflict", async ({ h }) => {
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    const name = h.f.unique("Racing partner ");
    const partner = {
      projectId: h.f.projectA.id,
      name,
      shortName: name.slice(-20),
      country: "FR",
      nutsCode: "FRK2",
      regionName: "Rhône-Alpes",
      type: "agency" as const,
      role: "partner" as const,
    };
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => lead.partners.create(partner)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    }
  });
});
