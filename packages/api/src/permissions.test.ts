import { TRPCError } from "@trpc/server";
import { describe, expect } from "vitest";
import { appRouter } from "./root";
import type { Role } from "./shared/roles";
import { it } from "./testing/fixture";
import { CALLERS, callAs, expected, fileMatrix } from "./testing/matrix";

const MATRIX = fileMatrix();

type Procedures = Record<string, { _def: { type: string } }>;
const procedures = appRouter._def.procedures as unknown as Procedures;

describe("permission matrix", () => {
  it("lists every procedure of the router, and nothing else", () => {
    const inRouter = Object.keys(procedures).sort();
    expect(inRouter.length).toBeGreaterThan(20);
    expect(Object.keys(MATRIX).sort()).toEqual(inRouter);
  });

  it("lets a partner viewer change nothing but its own account and notifications, and take part in discussions", () => {
    const mutationsOpenTo = (who: Role) =>
      Object.entries(MATRIX)
        .filter(([path]) => procedures[path]?._def.type === "mutation")
        .filter(([, e]) => Array.isArray(e.roles) && e.roles.includes(who))
        .map(([path]) => path)
        .sort();
    // Read-only: no record, event, document or figure; a comment in a discussion it reads.
    expect(mutationsOpenTo("partner_viewer")).toEqual([
      "deliverables.comments.add",
      "planComments.add",
    ]);
    // Observers (programme officers) record the programme's validation, nothing else.
    expect(mutationsOpenTo("observer")).toEqual([
      "goodPractices.validate",
      "improvements.validate",
    ]);
    // Controllers write only control work.
    expect(mutationsOpenTo("controller").filter((p) => !p.startsWith("control"))).toEqual([]);
  });

  it.for(Object.keys(MATRIX))("%s", async (path, { h }) => {
    const entry = MATRIX[path];
    const type = procedures[path]?._def.type;
    if (!entry || !type) throw new Error(`${path} is missing from the matrix or the router`);
    const want: Record<string, string> = {};
    const got: Record<string, string> = {};
    for (const who of CALLERS) {
      want[who] = entry.refuse?.[who] ?? expected(entry.roles, who);
      const input = await entry.input(h.f);
      const before = await h.auditCount();
      let outcome = "ok";
      try {
        await callAs(h, who, path, input);
      } catch (err) {
        if (!(err instanceof TRPCError)) throw err;
        outcome = err.code;
      }
      const written = (await h.auditCount()) - before;
      // Every successful mutation leaves an audit entry; a refused one leaves none.
      if (type === "mutation" && outcome === "ok" && written < 1) outcome = "ok, but no audit row";
      if (outcome !== "ok" && written !== 0) outcome = `${outcome}, but an audit row was written`;
      got[who] = outcome;
    }
    expect(got).toEqual(want);
  });
});
